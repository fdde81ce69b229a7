// Transactions and locks on the database, in one place: which database is PostgreSQL, the advisory-lock
// ids, and running work in a transaction again when it lost a race.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, Db } from './database';

export type Trx = Transaction<Database>;
/** The database itself or an open transaction on it. */
export type Executor = Kysely<Database> | Transaction<Database>;

const postgresDbs = new WeakSet<object>();
/** Remembers that a database is PostgreSQL, where appends and jobs take advisory locks. */
export const markPostgres = (db: Db) => postgresDbs.add(db);
export const isPostgres = (db: Db) => postgresDbs.has(db);

/**
 * Every PostgreSQL advisory lock the bot takes. `auditLog` is held to the end of a transaction that appends
 * to (or purges) the audit chain; the others by the one instance that runs a periodic job.
 */
export const LOCKS = { auditLog: 727274, digest: 727301, deadlines: 727302, purge: 727303 } as const;
export type JobLock = Exclude<keyof typeof LOCKS, 'auditLog'>;

/** Serialises the transaction with every other one that takes the same lock, until it ends (PostgreSQL only). */
export async function lockForTransaction(trx: Executor, postgres: boolean, lock: keyof typeof LOCKS): Promise<void> {
  if (postgres) await sql`select pg_advisory_xact_lock(${sql.lit(LOCKS[lock])})`.execute(trx);
}

/** Runs `work` in a transaction, again when it lost a race (a conflict or a unique violation). */
export async function withRetry<T>(db: Db, work: (trx: Trx) => Promise<T>, attempts = 30): Promise<T> {
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
