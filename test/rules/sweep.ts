// Every question the vocabulary can form: each from/to party (with every unit a rulebook names, a few of
// the municipalities a rulebook lists, and one unit no rulebook names), subject, data category, purpose and
// consent. Shared by the sweep test and its verdict counts.
import type { RuleIndex } from '../../src/rules/compile';
import type { Question } from '../../src/rules/types';
import { vocabulary, type PartyRef } from '../../src/vocabulary';

/** A unit no rulebook names. */
export const UNNAMED_UNIT = 'ergens-anders';
/** How many of the units a party may leave out (the local field's municipalities) the sweep takes. */
const OPTIONAL_UNITS_SWEPT = 3;

export function sweepRefs(index: RuleIndex): PartyRef[] {
  return vocabulary().parties.flatMap((party) => {
    const units = index.restrictedUnits.get(party) ?? index.optionalUnits.get(party)?.slice(0, OPTIONAL_UNITS_SWEPT);
    if (!units) return [{ party }, { party, unit: UNNAMED_UNIT }];
    return [{ party }, ...units.map((unit) => ({ party, unit })), { party, unit: UNNAMED_UNIT }];
  });
}

export function* sweep(index: RuleIndex, date: string): Generator<Question> {
  const refs = sweepRefs(index);
  for (const from of refs)
    for (const to of refs) {
      if (from.party === to.party) continue;
      for (const subject of vocabulary().subjects)
        for (const data of vocabulary().dataCategories)
          for (const purpose of vocabulary().purposes) for (const consent of [false, true]) yield { from, to, subject, data: [data], purpose, consent, date };
    }
}
