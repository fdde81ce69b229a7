// Generated questions over the vocabulary: every subject, data category, purpose and consent for a set of
// party pairs and dates. rules:check and rules:diff decide these instead of hand-picked cases. Pure.
import type { RuleIndex } from '../rules/compile';
import type { Question } from '../rules/types';
import { formatPartyRef, type DataCategory, type Party, type PartyRef, type Purpose, type Subject, type Vocabulary } from '../vocabulary';

/** A unit no covenant names, for a party some covenant restricts to units: "any other unit". */
export const OTHER_UNIT = 'overig';

/** The ids a sweep goes over: those of the rule index (or of both sides of a diff). */
export type SweepIds = Pick<Vocabulary, 'subjects' | 'dataCategories' | 'purposes'>;

/** The ids of both vocabularies, each once, in their order. */
export const idsOfBoth = (a: SweepIds, b: SweepIds): SweepIds => ({
  subjects: [...new Set([...a.subjects, ...b.subjects])],
  dataCategories: [...new Set([...a.dataCategories, ...b.dataCategories])],
  purposes: [...new Set([...a.purposes, ...b.purposes])],
});

export interface SweepSpace {
  ids: SweepIds;
  pairs: [PartyRef, PartyRef][];
  dates: string[];
  /** Narrower lists than the whole vocabulary (a rule's own), where only those matter. */
  subjects?: readonly Subject[];
  data?: readonly DataCategory[];
  purposes?: readonly Purpose[];
}

/** The concrete refs to try for a party: its listed units, or (when any) the units other books restrict it to plus one other. */
export function refsOf(restrictedUnits: RuleIndex['restrictedUnits'], party: Party, units: Iterable<string> | null): PartyRef[] {
  if (units) return [...units].map((unit) => ({ party, unit }));
  const restricted = restrictedUnits.get(party);
  return restricted ? [...restricted, OTHER_UNIT].map((unit) => ({ party, unit })) : [{ party }];
}

export const refKey = (ref: PartyRef) => formatPartyRef(ref)!;

/** Adds every from × to pair of refs once (a party never shares with itself). */
export function addPairs(into: Map<string, [PartyRef, PartyRef]>, froms: PartyRef[], tos: PartyRef[]): void {
  for (const from of froms) {
    for (const to of tos) {
      if (from.party === to.party) continue;
      const key = `${refKey(from)}>${refKey(to)}`;
      if (!into.has(key)) into.set(key, [from, to]);
    }
  }
}

export function* sweepQuestions(space: SweepSpace): Generator<Question> {
  for (const date of space.dates) {
    for (const [from, to] of space.pairs) {
      for (const subject of space.subjects ?? space.ids.subjects) {
        for (const data of space.data ?? space.ids.dataCategories) {
          for (const purpose of space.purposes ?? space.ids.purposes) {
            for (const consent of [false, true]) yield { from, to, subject, data: [data], purpose, consent, date };
          }
        }
      }
    }
  }
}

export const describeQuestion = (q: Question) => `${refKey(q.from!)} → ${refKey(q.to!)}, ${q.subject}, ${q.data!.join('+')}, ${q.purpose}${q.consent ? ', consent' : ''}, ${q.date}`;
