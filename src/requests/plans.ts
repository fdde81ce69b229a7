// What should happen when a request is filed, decided or waits too long: the audit entry, whose chat gets
// the request's card, whose copies are redrawn, who is told. Pure: people, reachability and the record
// are inputs; the shell (src/delivery/shell.ts) carries the effects out.
import { audit, notify, refreshCards, sendCard, type Effect } from '../delivery/effects';
import type { Person } from '../directory/directory';
import type { Unreached } from '../graph/reach';
import type { AuditEntry } from './audit-chain';
import type { ConversationReference } from 'botbuilder';
import { formatPartyRef } from '../vocabulary';
import { displayId, type DisclosureRequest } from './request';
import type { RequestAction } from './request-state';

export const NOTICE_KIND = 'request-notice';
export const ROUTING_ALERT_KIND = 'routing-alert';
export const ESCALATION_KIND = 'request-escalation';

export const requestRecord = (id: string) => ({ kind: 'request', id }) as const;

const ids = (people: readonly Person[]) => people.map((p) => p.aadObjectId);
const alertUnreached = (unreached: readonly Unreached[]): Effect[] => (unreached.length > 0 ? [{ do: 'alert-unreached', unreached: [...unreached] }] : []);

/** What art. 6.2 asks to be recorded: who, which categories about which kind of person, to whom, when, on which basis. */
export function requestAuditData(request: DisclosureRequest, actor: string, actorParty: string | null): AuditEntry['data'] {
  return {
    requestId: request.id,
    caseRef: request.caseRef,
    actor,
    actorParty,
    discloser: formatPartyRef(request.discloser)!,
    recipient: formatPartyRef(request.recipient)!,
    subject: request.subject,
    data: request.data,
    purpose: request.purpose,
    covenant: request.covenant,
    articles: request.snapshot.citations.map((c) => `${c.covenant} ${c.article}`),
    verdict: request.snapshot.verdict,
    delivery: request.delivery,
    state: request.state,
  };
}

export interface FilingPlan {
  effects: Effect[];
  contactsReached: number;
  officersAlerted: number;
}

/**
 * A new request goes to every reachable contact of the data-holding party, and the card the requester
 * filed from is tracked. When no contact can be reached, the privacy officers of both parties are told.
 */
export function filingPlan(input: {
  request: DisclosureRequest;
  requesterParty: string | null;
  contacts: readonly Person[];
  /** The privacy officers of the discloser and the recipient. */
  officers: readonly Person[];
  reachable: ReadonlySet<string>;
  unreached: readonly Unreached[];
  requesterCard?: { reference: Partial<ConversationReference>; activityId: string };
}): FilingPlan {
  const { request } = input;
  const record = requestRecord(request.id);
  const reached = ids(input.contacts).filter((id) => input.reachable.has(id));
  const effects: Effect[] = [audit('request.filed', requestAuditData(request, request.requesterId, input.requesterParty)), ...reached.map((id) => sendCard(record, id))];
  if (input.requesterCard) effects.push({ do: 'track-card', record, to: request.requesterId, ...input.requesterCard });
  effects.push(...alertUnreached(input.unreached));
  if (reached.length > 0) return { effects, contactsReached: reached.length, officersAlerted: 0 };
  const officers = ids(input.officers).filter((id) => input.reachable.has(id));
  effects.push(audit('request.unrouted', { requestId: request.id, discloser: formatPartyRef(request.discloser)! }));
  effects.push(...officers.map((id) => notify(id, { notice: 'request-unrouted', ref: displayId(request.id), discloser: request.discloser }, ROUTING_ALERT_KIND)));
  return { effects, contactsReached: 0, officersAlerted: officers.length };
}

/**
 * After an action every copy is redrawn, and whoever must act or hear of it now gets a new card: the
 * contacts when the requester answered or withdrew, otherwise the requester.
 */
export function actionPlan(input: { next: DisclosureRequest; action: RequestAction; event: string; actor: string; actorParty: string | null; contacts: readonly Person[] }): Effect[] {
  const { next } = input;
  const record = requestRecord(next.id);
  const toldNow = input.action.kind === 'answer_info' || input.action.kind === 'withdraw' ? ids(input.contacts) : [next.requesterId];
  return [audit(input.event, requestAuditData(next, input.actor, input.actorParty)), refreshCards(record), ...toldNow.map((id) => sendCard(record, id))];
}

/** A routed request for a contact who could not be reached when it was filed. */
export function routedPlan(request: DisclosureRequest, contactId: string): Effect[] {
  return [sendCard(requestRecord(request.id), contactId), audit('request.routed', { requestId: request.id, contact: contactId })];
}

/**
 * A reminder to the contacts after the service level; after twice that, the managers of the data-holding
 * organisation are told, and when none of them can be reached, its privacy officers.
 */
export function deadlinePlan(input: {
  step: 'remind' | 'escalate';
  request: DisclosureRequest;
  ageWorkingDays: number;
  contacts: readonly Person[];
  managers: readonly Person[];
  officers: readonly Person[];
  reachable: ReadonlySet<string>;
  unreached: readonly Unreached[];
}): Effect[] {
  const { request, ageWorkingDays, step } = input;
  const ref = displayId(request.id);
  const effects: Effect[] = [
    audit(step === 'remind' ? 'request.reminded' : 'request.escalated', { requestId: request.id, ageWorkingDays, slaDays: request.slaDays }),
    refreshCards(requestRecord(request.id)),
    ...alertUnreached(input.unreached),
  ];
  if (step === 'remind') return [...effects, ...ids(input.contacts).map((id) => notify(id, { notice: 'request-reminder', ref, ageWorkingDays, slaDays: request.slaDays }, NOTICE_KIND))];
  const notice = { notice: 'request-escalation', ref, discloser: request.discloser, ageWorkingDays, slaDays: request.slaDays, contacts: input.contacts.map((p) => p.name) } as const;
  const managers = ids(input.managers).filter((id) => input.reachable.has(id));
  return [...effects, ...(managers.length > 0 ? managers : ids(input.officers)).map((id) => notify(id, notice, ESCALATION_KIND))];
}
