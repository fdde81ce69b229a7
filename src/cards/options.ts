// Choice lists for the forms, in the contract's ids with labels in the user's language.
import { MESSAGES } from '../i18n/messages';
import { vocabulary, dataLabel, knownUnits, purposeLabel, subjectLabel, formatPartyRef, partyRefLabel, type Lang, type PartyRef } from '../vocabulary';

export interface Choice {
  title: string;
  value: string;
}

/** The unit value for "another unit or region": a valid unit no covenant names. */
export const OTHER_UNIT = 'andere';

export function partyChoices(lang: Lang): Choice[] {
  return vocabulary().parties.flatMap((party): Choice[] => {
    const units = knownUnits(party);
    if (units.length === 0) return [{ title: partyRefLabel({ party }, lang), value: party }];
    const refs: PartyRef[] = units.map((unit) => ({ party, unit }));
    return [
      ...refs.map((ref) => ({ title: partyRefLabel(ref, lang), value: formatPartyRef(ref)! })),
      { title: `${partyRefLabel({ party }, lang)} – ${MESSAGES[lang].bot.otherUnit}`, value: `${party}:${OTHER_UNIT}` },
    ];
  });
}

export const subjectChoices = (lang: Lang): Choice[] => vocabulary().subjects.map((s) => ({ title: subjectLabel(s)[lang], value: s }));
export const dataChoices = (lang: Lang): Choice[] => vocabulary().dataCategories.map((d) => ({ title: dataLabel(d)[lang], value: d }));
export const purposeChoices = (lang: Lang): Choice[] => vocabulary().purposes.map((p) => ({ title: purposeLabel(p)[lang], value: p }));
