// rules:diff: decides every worked example and a sweep over the vocabulary under two sets of rulebooks and
// groups the verdicts that change by the rules and articles behind them, before and after. Pure.
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { CompiledBook, RuleIndex } from '../rules/compile';
import { decide } from '../rules/engine';
import type { Example } from '../rules/schema';
import type { Decision, Question } from '../rules/types';
import type { Party, PartyRef, Verdict } from '../vocabulary';
import { questionOf } from './examples';
import { addPairs, describeQuestion, idsOfBoth, refsOf, sweepQuestions } from './sweep';

export interface LocatedExample {
  covenant: string;
  file: string;
  line: number;
  example: Example;
}

export interface RuleSet {
  index: RuleIndex;
  examples: LocatedExample[];
}

/** What decided a verdict on one side: the rules with their covenant and articles. */
export interface Basis {
  verdict: Verdict;
  rules: { covenant: string; id: string; articles: string[] }[];
}

export interface ExampleChange {
  covenant: string;
  name: string;
  file: string;
  line: number;
  /** The expected verdict on each side (to: null when the example was removed). */
  expected: { from: Verdict; to: Verdict | null };
  from: Verdict;
  to: Verdict;
}

export interface ChangeGroup {
  from: Basis;
  to: Basis;
  count: number;
  /** A few of the questions, as "from → to, subject, data, purpose, date". */
  samples: string[];
}

/** Verdicts that change, grouped by what decided them on each side. */
export interface Changes {
  decided: number;
  changed: number;
  groups: ChangeGroup[];
}

/** A renewal on the `to` side compared with the version it renews: the old version's last day against the new one's first. */
export interface RenewalChanges extends Changes {
  renews: { id: string; version: string; until: string };
  renewal: { id: string; version: string; from: string };
}

export interface RulesDiff extends Changes {
  /** Worked examples of the `from` side whose verdict, or expected verdict, differs on the `to` side. */
  examples: ExampleChange[];
  renewals: RenewalChanges[];
}

const SAMPLES = 3;

const basisOf = (d: Decision): Basis => ({ verdict: d.verdict, rules: d.rules.map((r) => ({ covenant: r.covenant, id: r.id, articles: r.articles })) });
const basisKey = (b: Basis) => `${b.verdict}|${b.rules.map((r) => `${r.covenant}/${r.id}`).join(',')}`;

const dayAfter = (date: string) => format(addDays(parseISO(date), 1), 'yyyy-MM-dd');

/** The first day of every stretch of time in which the set of books in force is constant, on either side. */
export function boundaryDates(books: CompiledBook[], today: string): string[] {
  const dates = new Set<string>([today]);
  for (const b of books) {
    if (b.validFrom) dates.add(b.validFrom);
    if (b.validUntil) dates.add(dayAfter(b.validUntil));
  }
  return [...dates].sort();
}

const inForce = (b: CompiledBook, date: string) => (b.validFrom === null || date >= b.validFrom) && (b.validUntil === null || date <= b.validUntil);
const refIn = (b: CompiledBook, ref: PartyRef) => {
  const units = b.partyUnits.get(ref.party);
  return units === null || (units !== undefined && ref.unit !== undefined && units.has(ref.unit));
};

function mergedUnits(a: RuleIndex, b: RuleIndex): RuleIndex['restrictedUnits'] {
  const merged = new Map<Party, string[]>();
  for (const index of [a, b]) for (const [party, units] of index.restrictedUnits) merged.set(party, [...new Set([...(merged.get(party) ?? []), ...units])]);
  return merged;
}

// A book's content, to tell whether both sides hold the same version of it.
const fingerprints = new WeakMap<CompiledBook, string>();
const fingerprint = (b: CompiledBook) => {
  let f = fingerprints.get(b);
  if (f === undefined) fingerprints.set(b, (f = JSON.stringify(b.data)));
  return f;
};
const sameBooks = (a: CompiledBook[], b: CompiledBook[]) => a.length === b.length && a.every((x) => b.some((y) => y.id === x.id && fingerprint(y) === fingerprint(x)));

function pairsOf(books: CompiledBook[], restricted: RuleIndex['restrictedUnits']): [PartyRef, PartyRef][] {
  const pairs = new Map<string, [PartyRef, PartyRef]>();
  for (const book of books) {
    for (const [a, unitsA] of book.partyUnits) {
      for (const [b, unitsB] of book.partyUnits) addPairs(pairs, refsOf(restricted, a, unitsA), refsOf(restricted, b, unitsB));
    }
  }
  return [...pairs.values()];
}

/**
 * Every question of the sweep whose answer could differ: both parties in some book on a day it is in force,
 * and the books covering the pair that day not the same on both sides.
 */
function* sweep(from: RuleIndex, to: RuleIndex, today: string): Generator<Question> {
  const books = [...from.books, ...to.books];
  const pairs = pairsOf(books, mergedUnits(from, to));
  for (const date of boundaryDates(books, today)) {
    const covering = (index: RuleIndex, [f, t]: [PartyRef, PartyRef]) => index.books.filter((b) => inForce(b, date) && refIn(b, f) && refIn(b, t));
    const differing = pairs.filter((pair) => !sameBooks(covering(from, pair), covering(to, pair)));
    yield* sweepQuestions({ ids: idsOfBoth(from.vocabulary, to.vocabulary), pairs: differing, dates: [date] });
  }
}

class Grouper {
  decided = 0;
  changed = 0;
  private groups = new Map<string, ChangeGroup>();

  add(question: Question, before: Decision, after: Decision): void {
    this.decided++;
    if (before.verdict === after.verdict) return;
    this.changed++;
    const basis = { from: basisOf(before), to: basisOf(after) };
    const key = `${basisKey(basis.from)}>${basisKey(basis.to)}`;
    const group = this.groups.get(key) ?? { ...basis, count: 0, samples: [] };
    group.count++;
    if (group.samples.length < SAMPLES) group.samples.push(describeQuestion(question));
    this.groups.set(key, group);
  }

  result(): Changes {
    return { decided: this.decided, changed: this.changed, groups: [...this.groups.values()].sort((a, b) => b.count - a.count) };
  }
}

function renewalChanges(from: RuleIndex, to: RuleIndex): RenewalChanges[] {
  const out: RenewalChanges[] = [];
  for (const renewal of to.books) {
    const renews = from.books.find((b) => b.id === renewal.succeeds);
    if (!renews?.validUntil || !renewal.validFrom) continue;
    const grouper = new Grouper();
    const pairs = pairsOf([renewal, renews], mergedUnits(from, to));
    for (const question of sweepQuestions({ ids: idsOfBoth(from.vocabulary, to.vocabulary), pairs, dates: [renewal.validFrom] })) {
      grouper.add(question, decide({ ...question, date: renews.validUntil }, from), decide(question, to));
    }
    out.push({ renews: { id: renews.id, version: renews.version, until: renews.validUntil }, renewal: { id: renewal.id, version: renewal.version, from: renewal.validFrom }, ...grouper.result() });
  }
  return out;
}

function exampleChanges(from: RuleSet, to: RuleSet): ExampleChange[] {
  const key = (e: LocatedExample) => `${e.covenant}\u0000${e.example.name}`;
  const toByKey = new Map(to.examples.map((e) => [key(e), e]));
  const changes: ExampleChange[] = [];
  for (const before of from.examples) {
    const after = toByKey.get(key(before));
    const question = questionOf(before.example);
    const verdicts = { from: decide(question, from.index).verdict, to: decide(question, to.index).verdict };
    const expected = { from: before.example.expect.verdict, to: after?.example.expect.verdict ?? null };
    if (verdicts.from === verdicts.to && (expected.to === null || expected.from === expected.to)) continue;
    changes.push({ covenant: before.covenant, name: before.example.name, file: after?.file ?? before.file, line: after?.line ?? before.line, expected, ...verdicts });
  }
  return changes;
}

/** Compares two sets of rulebooks; `today` adds the present to the dates the sweep tries. */
export function diffRuleSets(from: RuleSet, to: RuleSet, today: string): RulesDiff {
  const grouper = new Grouper();
  for (const question of sweep(from.index, to.index, today)) grouper.add(question, decide(question, from.index), decide(question, to.index));
  return { ...grouper.result(), examples: exampleChanges(from, to), renewals: renewalChanges(from.index, to.index) };
}

/** Exit status 1 when a worked example's verdict or its expected verdict changes. */
export const examplesChanged = (diff: RulesDiff) => diff.examples.length > 0;
