// The vocabulary of ../shared/spec/decision-contract.md and what rulebook folders add: ids are data, declared with
// their labels in src/rules/lexicon/*.yaml and each rulebook folder's vocabulary.yaml (see nlu/lexicon-files.ts).
// Ids never change; labels are for people. This module answers questions about the vocabulary in use.
import { currentLanguage } from './nlu/lexicon-files';
import { UNIT_PATTERN, type DataCategory, type Lang, type Party, type Purpose, type Subject, type Text, type Vocabulary } from './vocabulary-data';

export { UNIT_PATTERN };
export type { DataCategory, Lang, Party, PartyEntry, Purpose, Subject, Text, Vocabulary, VocabularyKind } from './vocabulary-data';

export const VERDICTS = ['allowed', 'conditional', 'not_allowed', 'route_via', 'not_covered', 'acute', 'incomplete'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The slots a question can lack; `missing` in a decision names these. */
export const SLOTS = ['from', 'to', 'subject', 'data', 'purpose'] as const;
export type Slot = (typeof SLOTS)[number];

/** The language for a Teams locale: English for en-*, Dutch otherwise. */
export const langOfLocale = (locale: string | undefined): Lang => (locale?.toLowerCase().startsWith('en') ? 'en' : 'nl');

/** The vocabulary in use: the built-in files plus the folders the bot or command was started with. */
export const vocabulary = (): Vocabulary => currentLanguage().vocabulary;

export interface PartyRef {
  party: Party;
  unit?: string;
}

export const isParty = (value: string, v: Vocabulary = vocabulary()): value is Party => v.valid.parties.has(value);

/** The units and regions the vocabulary names for a party (any other lower-case kebab-case unit is accepted too). */
export const knownUnits = (party: Party, v: Vocabulary = vocabulary()): readonly string[] => v.party.get(party)?.units.map((u) => u.id) ?? [];

/** Parses `party` or `party:unit`; returns an error message in Dutch and English when it is not valid. */
export function parsePartyRef(text: string, v: Vocabulary = vocabulary()): PartyRef | { error: string } {
  const [party, unit, extra] = text.trim().toLowerCase().split(':');
  if (party === undefined || !isParty(party, v) || extra !== undefined) {
    return { error: `onbekende partij "${text}" / unknown party; kies uit: ${v.parties.join(', ')}` };
  }
  if (unit === undefined || unit === '') return { party };
  if (!UNIT_PATTERN.test(unit)) {
    return { error: `ongeldige eenheid of regio "${unit}" / invalid unit (kleine letters met streepjes, bijv. noord-holland)` };
  }
  return { party, unit };
}

/**
 * A party ref as a record stored it (`party` or `party:unit`), read without the vocabulary: a request or breach
 * keeps its parties for years, also after the folder that declared one is gone.
 */
export function storedPartyRef(text: string): PartyRef {
  const [party = '', unit] = text.split(':');
  return unit ? { party, unit } : { party };
}

export function formatPartyRef(ref: PartyRef | undefined): string | null {
  if (!ref) return null;
  return ref.unit ? `${ref.party}:${ref.unit}` : ref.party;
}

/** An id without a label (never in a loaded vocabulary, only in an old record) is shown as the id. */
const labelIn = (labels: ReadonlyMap<string, Text>, id: string): Text => labels.get(id) ?? { nl: id, en: id };

export const partyLabel = (party: Party, v: Vocabulary = vocabulary()): Text => labelIn(v.labels.parties, party);
export const subjectLabel = (subject: Subject, v: Vocabulary = vocabulary()): Text => labelIn(v.labels.subjects, subject);
export const dataLabel = (data: DataCategory, v: Vocabulary = vocabulary()): Text => labelIn(v.labels.dataCategories, data);
export const purposeLabel = (purpose: Purpose, v: Vocabulary = vocabulary()): Text => labelIn(v.labels.purposes, purpose);
export const unitLabel = (unit: string, v: Vocabulary = vocabulary()): Text => labelIn(v.unitLabels, unit);

/** A party with its unit, as the party's `withUnit` says ("politie-eenheid Amsterdam"), else "Veilig Thuis Flevoland". */
export function partyRefText(ref: PartyRef, v: Vocabulary = vocabulary()): Text {
  const party = partyLabel(ref.party, v);
  if (!ref.unit) return party;
  const unit = v.unitLabels.get(ref.unit);
  const withUnit = v.party.get(ref.party)?.withUnit;
  const one = (lang: Lang) => {
    const u = unit?.[lang] ?? ref.unit!;
    return withUnit ? withUnit[lang].replace('{unit}', u) : `${party[lang]} ${u}`;
  };
  return { nl: one('nl'), en: one('en') };
}

export const partyRefLabel = (ref: PartyRef, lang: Lang, v: Vocabulary = vocabulary()): string => partyRefText(ref, v)[lang];
