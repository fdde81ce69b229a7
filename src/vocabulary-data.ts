// The vocabulary compiled from its data files (src/rules/lexicon and each rulebook folder's vocabulary.yaml):
// every id of a party, subject, data category and purpose with its labels, in lookup tables built once. Pure.

/** Ids are data (the contract's ids plus what a rulebook folder adds), checked against the loaded vocabulary. */
export type Party = string;
export type Subject = string;
export type DataCategory = string;
export type Purpose = string;

export type Lang = 'nl' | 'en';
export type Text = { nl: string; en: string };

export const UNIT_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface VocabularyEntry {
  id: string;
  label: Text;
}

export interface PartyEntry extends VocabularyEntry {
  /** The units or regions the covenants name, in the order they are offered. */
  units: readonly VocabularyEntry[];
  /** How a unit of this party is named, `{unit}` standing for the unit ("politie-eenheid {unit}"). */
  withUnit?: Text;
}

export interface SubjectEntry extends VocabularyEntry {
  /** A role that decides the answer over who the person is ("de buurvrouw die getuige was" is about a witness). */
  stricter?: boolean;
}

export interface VocabularyDeclaration {
  parties: readonly PartyEntry[];
  subjects: readonly SubjectEntry[];
  dataCategories: readonly VocabularyEntry[];
  purposes: readonly VocabularyEntry[];
}

export type VocabularyKind = keyof VocabularyDeclaration;

export interface Vocabulary {
  /** Every id in the order of the files (base first, then each folder's additions). */
  parties: readonly Party[];
  subjects: readonly Subject[];
  dataCategories: readonly DataCategory[];
  purposes: readonly Purpose[];
  /** The id sets, for validation. */
  valid: Readonly<Record<VocabularyKind, ReadonlySet<string>>>;
  party: ReadonlyMap<Party, PartyEntry>;
  labels: Readonly<Record<VocabularyKind, ReadonlyMap<string, Text>>>;
  /** Unit id → label, over every party (a unit id means the same place whoever it belongs to). */
  unitLabels: ReadonlyMap<string, Text>;
  /** Subjects marked `stricter`. */
  stricterSubjects: ReadonlySet<Subject>;
}

const KINDS: readonly VocabularyKind[] = ['parties', 'subjects', 'dataCategories', 'purposes'];

/** Builds the lookup tables of a checked declaration (ids unique per kind: the loader refuses a clash). */
export function compileVocabulary(declaration: VocabularyDeclaration): Vocabulary {
  const ids = (kind: VocabularyKind) => declaration[kind].map((e) => e.id);
  const labels = (kind: VocabularyKind) => new Map(declaration[kind].map((e): [string, Text] => [e.id, e.label]));
  const unitLabels = new Map<string, Text>();
  for (const party of declaration.parties) for (const unit of party.units) if (!unitLabels.has(unit.id)) unitLabels.set(unit.id, unit.label);
  return {
    parties: ids('parties'),
    subjects: ids('subjects'),
    dataCategories: ids('dataCategories'),
    purposes: ids('purposes'),
    valid: Object.fromEntries(KINDS.map((k) => [k, new Set(ids(k))])) as unknown as Record<VocabularyKind, ReadonlySet<string>>,
    party: new Map(declaration.parties.map((p) => [p.id, p])),
    labels: Object.fromEntries(KINDS.map((k) => [k, labels(k)])) as unknown as Record<VocabularyKind, ReadonlyMap<string, Text>>,
    unitLabels,
    stricterSubjects: new Set(declaration.subjects.filter((s) => s.stricter).map((s) => s.id)),
  };
}
