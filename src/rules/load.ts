// Reads the rulebook files (the only I/O of the rules folder) and checks them against the schema.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, delimiter, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod/v4';
import { compileRulebooks, VersionError, type RuleIndex } from './compile';
import { examplesSchema, rulebookSchema, type Example, type RulebookData } from './schema';

export const RULEBOOK_DIR = join(__dirname, 'rulebooks');

/** One folder or several: the built-in rulebooks plus the folders of `RULEBOOK_DIRS` by default. */
export type RulebookDirs = string | readonly string[];

/**
 * The folders rulebooks are read from: the built-in one, then each folder in `extra` (separated as PATH is,
 * `:` on Linux). A covenant is added by putting its files in such a folder; no code changes.
 */
export function rulebookDirs(extra: string | undefined = process.env.RULEBOOK_DIRS): string[] {
  const dirs = (extra ?? '').split(delimiter).map((d) => d.trim()).filter(Boolean).map((d) => resolve(d));
  return [RULEBOOK_DIR, ...dirs.filter((d) => d !== RULEBOOK_DIR)];
}

const asList = (dirs: RulebookDirs): readonly string[] => (typeof dirs === 'string' ? [dirs] : dirs);

export class RulebookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RulebookError';
  }
}

const isExamplesFile = (name: string) => name.endsWith('.examples.yaml');

export function rulebookFiles(dirs: RulebookDirs = rulebookDirs()): string[] {
  return asList(dirs).flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.yaml') && !isExamplesFile(name))
      .sort()
      .map((name) => join(dir, name)),
  );
}

/** Names the file, the rule (by id where it has one) and the field of every problem. */
function describeIssues(file: string, raw: unknown, issues: z.core.$ZodIssue[]): string {
  const lines = issues.map((issue) => {
    const path = issue.path;
    let where = '';
    if (path[0] === 'rules' && typeof path[1] === 'number') {
      const rule = (raw as { rules?: { id?: unknown }[] }).rules?.[path[1]];
      const id = typeof rule?.id === 'string' ? `"${rule.id}"` : `#${path[1] + 1}`;
      const field = path.slice(2).join('.');
      where = `rule ${id}${field ? `, field "${field}"` : ''}`;
    } else {
      where = path.length ? `field "${path.join('.')}"` : 'top level';
    }
    return `  - ${where}: ${issue.message}`;
  });
  return `${basename(file)} is not a valid rulebook:\n${lines.join('\n')}`;
}

export function parseRulebook(text: string, file: string): RulebookData {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new RulebookError(`${basename(file)} is not valid YAML: ${(error as Error).message}`);
  }
  const result = rulebookSchema.safeParse(raw);
  if (!result.success) throw new RulebookError(describeIssues(file, raw, result.error.issues));
  const expectedId = basename(file, '.yaml');
  if (result.data.id !== expectedId) {
    throw new RulebookError(`${basename(file)}: field "id" is ${result.data.id}, but the file name says ${expectedId}`);
  }
  return result.data;
}

export function loadRulebookData(dirs: RulebookDirs = rulebookDirs()): RulebookData[] {
  return rulebookFiles(dirs).map((file) => parseRulebook(readFileSync(file, 'utf8'), file));
}

/** Loads, checks and compiles every rulebook; throws a RulebookError naming file, rule and field. */
export function loadRules(dirs: RulebookDirs = rulebookDirs()): RuleIndex {
  try {
    return compileRulebooks(loadRulebookData(dirs));
  } catch (error) {
    if (error instanceof VersionError) throw new RulebookError(error.message);
    throw error;
  }
}

export function loadExamples(rulebookFile: string): Example[] {
  const file = rulebookFile.replace(/\.yaml$/, '.examples.yaml');
  const raw = parseYaml(readFileSync(file, 'utf8'));
  const result = examplesSchema.safeParse(raw);
  if (!result.success) {
    throw new RulebookError(
      `${basename(file)}: ${result.error.issues.map((i) => `example ${typeof i.path[0] === 'number' ? i.path[0] + 1 : ''} ${i.path.slice(1).join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return result.data;
}
