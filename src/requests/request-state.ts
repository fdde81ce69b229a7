// The life of a disclosure request as a pure state machine: who may do what, and what follows.
// The store applies a transition with a conditional update on the state it read, so of two
// concurrent decisions exactly one wins; the loser is told who decided and when.
import type { PartyRef } from '../vocabulary';

export const REQUEST_STATES = ['pending', 'info_requested', 'approved', 'denied', 'withdrawn'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];
export const FINAL_STATES: ReadonlySet<RequestState> = new Set(['approved', 'denied', 'withdrawn']);

export interface RequestRecord {
  id: string;
  state: RequestState;
  requesterId: string;
  discloser: PartyRef;
  recipient: PartyRef;
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface Actor {
  aadObjectId: string;
  /** A contact person of the data-holding organisation, by the directory's rule (Directory.contactsFor). */
  isContact: boolean;
}

export type RequestAction = { kind: 'approve' } | { kind: 'deny'; reason: string } | { kind: 'ask_info'; question: string } | { kind: 'answer_info'; answer: string } | { kind: 'withdraw' };

export type Transition =
  | { ok: true; record: RequestRecord; event: string }
  | { ok: false; refusal: 'not_your_request' | 'not_a_contact' | 'already_decided' | 'wrong_state' | 'reason_required'; decidedBy?: string | null; decidedAt?: string | null };

export function transition(record: RequestRecord, action: RequestAction, actor: Actor, at: string): Transition {
  if (FINAL_STATES.has(record.state)) return { ok: false, refusal: 'already_decided', decidedBy: record.decidedBy, decidedAt: record.decidedAt };
  const byContact = action.kind === 'approve' || action.kind === 'deny' || action.kind === 'ask_info';
  if (byContact && !actor.isContact) return { ok: false, refusal: 'not_a_contact' };
  if (!byContact && actor.aadObjectId !== record.requesterId) return { ok: false, refusal: 'not_your_request' };
  switch (action.kind) {
    case 'approve':
      return { ok: true, record: { ...record, state: 'approved', decidedBy: actor.aadObjectId, decidedAt: at }, event: 'request.approved' };
    case 'deny':
      if (!action.reason.trim()) return { ok: false, refusal: 'reason_required' };
      return { ok: true, record: { ...record, state: 'denied', decidedBy: actor.aadObjectId, decidedAt: at }, event: 'request.denied' };
    case 'ask_info':
      if (!action.question.trim()) return { ok: false, refusal: 'reason_required' };
      if (record.state !== 'pending') return { ok: false, refusal: 'wrong_state' };
      return { ok: true, record: { ...record, state: 'info_requested' }, event: 'request.info_requested' };
    case 'answer_info':
      if (record.state !== 'info_requested') return { ok: false, refusal: 'wrong_state' };
      if (!action.answer.trim()) return { ok: false, refusal: 'reason_required' };
      return { ok: true, record: { ...record, state: 'pending' }, event: 'request.info_given' };
    case 'withdraw':
      return { ok: true, record: { ...record, state: 'withdrawn', decidedBy: actor.aadObjectId, decidedAt: at }, event: 'request.withdrawn' };
  }
}
