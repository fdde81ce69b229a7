// Data breaches on the database: rows to records and back, and the writes the breach service needs.
import type { Breach } from '../breach/breach';
import { formatPartyRef, storedPartyRef, type DataCategory, type PartyRef, type Subject } from '../vocabulary';
import type { BreachesTable } from './database';
import type { Executor } from './transactions';

const refs = (text: string): PartyRef[] => text.split(',').filter(Boolean).map(storedPartyRef);

export async function getBreach(db: Executor, id: string): Promise<Breach | undefined> {
  const row = await db.selectFrom('breaches').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const acks = await db.selectFrom('breach_acks').select(['user_id', 'at']).where('breach_id', '=', id).orderBy('at').execute();
  return toBreach(
    row,
    acks.map((a) => ({ userId: a.user_id, at: a.at })),
  );
}

/** The breach a report activity stored, when it was delivered before. */
export async function breachReportedBy(db: Executor, activityKey: string): Promise<Breach | undefined> {
  const earlier = await db.selectFrom('breaches').select('id').where('reported_activity', '=', activityKey).executeTakeFirst();
  return earlier ? getBreach(db, earlier.id) : undefined;
}

export async function insertBreach(db: Executor, breach: Breach, activityKey: string): Promise<void> {
  await db.insertInto('breaches').values(toRow(breach, activityKey)).execute();
}

/** Records a person's acknowledgement; false when they had acknowledged already. */
export async function insertAcknowledgement(db: Executor, breachId: string, userId: string, at: string): Promise<boolean> {
  const inserted = await db
    .insertInto('breach_acks')
    .values({ breach_id: breachId, user_id: userId, at })
    .onConflict((oc) => oc.columns(['breach_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function setPoliceReport(db: Executor, breachId: string, at: string): Promise<void> {
  await db.updateTable('breaches').set({ police_report_at: at }).where('id', '=', breachId).execute();
}

export async function setAuthorityDecision(
  db: Executor,
  breachId: string,
  decision: { apDecision: 'notified' | 'not_required'; notifiedAt: string | null; partiesAgreed: boolean },
  actorId: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('breaches')
    .set({ ap_decision: decision.apDecision, ap_notified_at: decision.notifiedAt, ap_parties_agreed: decision.partiesAgreed ? 1 : 0, ap_recorded_by: actorId, ap_recorded_at: at })
    .where('id', '=', breachId)
    .execute();
}

/** Raises the version if it is still the one read; false when another change came first. */
export async function bumpBreachVersion(db: Executor, breach: Breach): Promise<boolean> {
  const bumped = await db
    .updateTable('breaches')
    .set({ version: breach.version + 1 })
    .where('id', '=', breach.id)
    .where('version', '=', breach.version)
    .executeTakeFirst();
  return Number(bumped.numUpdatedRows) === 1;
}

function toRow(b: Breach, activityKey: string): BreachesTable {
  return {
    id: b.id,
    reported_activity: activityKey,
    reporter_id: b.reporterId,
    reporter_party: formatPartyRef(b.reporterParty)!,
    kind: b.kind,
    discovered_at: b.discoveredAt,
    encrypted: b.encrypted,
    parties: b.parties.map((p) => formatPartyRef(p)!).join(','),
    subjects: b.subjects.join(','),
    data: b.data.join(','),
    people: b.people,
    covenants: b.covenants.join(','),
    created_at: b.createdAt,
    version: b.version,
    police_report_at: b.policeReportAt,
    ap_decision: b.apDecision,
    ap_notified_at: b.apNotifiedAt,
    ap_parties_agreed: b.apPartiesAgreed ? 1 : 0,
    ap_recorded_by: b.apRecordedBy,
    ap_recorded_at: null,
  };
}

export function toBreach(r: BreachesTable, acknowledgements: Breach['acknowledgements']): Breach {
  return {
    id: r.id,
    reporterId: r.reporter_id,
    reporterParty: storedPartyRef(r.reporter_party),
    kind: r.kind as Breach['kind'],
    discoveredAt: r.discovered_at,
    encrypted: r.encrypted as Breach['encrypted'],
    parties: refs(r.parties),
    subjects: r.subjects.split(',').filter(Boolean) as Subject[],
    data: r.data.split(',').filter(Boolean) as DataCategory[],
    people: r.people as Breach['people'],
    covenants: r.covenants.split(',').filter(Boolean),
    createdAt: r.created_at,
    version: Number(r.version),
    acknowledgements,
    policeReportAt: r.police_report_at,
    apDecision: r.ap_decision as Breach['apDecision'],
    apNotifiedAt: r.ap_notified_at,
    apPartiesAgreed: Number(r.ap_parties_agreed) === 1,
    apRecordedBy: r.ap_recorded_by,
  };
}
