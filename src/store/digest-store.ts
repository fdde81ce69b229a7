// The digest's facts on the database (no text, ids and counts only), and the records that make each
// manager's digest go out once per week.
import type { BreachFact, QuestionFact, RequestFact } from '../digest/compute';
import type { Verdict } from '../vocabulary';
import type { Executor } from './transactions';

export async function questionFacts(db: Executor, from: string, asOf: string): Promise<QuestionFact[]> {
  return (await db.selectFrom('question_log').selectAll().where('at', '>=', from).where('at', '<', asOf).execute()).map((q) => ({
    at: q.at,
    party: q.party,
    verdict: q.verdict as Verdict,
    data: q.data.split(',').filter(Boolean),
    purpose: q.purpose,
  }));
}

/** Requests filed before `asOf` that were filed, decided or escalated since `from`, or are still open. */
export async function requestFacts(db: Executor, from: string, asOf: string): Promise<RequestFact[]> {
  const rows = await db
    .selectFrom('requests')
    .select(['id', 'created_at', 'decided_at', 'state', 'discloser', 'recipient', 'sla_days', 'escalated_at'])
    .where('created_at', '<', asOf)
    .where((eb) => eb.or([eb('created_at', '>=', from), eb('decided_at', 'is', null), eb('decided_at', '>=', from), eb('escalated_at', '>=', from)]))
    .execute();
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    decidedAt: r.decided_at,
    state: r.state,
    discloser: r.discloser,
    recipient: r.recipient,
    slaDays: Number(r.sla_days),
    escalatedAt: r.escalated_at,
  }));
}

/** Messages given up on between `from` and `asOf`, with whom they were for. */
export async function deadLetters(db: Executor, from: string, asOf: string): Promise<{ at: string; recipientId: string | null }[]> {
  const rows = await db.selectFrom('outbox').select(['created_at', 'recipient_id']).where('status', '=', 'dead').where('created_at', '>=', from).where('created_at', '<', asOf).execute();
  return rows.map((d) => ({ at: d.created_at, recipientId: d.recipient_id }));
}

export async function breachFacts(db: Executor, from: string, asOf: string): Promise<BreachFact[]> {
  const rows = await db
    .selectFrom('breaches')
    .select(['created_at', 'reporter_party', 'discovered_at', 'ap_recorded_at'])
    .where('created_at', '<', asOf)
    .where((eb) => eb.or([eb('created_at', '>=', from), eb('ap_recorded_at', 'is', null), eb('ap_recorded_at', '>=', from)]))
    .execute();
  return rows.map((b) => ({ createdAt: b.created_at, party: b.reporter_party, discoveredAt: b.discovered_at, closedAt: b.ap_recorded_at }));
}

export async function evaluationsHeld(db: Executor): Promise<{ covenant: string; year: number }[]> {
  return (await db.selectFrom('evaluations').select(['covenant', 'year']).execute()).map((h) => ({ covenant: h.covenant, year: Number(h.year) }));
}

/** Records a covenant's evaluation as held; false when it was recorded already. */
export async function insertEvaluation(db: Executor, covenant: string, year: number, actorId: string, at: string): Promise<boolean> {
  const inserted = await db
    .insertInto('evaluations')
    .values({ covenant, year, recorded_by: actorId, at })
    .onConflict((oc) => oc.columns(['covenant', 'year']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Claims the week's message for a recipient (a manager's id, or `privacy:<id>` for a privacy officer's list); false when it went out already. */
export async function claimDigest(db: Executor, recipientKey: string, week: string, at: string): Promise<boolean> {
  const claimed = await db
    .insertInto('digest_sent')
    .values({ manager_id: recipientKey, week, at })
    .onConflict((oc) => oc.columns(['manager_id', 'week']).doNothing())
    .executeTakeFirst();
  return Number(claimed.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Of these managers, those whose digest of the week has gone out. */
export async function digestsSent(db: Executor, week: string, managerIds: string[]): Promise<Set<string>> {
  if (managerIds.length === 0) return new Set();
  return new Set((await db.selectFrom('digest_sent').select('manager_id').where('week', '=', week).where('manager_id', 'in', managerIds).execute()).map((r) => r.manager_id));
}
