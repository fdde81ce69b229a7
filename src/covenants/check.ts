// rules:check: everything that can be wrong with a set of rulebooks, one finding per problem with file and
// line. Pure over the files' text: schema, worked examples, coverage, rules that can never fire, permits
// shadowed everywhere they apply, and data categories a direction names but no permit grants.
import { basename } from 'node:path';
import { compileRulebooks, VersionError, type CompiledBook, type RuleIndex } from '../rules/compile';
import { appliedRules, decide } from '../rules/engine';
import { exampleVocabularyProblems, examplesSchema, rulebookSchema, vocabularyProblems, type Example, type RuleData, type RulebookData } from '../rules/schema';
import type { Question } from '../rules/types';
import { vocabulary as vocabularyInUse, type PartyRef, type Vocabulary } from '../vocabulary';
import { runExample } from './examples';
import { parseYamlSource, type ParsedYaml, type RulebookSource, type YamlSource } from './sources';
import { addPairs, describeQuestion, refsOf, sweepQuestions } from './sweep';

export type FindingKind = 'schema' | 'example' | 'coverage' | 'never-fires' | 'shadowed' | 'not-granted';

export interface Finding {
  file: string;
  line: number;
  kind: FindingKind;
  message: string;
}

export const formatFinding = (f: Finding) => `${f.file}:${f.line}: ${f.kind}: ${f.message}`;

interface Loaded {
  source: RulebookSource;
  yaml: ParsedYaml;
  data: RulebookData;
}

function issueFindings(source: YamlSource, yaml: ParsedYaml, issues: readonly { path: PropertyKey[]; message: string }[]): Finding[] {
  return issues.map((issue) => ({
    file: source.file,
    line: yaml.lineOf(issue.path),
    kind: 'schema' as const,
    message: `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
  }));
}

function parseSource(source: YamlSource): { yaml: ParsedYaml; findings: Finding[] } {
  const yaml = parseYamlSource(source);
  const findings = yaml.doc.errors.map((e) => ({ file: source.file, line: yaml.lineAt(e.pos[0]), kind: 'schema' as const, message: `not valid YAML: ${e.message.split('\n')[0]}` }));
  return { yaml, findings };
}

function loadSource(source: RulebookSource, vocabulary: Vocabulary, findings: Finding[]): Loaded | null {
  const { yaml, findings: yamlFindings } = parseSource(source.rulebook);
  findings.push(...yamlFindings);
  if (yamlFindings.length > 0) return null;
  const result = rulebookSchema.safeParse(yaml.doc.toJS());
  if (!result.success) {
    findings.push(...issueFindings(source.rulebook, yaml, result.error.issues));
    return null;
  }
  const unknownIds = vocabularyProblems(result.data, vocabulary);
  if (unknownIds.length > 0) {
    findings.push(...issueFindings(source.rulebook, yaml, unknownIds));
    return null;
  }
  const expected = basename(source.rulebook.file, '.yaml');
  if (result.data.id !== expected) {
    findings.push({ file: source.rulebook.file, line: yaml.lineOf(['id']), kind: 'schema', message: `id is ${result.data.id}, but the file name says ${expected}` });
    return null;
  }
  return { source, yaml, data: result.data };
}

function loadExamples(source: YamlSource | null, rulebookFile: string, vocabulary: Vocabulary, findings: Finding[]): { examples: Example[]; yaml: ParsedYaml | null } {
  if (!source) {
    findings.push({ file: rulebookFile, line: 1, kind: 'example', message: `no worked examples: add ${basename(rulebookFile, '.yaml')}.examples.yaml beside it` });
    return { examples: [], yaml: null };
  }
  const { yaml, findings: yamlFindings } = parseSource(source);
  findings.push(...yamlFindings);
  if (yamlFindings.length > 0) return { examples: [], yaml };
  const result = examplesSchema.safeParse(yaml.doc.toJS());
  if (!result.success) {
    findings.push(...issueFindings(source, yaml, result.error.issues));
    return { examples: [], yaml };
  }
  const unknownIds = exampleVocabularyProblems(result.data, vocabulary);
  if (unknownIds.length > 0) {
    findings.push(...issueFindings(source, yaml, unknownIds));
    return { examples: [], yaml };
  }
  return { examples: result.data, yaml };
}

const ruleLine = (loaded: Loaded, rule: RuleData) => loaded.yaml.lineOf(['rules', loaded.data.rules.indexOf(rule)]);

/** The questions a rule speaks to: its own parties, units, subjects, data and purposes, on a day its book is in force. */
function* questionsFor(index: RuleIndex, book: CompiledBook, rule: RuleData) {
  const refs = (parties: RuleData['from'] & {}, units: string[] | undefined) =>
    parties.flatMap((p) => {
      const listed = book.partyUnits.get(p);
      return refsOf(index.restrictedUnits, p, listed ?? (units ? [...new Set([...(index.restrictedUnits.get(p) ?? []), ...units])] : null));
    });
  const pairs = new Map<string, [PartyRef, PartyRef]>();
  addPairs(pairs, refs(rule.from!, rule.fromUnits), refs(rule.to!, rule.toUnits));
  const date = book.validFrom ?? book.validUntil ?? '2000-01-01';
  yield* sweepQuestions({ ids: index.vocabulary, pairs: [...pairs.values()], dates: [date], subjects: rule.subjects, data: rule.data, purposes: rule.purposes });
}

/** The first question the rule decides (is among the decision's rules), or null when it decides none. */
function firstDecided(index: RuleIndex, book: CompiledBook, rule: RuleData): Question | null {
  for (const question of questionsFor(index, book, rule)) {
    if (appliedRules(decide(question, index)).some((r) => r.id === rule.id && r.covenant === book.id)) return question;
  }
  return null;
}

function firingFindings(index: RuleIndex, loaded: Loaded, findings: Finding[]): void {
  const book = index.books.find((b) => b.id === loaded.data.id)!;
  for (const rule of loaded.data.rules) {
    if (rule.effect === 'acute' || firstDecided(index, book, rule)) continue;
    // Alone in its book, does the rule decide anything at all? If not, nothing can make it fire.
    const alone = compileRulebooks([{ ...loaded.data, succeeds: undefined, governs: [], rules: [rule] }], index.vocabulary);
    const at = firstDecided(alone, alone.books[0]!, rule);
    const line = ruleLine(loaded, rule);
    if (!at) {
      findings.push({
        file: loaded.source.rulebook.file,
        line,
        kind: 'never-fires',
        message: `rule ${rule.id} can never fire: no question matches its parties, units, subjects, data, purposes and facts`,
      });
      continue;
    }
    const winner = decide(at, index);
    const by = winner.rules.map((r) => `${r.effect} ${r.id}${r.covenant !== book.id ? ` (${r.covenant})` : ''}`).join(', ') || winner.verdict;
    findings.push({ file: loaded.source.rulebook.file, line, kind: 'shadowed', message: `${rule.effect} ${rule.id} never decides: wherever it applies, ${by} wins (e.g. ${describeQuestion(at)})` });
  }
}

/**
 * Data categories an exception (`unless`) reopens for a direction while no permit in that direction grants
 * them: the exception changes nothing. A plain forbid of a category nobody grants is a deliberate "never".
 */
function grantFindings(loaded: Loaded, findings: Finding[]): void {
  const directions = new Map<string, RuleData[]>();
  for (const rule of loaded.data.rules) {
    for (const from of rule.from ?? []) for (const to of rule.to ?? []) if (from !== to) directions.set(`${from} → ${to}`, [...(directions.get(`${from} → ${to}`) ?? []), rule]);
  }
  for (const [direction, rules] of directions) {
    const permits = rules.filter((r) => r.effect === 'permit');
    if (permits.some((r) => !r.data)) continue;
    const granted = new Set(permits.flatMap((r) => r.data ?? []));
    const reported = new Set<string>();
    for (const rule of rules) {
      if (!rule.unless) continue;
      for (const data of rule.data ?? []) {
        if (granted.has(data) || reported.has(data)) continue;
        reported.add(data);
        findings.push({
          file: loaded.source.rulebook.file,
          line: ruleLine(loaded, rule),
          kind: 'not-granted',
          message: `${data} is listed for ${direction} in the exception of rule ${rule.id}, but no permit in that direction grants it, so the exception opens nothing`,
        });
      }
    }
  }
}

/**
 * The rulebooks a book's worked examples are decided over: all of them but its renewals. An example describes
 * its own version (after its end, nothing); what the renewal changes is its own examples' and rules:diff's job.
 */
function indexForExamplesOf(index: RuleIndex, loaded: Loaded[], id: string): RuleIndex {
  const renewals = new Set<string>();
  for (let book = index.books.find((b) => b.id === id); book?.succeededBy; book = index.books.find((b) => b.id === book!.succeededBy)) renewals.add(book.succeededBy);
  return renewals.size === 0
    ? index
    : compileRulebooks(
        loaded.filter((l) => !renewals.has(l.data.id)).map((l) => l.data),
        index.vocabulary,
      );
}

/** All findings for a set of rulebooks with their examples, ids checked against `vocabulary`; an empty list means the set is sound. */
export function checkRulebooks(sources: RulebookSource[], vocabulary: Vocabulary = vocabularyInUse()): Finding[] {
  const findings: Finding[] = [];
  const loaded = sources.map((s) => loadSource(s, vocabulary, findings)).filter((l): l is Loaded => l !== null);
  let index: RuleIndex;
  try {
    index = compileRulebooks(
      loaded.map((l) => l.data),
      vocabulary,
    );
  } catch (error) {
    const at = error instanceof VersionError ? loaded.find((l) => l.data.id === error.rulebook) : undefined;
    findings.push({ file: at?.source.rulebook.file ?? sources[0]?.rulebook.file ?? '(none)', line: at ? at.yaml.lineOf(['succeeds']) : 1, kind: 'schema', message: (error as Error).message });
    return findings;
  }
  for (const l of loaded) {
    const { examples, yaml } = loadExamples(l.source.examples, l.source.rulebook.file, vocabulary, findings);
    const determining = new Set<string>();
    const exampleIndex = examples.length > 0 ? indexForExamplesOf(index, loaded, l.data.id) : index;
    examples.forEach((example, i) => {
      const outcome = runExample(example, l.data.id, exampleIndex);
      for (const r of appliedRules(outcome.decision)) if (r.covenant === l.data.id) determining.add(r.id);
      for (const failure of outcome.failures) findings.push({ file: l.source.examples!.file, line: yaml!.lineOf([i]), kind: 'example', message: `"${example.name}": ${failure}` });
    });
    if (examples.length > 0) {
      for (const rule of l.data.rules) {
        if (!determining.has(rule.id)) findings.push({ file: l.source.rulebook.file, line: ruleLine(l, rule), kind: 'coverage', message: `rule ${rule.id} decides none of the worked examples` });
      }
    }
    firingFindings(index, l, findings);
    grantFindings(l, findings);
  }
  return findings;
}
