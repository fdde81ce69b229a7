// Who may file a request after a verdict, and what a filing form must contain. Pure.
import { z } from 'zod/v4';
import { personalDataIn } from '../nlu/question-reader';
import type { PersonalDataKind } from '../nlu/types';
import type { RuleIndex } from '../rules/compile';
import type { Decision } from '../rules/types';
import { UNIT_PATTERN, type PartyRef } from '../vocabulary';
import { DELIVERIES, URGENCIES } from './request';

/**
 * A request goes to another organisation that holds the data: the verdict permits sharing, the asker's
 * organisation is the recipient and the discloser is someone else. Returns the two parties, or null.
 */
export function fileable(decision: Decision, asker: PartyRef | undefined): { discloser: PartyRef; recipient: PartyRef } | null {
  const { from, to } = decision.question;
  if (decision.verdict !== 'allowed' && decision.verdict !== 'conditional') return null;
  if (!asker || !from || !to || to.party !== asker.party || from.party === asker.party) return null;
  if (to.unit && asker.unit && to.unit !== asker.unit) return null;
  return { discloser: from, recipient: { party: asker.party, unit: asker.unit ?? to.unit } };
}

/** The units of the discloser to choose from when the covenant names units and the question did not. */
export function unitChoices(decision: Decision, rules: RuleIndex): string[] {
  const from = decision.question.from;
  if (!from || from.unit) return [];
  const book = rules.books.find((b) => b.id === decision.covenant);
  const units = book?.partyUnits.get(from.party);
  return units ? [...units].sort() : [];
}

export type CaseRefCheck = { ok: true; value: string } | { ok: false; problem: 'format' | PersonalDataKind };

/**
 * A case reference is the organisation's own registration number: letters, digits and separators, with
 * at least one digit. Something that reads as a name, BSN, phone number or date of birth is refused.
 */
export function checkCaseReference(raw: string): CaseRefCheck {
  const value = raw.trim().replace(/\s+/g, ' ');
  if (!/^[A-Za-z0-9][A-Za-z0-9 ./_#-]{1,38}[A-Za-z0-9]$/.test(value)) return { ok: false, problem: 'format' };
  const kinds = personalDataIn(value).filter((k) => k !== 'name');
  if (kinds.length > 0) return { ok: false, problem: kinds[0]! };
  if (!/\d/.test(value)) return { ok: false, problem: 'name' };
  return { ok: true, value };
}

/** Free text on a request (reason, question, answer) must not carry personal data. */
export const personalDataInNote = (text: string): PersonalDataKind[] => personalDataIn(text);

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.enum(values));
const note = (max: number) => z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().min(1).max(max));

/** The filing form's own fields (the question's slots travel separately and are decided again). */
export const filingFieldsSchema = z.object({
  caseRef: z.string().max(200),
  urgency: choice(URGENCIES),
  delivery: choice(DELIVERIES),
  necessity: note(1000),
  unit: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().regex(UNIT_PATTERN).optional()),
});
export type FilingFields = z.output<typeof filingFieldsSchema>;

export const requestIdSchema = z.object({ requestId: z.string().regex(/^[0-9a-f-]{36}$/) });
export const reasonSchema = z.object({ reason: note(500) });
export const questionSchema = z.object({ question: note(500) });
export const answerSchema = z.object({ answer: note(1000) });
