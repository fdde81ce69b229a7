// Disclosure requests on the database: rows to records and back, and the queries the service needs.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DisclosureRequest } from '../requests/request';
import type { RequestState } from '../requests/request-state';
import { formatPartyRef, storedPartyRef, type DataCategory, type PartyRef, type Purpose, type Subject } from '../vocabulary';
import type { Database, RequestsTable } from './database';

type Executor = Kysely<Database> | Transaction<Database>;

const party = storedPartyRef;

export function rowToRequest(r: RequestsTable): DisclosureRequest {
  return {
    id: r.id,
    caseRef: r.case_ref,
    state: r.state as RequestState,
    version: Number(r.version),
    requesterId: r.requester_id,
    requesterParty: party(r.requester_party),
    discloser: party(r.discloser),
    recipient: party(r.recipient),
    subject: r.subject as Subject,
    data: r.data.split(',').filter(Boolean) as DataCategory[],
    purpose: r.purpose as Purpose,
    consent: Number(r.consent) === 1,
    urgency: r.urgency as DisclosureRequest['urgency'],
    delivery: r.delivery as DisclosureRequest['delivery'],
    necessity: r.necessity,
    covenant: r.covenant,
    snapshot: JSON.parse(r.snapshot) as DisclosureRequest['snapshot'],
    slaDays: Number(r.sla_days),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    decisionReason: r.decision_reason,
    infoQuestion: r.info_question,
    infoAnswer: r.info_answer,
    remindedAt: r.reminded_at,
    escalatedAt: r.escalated_at,
    retainUntil: r.retain_until,
  };
}

export function requestToRow(q: DisclosureRequest, filedActivity: string): RequestsTable {
  return {
    id: q.id,
    filed_activity: filedActivity,
    case_ref: q.caseRef,
    state: q.state,
    version: q.version,
    requester_id: q.requesterId,
    requester_party: formatPartyRef(q.requesterParty)!,
    discloser: formatPartyRef(q.discloser)!,
    recipient: formatPartyRef(q.recipient)!,
    subject: q.subject,
    data: q.data.join(','),
    purpose: q.purpose,
    consent: q.consent ? 1 : 0,
    urgency: q.urgency,
    delivery: q.delivery,
    necessity: q.necessity,
    covenant: q.covenant,
    snapshot: JSON.stringify(q.snapshot),
    sla_days: q.slaDays,
    created_at: q.createdAt,
    updated_at: q.updatedAt,
    decided_by: q.decidedBy,
    decided_at: q.decidedAt,
    decision_reason: q.decisionReason,
    info_question: q.infoQuestion,
    info_answer: q.infoAnswer,
    reminded_at: q.remindedAt,
    escalated_at: q.escalatedAt,
    retain_until: q.retainUntil,
  };
}

export async function getRequest(db: Executor, id: string): Promise<DisclosureRequest | undefined> {
  const row = await db.selectFrom('requests').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToRequest(row) : undefined;
}

export async function requestFiledBy(db: Executor, activityKey: string): Promise<DisclosureRequest | undefined> {
  const row = await db.selectFrom('requests').selectAll().where('filed_activity', '=', activityKey).executeTakeFirst();
  return row ? rowToRequest(row) : undefined;
}

export async function insertRequest(db: Executor, request: DisclosureRequest, filedActivity: string): Promise<void> {
  await db.insertInto('requests').values(requestToRow(request, filedActivity)).execute();
}

/** Writes `next` only if the row is still at the version it was read at; false when someone else was first. */
export async function updateRequestIfUnchanged(db: Executor, next: DisclosureRequest, readVersion: number): Promise<boolean> {
  const { id: _id, filed_activity: _f, ...fields } = requestToRow(next, '');
  const result = await db.updateTable('requests').set(fields).where('id', '=', next.id).where('version', '=', readVersion).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function requestsOfRequester(db: Executor, requesterId: string, limit = 20): Promise<DisclosureRequest[]> {
  const rows = await db.selectFrom('requests').selectAll().where('requester_id', '=', requesterId).orderBy('created_at', 'desc').limit(limit).execute();
  return rows.map(rowToRequest);
}

/** Undecided requests addressed to a party (every unit of it when `unit` is absent). */
export async function openRequestsFor(db: Executor, discloser: PartyRef): Promise<DisclosureRequest[]> {
  let query = db.selectFrom('requests').selectAll().where('state', 'in', ['pending', 'info_requested']);
  query = discloser.unit
    ? query.where((eb) => eb.or([eb('discloser', '=', formatPartyRef(discloser)!), eb('discloser', '=', discloser.party)]))
    : query.where((eb) => eb.or([eb('discloser', '=', discloser.party), eb('discloser', 'like', `${discloser.party}:%`)]));
  const rows = await query.orderBy('created_at').execute();
  return rows.map(rowToRequest);
}

export async function pendingRequests(db: Executor): Promise<DisclosureRequest[]> {
  const rows = await db.selectFrom('requests').selectAll().where('state', '=', 'pending').orderBy('created_at').execute();
  return rows.map(rowToRequest);
}

/**
 * Marks a deadline step (reminder or escalation) as done for a request still pending; false when it was
 * done already or the request was decided meanwhile, so each step happens once.
 */
export async function claimDeadlineStep(trx: Executor, requestId: string, step: 'remind' | 'escalate', at: string): Promise<boolean> {
  const column = step === 'remind' ? 'reminded_at' : 'escalated_at';
  const claimed = await trx
    .updateTable('requests')
    .set({ [column]: at, version: sql<number>`version + 1` })
    .where('id', '=', requestId)
    .where('state', '=', 'pending')
    .where(column, 'is', null)
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

/** The ids of requests whose retention ended before `today`. */
export async function expiredRequestIds(db: Executor, today: string): Promise<string[]> {
  return (await db.selectFrom('requests').select('id').where('retain_until', '<', today).execute()).map((r) => r.id);
}

export async function deleteRequests(trx: Executor, ids: string[]): Promise<void> {
  if (ids.length > 0) await trx.deleteFrom('requests').where('id', 'in', ids).execute();
}

/** Undecided requests that concern an organisation (as discloser or recipient; every unit of it when `unit` is absent). */
export async function openRequestsConcerning(db: Executor, scope: PartyRef): Promise<DisclosureRequest[]> {
  const key = formatPartyRef(scope)!;
  const rows = await db
    .selectFrom('requests')
    .selectAll()
    .where('state', 'in', ['pending', 'info_requested'])
    .where((eb) =>
      scope.unit
        ? eb.or([eb('discloser', '=', key), eb('recipient', '=', key)])
        : eb.or([eb('discloser', '=', scope.party), eb('discloser', 'like', `${scope.party}:%`), eb('recipient', '=', scope.party), eb('recipient', 'like', `${scope.party}:%`)]),
    )
    .orderBy('created_at')
    .execute();
  return rows.map(rowToRequest);
}
