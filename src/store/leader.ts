// One instance at a time runs a periodic job: on PostgreSQL the one that takes the session advisory lock,
// the others skip this round. The job itself stays safe to run twice (unique records, conditional updates).
import { sql } from 'kysely';
import type { Db } from './database';
import { isPostgres, LOCKS, type JobLock } from './transactions';

export async function asLeader<T>(db: Db, job: JobLock, run: () => Promise<T>): Promise<T | 'skipped'> {
  if (!isPostgres(db)) return run();
  return db.connection().execute(async (conn) => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${LOCKS[job]}) as locked`.execute(conn);
    if (!rows[0]?.locked) return 'skipped' as const;
    try {
      return await run();
    } finally {
      await sql`select pg_advisory_unlock(${LOCKS[job]})`.execute(conn);
    }
  });
}
