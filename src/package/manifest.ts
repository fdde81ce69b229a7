// Fills the Teams manifest's ${{VAR}} placeholders from the environment, as Teams Toolkit does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const APP_PACKAGE_DIR = join(__dirname, '..', '..', 'appPackage');

export function fillPlaceholders(text: string, env: Record<string, string | undefined>): { text: string; missing: string[] } {
  const missing: string[] = [];
  const filled = text.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (_, name: string) => {
    const value = env[name];
    if (value === undefined) missing.push(name);
    return value ?? '';
  });
  return { text: filled, missing: [...new Set(missing)] };
}

export function readManifest(env: Record<string, string | undefined>) {
  return fillPlaceholders(readFileSync(join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8'), env);
}
