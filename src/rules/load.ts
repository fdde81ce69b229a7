// Reads the rulebook files (the only I/O of the rules folder) and checks them against the schema.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileRulebooks, VersionError, type RuleIndex } from './compile';
import { exampleVocabularyProblems, examplesSchema, rulebookSchema, vocabularyProblems, type Example, type RulebookData } from './schema';
import { RULEBOOK_DIR, rulebookDirs } from './dirs';
import { loadLanguage } from '../nlu/lexicon-files';
import { VOCABULARY_FILE } from '../nlu/lexicon-schema';
import { vocabulary as vocabularyInUse, type Vocabulary } from '../vocabulary';
import { readYaml } from '../yaml-text';

export { RULEBOOK_DIR, rulebookDirs };

/** One folder or several: the built-in rulebooks plus the folders of `RULEBOOK_DIRS` by default. */
export type RulebookDirs = string | readonly string[];

const asList = (dirs: RulebookDirs): readonly string[] => (typeof dirs === 'string' ? [dirs] : dirs);

export class RulebookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RulebookError';
  }
}

const isExamplesFile = (name: string) => name.endsWith('.examples.yaml');
/** A folder's vocabulary.yaml declares ids (nlu/lexicon-files.ts); every other .yaml beside it is a rulebook. */
const isRulebookFile = (name: string) => name.endsWith('.yaml') && !isExamplesFile(name) && name !== VOCABULARY_FILE;

export function rulebookFiles(dirs: RulebookDirs = rulebookDirs()): string[] {
  return asList(dirs).flatMap((dir) =>
    readdirSync(dir)
      .filter(isRulebookFile)
      .sort()
      .map((name) => join(dir, name)),
  );
}

/** Names the file, the rule (by id where it has one) and the field of every problem. */
function describeIssues(file: string, raw: unknown, issues: readonly { path: PropertyKey[]; message: string }[]): string {
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

/** Checks a rulebook's text against the schema and its ids against `vocabulary` (by default the one in use). */
export function parseRulebook(text: string, file: string, vocabulary: Vocabulary = vocabularyInUse()): RulebookData {
  const read = readYaml(text);
  if ('error' in read) throw new RulebookError(`${basename(file)} is not valid YAML: line ${read.error.line}: ${read.error.message}`);
  const raw = read.data;
  const result = rulebookSchema.safeParse(raw);
  if (!result.success) throw new RulebookError(describeIssues(file, raw, result.error.issues));
  const unknownIds = vocabularyProblems(result.data, vocabulary);
  if (unknownIds.length > 0) throw new RulebookError(describeIssues(file, raw, unknownIds));
  const expectedId = basename(file, '.yaml');
  if (result.data.id !== expectedId) {
    throw new RulebookError(`${basename(file)}: field "id" is ${result.data.id}, but the file name says ${expectedId}`);
  }
  return result.data;
}

/** The vocabulary of the lexicon files plus the vocabulary.yaml of each folder (a bad one throws, naming file and line). */
export const vocabularyOf = (dirs: RulebookDirs = rulebookDirs()): Vocabulary => loadLanguage(asList(dirs)).vocabulary;

export function loadRulebookData(dirs: RulebookDirs = rulebookDirs(), vocabulary: Vocabulary = vocabularyOf(dirs)): RulebookData[] {
  return rulebookFiles(dirs).map((file) => parseRulebook(readFileSync(file, 'utf8'), file, vocabulary));
}

/** Loads, checks and compiles every rulebook; throws a RulebookError naming file, rule and field. */
export function loadRules(dirs: RulebookDirs = rulebookDirs()): RuleIndex {
  const language = loadLanguage(asList(dirs));
  let index: RuleIndex;
  try {
    index = compileRulebooks(loadRulebookData(dirs, language.vocabulary), language.vocabulary);
  } catch (error) {
    if (error instanceof VersionError) throw new RulebookError(error.message);
    throw error;
  }
  const unknown = unknownConditions(index, language.lexicon.conditionsNotMet);
  if (unknown.length > 0) throw new RulebookError(unknown.map(({ k, condition }) => `consent.yaml, notMet entry ${k + 1}: "${condition}" is no condition or duty of any rulebook`).join('\n'));
  return index;
}

/** The conditions or duties consent.yaml says a question can deny that no rule has (by their place in its notMet list). */
export function unknownConditions(index: RuleIndex, conditions: readonly string[]): { k: number; condition: string }[] {
  const rules = [...index.byPair.values(), ...index.dutiesByPair.values()].flat();
  const known = new Set(rules.flatMap((r) => [...r.conditions, ...r.duties].map((c) => c.id)));
  return conditions.flatMap((condition, k) => (known.has(condition) ? [] : [{ k, condition }]));
}

export function loadExamples(rulebookFile: string, vocabulary: Vocabulary = vocabularyInUse()): Example[] {
  const file = rulebookFile.replace(/\.yaml$/, '.examples.yaml');
  const read = readYaml(readFileSync(file, 'utf8'));
  if ('error' in read) throw new RulebookError(`${basename(file)} is not valid YAML: line ${read.error.line}: ${read.error.message}`);
  const raw = read.data;
  const result = examplesSchema.safeParse(raw);
  if (!result.success) {
    throw new RulebookError(
      `${basename(file)}: ${result.error.issues.map((i) => `example ${typeof i.path[0] === 'number' ? i.path[0] + 1 : ''} ${i.path.slice(1).join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const unknownIds = exampleVocabularyProblems(result.data, vocabulary);
  if (unknownIds.length > 0) {
    throw new RulebookError(`${basename(file)}: ${unknownIds.map((p) => `example ${Number(p.path[0]) + 1} ${p.path.slice(1).join('.')}: ${p.message}`).join('; ')}`);
  }
  return result.data;
}
