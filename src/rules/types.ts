import type { DataCategory, Party, PartyRef, Purpose, Slot, Subject, Text, Verdict } from '../vocabulary';

/** A question in the contract's terms. The date is an input: the engine never reads a clock. */
export interface Question {
  from?: PartyRef;
  to?: PartyRef;
  subject?: Subject;
  data?: DataCategory[];
  purpose?: Purpose;
  consent?: boolean;
  acute?: boolean;
  /** Who asks (their own organisation): decides which crisis route an acute answer names. */
  asker?: PartyRef;
  /** YYYY-MM-DD, the day the disclosure would take place. */
  date: string;
}

export interface Citation {
  covenant: string;
  article: string;
  text: Text;
}

/**
 * Who must act on a requirement: the party that discloses, the party that receives, each party of the
 * exchange, or one named party whichever side it is on.
 */
export type Addressee = 'discloser' | 'recipient' | 'each' | Party;

/** A condition to meet before sharing, or a duty that follows it. */
export interface Requirement {
  id: string;
  covenant: string;
  articles: string[];
  text: Text;
  /** Always set on duties (the rulebook must say it); on conditions only where it is not the asker's own check. */
  who?: Addressee;
}

export interface RuleRef {
  id: string;
  covenant: string;
  effect: 'permit' | 'forbid' | 'route' | 'acute' | 'duty' | 'exhaustive-list' | 'purpose-binding';
  articles: string[];
  explanation: Text;
  /** The rule takes the safer of two readings of its article. */
  doubt?: Text;
}

export interface DataVerdict {
  data: DataCategory;
  verdict: Verdict;
  rules: RuleRef[];
  citations: Citation[];
  routeVia: Party | null;
}

/** One thing that would change the answer, and the verdict it would lead to. */
export type Alternative =
  | { kind: 'consent'; verdict: Verdict }
  | { kind: 'purpose'; verdict: Verdict; purposes: Purpose[]; consent: boolean }
  | { kind: 'data'; verdict: Verdict; data: DataCategory[] }
  | { kind: 'rule'; verdict: Verdict | null; rule: string; covenant: string; text: Text }
  | { kind: 'validity'; verdict: null; covenant: string; title: string; from: string | null; until: string | null; text: Text }
  | { kind: 'scope'; verdict: null; covenant: string; title: string; party: Party; units: string[] };

export interface Decision {
  verdict: Verdict;
  question: Question;
  /** The covenant of the first determining rule, or null. */
  covenant: string | null;
  rules: RuleRef[];
  citations: Citation[];
  conditions: Requirement[];
  duties: Requirement[];
  routeVia: Party | null;
  missing: Slot[];
  perData: DataVerdict[];
  whatWouldChange: Alternative[];
  /** Who to ask when the covenants do not settle it. */
  askWhom: Text[];
  /** Where a document is ambiguous and the safer reading was chosen: shown as "twijfel: vraag je privacy officer". */
  doubts?: Text[];
  /** Duty rules that apply: they decide nothing, they add their duties (and sources) whatever the verdict. */
  dutyRules?: RuleRef[];
  /** Organisations the question named that no covenant is between (a housing corporation, a police unit that is no party). */
  nonParties?: { role: 'from' | 'to'; id: string; label: Text }[];
  /** Words of the question naming what is to be shared that were not understood ("letselrapport"): no covenant can be read for them. */
  unknownItems?: string[];
  /** What the question names to share that no data category covers ("gespreksverslagen", "paspoort"), by its label. */
  unlistedData?: Text[];
  /** Conditions of the determining rules the question itself says are not met: why a permit became a refusal. */
  notMet?: Requirement[];
}
