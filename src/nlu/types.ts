import type { DataCategory, Lang, PartyRef, Purpose, Subject } from '../vocabulary';

/** What the parser understood of a free-text question, in the contract's ids. */
export interface ParsedSlots {
  from?: PartyRef;
  to?: PartyRef;
  subject?: Subject;
  /** Data categories in the order they were mentioned, without duplicates; empty when none was recognised. */
  data: DataCategory[];
  purpose?: Purpose;
  consent: boolean;
  acute: boolean;
}

export type PersonalDataKind = 'name' | 'bsn' | 'phone' | 'email' | 'birthdate';

export interface ParsedQuestion {
  slots: ParsedSlots;
  /** Who discloses, as read from the phrasing: the asker, to the asker, or between two named parties. */
  direction: 'asker-discloses' | 'asker-receives' | 'between-others' | 'unknown';
  /** Words of the question that carried meaning but were not understood (lower case, never personal data). */
  notUnderstood: string[];
  /** Kinds of personal data found in the text; the text itself is never kept. */
  personalData: PersonalDataKind[];
  lang: Lang;
}

export interface ParseContext {
  /** The asking user's own organisation (from their profile, or `--as`). */
  as?: PartyRef;
}
