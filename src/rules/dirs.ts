// Where rulebooks (and the vocabulary they add) are read from: the built-in folder and the folders of RULEBOOK_DIRS.
import { delimiter, join, resolve } from 'node:path';

export const RULEBOOK_DIR = join(__dirname, 'rulebooks');

/**
 * The folders rulebooks are read from: the built-in one, then each folder in `extra` (separated as PATH is,
 * `:` on Linux). A covenant is added by putting its files in such a folder; no code changes.
 */
export function rulebookDirs(extra: string | undefined = process.env.RULEBOOK_DIRS): string[] {
  const dirs = (extra ?? '')
    .split(delimiter)
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => resolve(d));
  return [RULEBOOK_DIR, ...dirs.filter((d) => d !== RULEBOOK_DIR)];
}
