// The hash-chained audit log on the database. Appends happen inside the caller's transaction, so a
// record and the change it describes commit together.
import { sql, type Kysely, type Transaction } from 'kysely';
import { nextEntry, type AuditEntry } from '../requests/audit-chain';
import type { Database, Db } from './database';

type Executor = Kysely<Database> | Transaction<Database>;

const postgresDbs = new WeakSet<object>();
/** Remembers that a database is PostgreSQL, where appends take an advisory lock. */
export const markPostgres = (db: Db) => postgresDbs.add(db);
export const isPostgres = (db: Db) => postgresDbs.has(db);

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
  if (postgres) await sql`select pg_advisory_xact_lock(727274)`.execute(trx);
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

/** Runs `work` in a transaction, again when it lost a race (a conflict or a unique violation). */
export async function withRetry<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>, attempts = 30): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (attempt >= attempts || !(error instanceof ConflictError || isUniqueViolation(error) || isSerializationFailure(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
    }
  }
}

/** Thrown inside a transaction to start it again: another writer changed the row first. */
export class ConflictError extends Error {}

const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: unknown; message?: unknown };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE';
};
const isSerializationFailure = (error: unknown) => ['40001', '40P01', 'SQLITE_BUSY'].includes(String((error as { code?: unknown })?.code));
