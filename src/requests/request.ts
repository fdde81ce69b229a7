// A disclosure request as plain data: what was asked, of whom, on which basis. Never the data itself.
import type { Decision } from '../rules/types';
import { amsterdamDate } from '../time/amsterdam';
import { addYears } from '../time/calendar';
import type { DataCategory, PartyRef, Purpose, Subject, Verdict } from '../vocabulary';
import type { RequestRecord } from './request-state';

export const URGENCIES = ['normaal', 'spoed'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const DELIVERIES = ['mondeling', 'schriftelijk'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** The decision the request was filed on, frozen: the rulebook version, verdict, conditions and citations. */
export interface DecisionSnapshot {
  date: string;
  verdict: Verdict;
  rulebooks: { id: string; version: string }[];
  rules: string[];
  citations: { covenant: string; article: string }[];
  conditions: { id: string; covenant: string; articles: string[] }[];
  duties: { id: string; covenant: string; articles: string[] }[];
}

export interface DisclosureRequest extends RequestRecord {
  caseRef: string;
  version: number;
  requesterParty: PartyRef;
  subject: Subject;
  data: DataCategory[];
  purpose: Purpose;
  consent: boolean;
  urgency: Urgency;
  delivery: Delivery;
  /** Why the data is necessary (proportionality, subsidiarity), in the requester's words. */
  necessity: string;
  covenant: string;
  snapshot: DecisionSnapshot;
  slaDays: number;
  createdAt: string;
  updatedAt: string;
  decisionReason: string | null;
  infoQuestion: string | null;
  infoAnswer: string | null;
  remindedAt: string | null;
  escalatedAt: string | null;
  /** YYYY-MM-DD after which the request is destroyed (art. 8.1: ten years). */
  retainUntil: string;
}

/** A short reference people can say on the phone. */
export const displayId = (id: string) => `DW-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;

export function snapshotOf(decision: Decision, versions: ReadonlyMap<string, string>): DecisionSnapshot {
  const books = [...new Set(decision.rules.map((r) => r.covenant))];
  return {
    date: decision.question.date,
    verdict: decision.verdict,
    rulebooks: books.map((id) => ({ id, version: versions.get(id) ?? 'onbekend' })),
    rules: decision.rules.map((r) => r.id),
    citations: decision.citations.map((c) => ({ covenant: c.covenant, article: c.article })),
    conditions: decision.conditions.map((c) => ({ id: c.id, covenant: c.covenant, articles: c.articles })),
    duties: decision.duties.map((c) => ({ id: c.id, covenant: c.covenant, articles: c.articles })),
  };
}

/** The last day a request is kept (art. 8.1): whole years after the day it was filed in the Netherlands. */
export const retainUntil = (filedAt: string, years: number): string => addYears(amsterdamDate(filedAt), years);
