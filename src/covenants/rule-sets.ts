// The shell side of rules:diff: a side given as folders or git refs, read into a rule index with its
// located worked examples. A git ref (`HEAD~1`, `main:src/rules/rulebooks`) is extracted with git archive.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { examplesSchema } from '../rules/schema';
import { loadRules, RULEBOOK_DIR, RulebookError } from '../rules/load';
import type { LocatedExample, RuleSet } from './diff';
import { parseYamlSource, readRulebookSources } from './sources';

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();

/** Temporary folders `materialise` extracted into, removed by `removeExtracted`. */
const extracted: string[] = [];
export function removeExtracted(): void {
  for (const dir of extracted.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A folder as is; otherwise `ref[:path]` from git, the path defaulting to the built-in rulebook folder. */
export function materialise(spec: string, cwd = process.cwd()): string {
  if (isFolder(spec)) return spec;
  const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }).trim();
  const [ref, path = relative(top, RULEBOOK_DIR)] = spec.split(/:(.*)/s, 2) as [string, string?];
  const into = mkdtempSync(join(tmpdir(), 'deelwijzer-rules-diff-'));
  extracted.push(into);
  let archive: Buffer;
  try {
    archive = execFileSync('git', ['archive', '--format=tar', ref, '--', path], { cwd: top, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
    throw new RulebookError(`"${spec}" is geen map en geen git-revisie met ${path} / neither a folder nor a git revision holding ${path}${stderr ? `: ${stderr}` : ''}`);
  }
  execFileSync('tar', ['-x', '-C', into], { input: archive });
  return join(into, path);
}

export function readRuleSet(dirs: string[]): RuleSet {
  const index = loadRules(dirs);
  const examples: LocatedExample[] = [];
  for (const source of readRulebookSources(dirs)) {
    if (!source.examples) continue;
    const yaml = parseYamlSource(source.examples);
    const parsed = examplesSchema.safeParse(yaml.doc.toJS());
    if (!parsed.success) throw new RulebookError(`${basename(source.examples.file)}: not valid worked examples (run rules:check)`);
    parsed.data.forEach((example, i) => examples.push({ covenant: basename(source.rulebook.file, '.yaml'), file: source.examples!.file, line: yaml.lineOf([i]), example }));
  }
  return { index, examples };
}
