// The hash-chained audit log on the database. Appends happen inside the caller's transaction, so a
// record and the change it describes commit together. Entries past the retention are purged here too:
// the chain then continues from an anchor the purge entry names.
import { nextEntry, PURGE_KIND, type AuditEntry } from '../requests/audit-chain';
import { lockForTransaction, type Executor } from './transactions';

export const rowToEntry = (r: { seq: number | string; at: string; kind: string; data: string; prev_hash: string; hash: string }): AuditEntry => ({
  seq: Number(r.seq),
  at: r.at,
  kind: r.kind,
  data: JSON.parse(r.data) as AuditEntry['data'],
  prevHash: r.prev_hash,
  hash: r.hash,
});

/** Where the chain starts: the anchor left by the last purge, or the beginning. */
export async function readAnchor(db: Executor): Promise<{ seq: number; hash: string } | undefined> {
  const row = await db.selectFrom('audit_anchor').selectAll().where('id', '=', 1).executeTakeFirst();
  return row ? { seq: Number(row.seq), hash: row.hash } : undefined;
}

/**
 * Appends one entry inside `trx`. On PostgreSQL an advisory lock serialises appends; on SQLite the
 * transaction does. The unique hash and primary key on seq make any remaining race fail, not fork.
 */
export async function appendAuditIn(trx: Executor, postgres: boolean, kind: string, data: AuditEntry['data'], at: string): Promise<AuditEntry> {
  await lockForTransaction(trx, postgres, 'auditLog');
  const last = await trx.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const anchor = last ? undefined : await readAnchor(trx);
  const previous = last ? rowToEntry(last) : anchor ? ({ seq: anchor.seq, hash: anchor.hash } as AuditEntry) : undefined;
  const entry = nextEntry(previous, at, kind, data);
  await trx
    .insertInto('audit_log')
    .values({ seq: entry.seq, at: entry.at, kind: entry.kind, data: JSON.stringify(entry.data), prev_hash: entry.prevHash, hash: entry.hash })
    .execute();
  return entry;
}

/**
 * Destroys, inside `trx`, the audit entries from before `cutoff` (the oldest kept entry and everything after
 * it stay, so the chain has no gap), and records the purge when it or the caller destroyed anything:
 * `records` counts what the caller destroyed in the same transaction (e.g. `{ requests: 2 }`).
 */
export async function purgeAuditIn(trx: Executor, postgres: boolean, cutoff: string, records: Record<string, number>, at: string): Promise<{ auditEntries: number }> {
  await lockForTransaction(trx, postgres, 'auditLog');
  const firstKept = await trx.selectFrom('audit_log').select('seq').where('at', '>=', cutoff).orderBy('seq').limit(1).executeTakeFirst();
  const lastOld = await trx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .where('at', '<', cutoff)
    .$if(firstKept !== undefined, (q) => q.where('seq', '<', firstKept!.seq))
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  let auditEntries = 0;
  if (lastOld) {
    const deleted = await trx.deleteFrom('audit_log').where('seq', '<=', lastOld.seq).executeTakeFirst();
    auditEntries = Number(deleted.numDeletedRows);
    await trx.deleteFrom('audit_anchor').where('id', '=', 1).execute();
    await trx
      .insertInto('audit_anchor')
      .values({ id: 1, seq: Number(lastOld.seq), hash: lastOld.hash, at })
      .execute();
  }
  if (auditEntries === 0 && Object.values(records).every((n) => n === 0)) return { auditEntries: 0 };
  const anchor = await readAnchor(trx);
  await appendAuditIn(trx, postgres, PURGE_KIND, { ...records, auditEntries, cutoff, throughSeq: anchor?.seq ?? null, throughHash: anchor?.hash ?? null }, at);
  return { auditEntries };
}
