import type { Lexicon } from './lexicon';
import type { DataCategory, Lang, PartyRef, Purpose, Subject, Text } from '../vocabulary';

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

/** An organisation outside every covenant (lexicon non-parties.yaml). */
export interface NonParty {
  id: string;
  label: Text;
}

/** Something to share that no data category covers (lexicon data-categories.yaml `unlisted`). */
export interface UnlistedData {
  id: string;
  label: Text;
}

/** A giver or receiver the question named that no covenant is between: a whole organisation (woningcorporatie), or a
 * police unit or Veilig Thuis region no covenant names (then the slot holds it too, and the covenants decide). */
export interface NonPartyMention extends NonParty {
  role: 'from' | 'to';
  kind: 'organisation' | 'unit';
}

export interface ParsedQuestion {
  slots: ParsedSlots;
  /** Who discloses, as read from the phrasing: the asker, to the asker, or between two named parties. */
  direction: 'asker-discloses' | 'asker-receives' | 'between-others' | 'unknown';
  nonParties: NonPartyMention[];
  /** Several kinds of person named on an equal footing ("de pleger en het slachtoffer"); `slots.subject` holds the first. */
  subjectCandidates: Subject[];
  /** What the question asks to share that no data category covers ("gespreksverslagen"), as data-categories.yaml names it
   * (`unlisted`); its words are also in `notUnderstood`. A question naming one must not be answered as if only `data` were shared. */
  unlistedData: UnlistedData[];
  /** Words of the question that carried meaning but were not understood (lower case, never personal data). */
  notUnderstood: string[];
  /** Of those, the words that name what is to be shared ("het letselrapport … geven"): the answer cannot permit what it does not know. */
  unknownItems: string[];
  /** Kinds of personal data found in the text; the text itself is never kept. */
  personalData: PersonalDataKind[];
  /** Conditions of the rules (their ids) that the question says are not met ("de rechercheleider zegt dat dit het onderzoek schaadt"). */
  conditionsNotMet: string[];
  /** The days of a disclosure in the past that the question names ("In het voorjaar van 2022 … was dat toegestaan?"). */
  pastPeriod?: { from: string; until: string };
  lang: Lang;
}

export interface ParseContext {
  /** The asking user's own organisation (from their profile, or `--as`). */
  as?: PartyRef;
  /** The compiled lexicon; the standard one of src/rules/lexicon when absent. */
  lexicon?: Lexicon;
}
