// Choice lists for the forms, in the contract's ids with labels in the user's language.
import { MESSAGES } from '../i18n/messages';
import {
  DATA_CATEGORIES,
  DATA_LABELS,
  KNOWN_UNITS,
  PARTIES,
  PURPOSES,
  PURPOSE_LABELS,
  SUBJECTS,
  SUBJECT_LABELS,
  formatPartyRef,
  partyRefLabel,
  type Lang,
  type PartyRef,
} from '../vocabulary';

export interface Choice {
  title: string;
  value: string;
}

/** The unit value for "another unit or region": a valid unit no covenant names. */
export const OTHER_UNIT = 'andere';

export function partyChoices(lang: Lang): Choice[] {
  return PARTIES.flatMap((party): Choice[] => {
    const units = KNOWN_UNITS[party];
    if (!units) return [{ title: partyRefLabel({ party }, lang), value: party }];
    const refs: PartyRef[] = units.map((unit) => ({ party, unit }));
    return [
      ...refs.map((ref) => ({ title: partyRefLabel(ref, lang), value: formatPartyRef(ref)! })),
      { title: `${partyRefLabel({ party }, lang)} – ${MESSAGES[lang].bot.otherUnit}`, value: `${party}:${OTHER_UNIT}` },
    ];
  });
}

export const subjectChoices = (lang: Lang): Choice[] => SUBJECTS.map((s) => ({ title: SUBJECT_LABELS[s][lang], value: s }));
export const dataChoices = (lang: Lang): Choice[] => DATA_CATEGORIES.map((d) => ({ title: DATA_LABELS[d][lang], value: d }));
export const purposeChoices = (lang: Lang): Choice[] => PURPOSES.map((p) => ({ title: PURPOSE_LABELS[p][lang], value: p }));
