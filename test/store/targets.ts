// The databases every store test runs against: SQLite always, PostgreSQL from TEST_POSTGRES_URL
// (.ci/run starts a server and sets it; in CI its absence is an error, not a skip).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { DatabaseTarget } from '../../src/config/config';
import { migrate, openDatabase, type Db } from '../../src/store/database';

export interface Target {
  name: string;
  /** A fresh database, migrated to the latest schema (or up to and including the migration `upTo`). */
  open(upTo?: string): Promise<Db>;
}

let counter = 0;

/** A fresh SQLite database in the temporary directory, migrated. */
export const sqliteTarget: Target = {
  name: 'SQLite',
  open: async (upTo) => {
    const db = openDatabase({ kind: 'sqlite', path: join(tmpdir(), `deelwijzer-store-${process.pid}-${++counter}.db`) });
    await migrate(db, upTo);
    return db;
  },
};

export function storeTargets(): Target[] {
  const targets: Target[] = [sqliteTarget];
  const url = process.env.TEST_POSTGRES_URL;
  if (!url && process.env.CI) throw new Error('TEST_POSTGRES_URL is not set: CI must run the store tests on PostgreSQL too');
  if (url) {
    targets.push({
      name: 'PostgreSQL',
      open: async (upTo) => {
        // A clean schema for every test: the PostgreSQL tests run one at a time on their own database.
        const db = openDatabase({ kind: 'postgres', url } satisfies DatabaseTarget);
        await sql`drop owned by current_user cascade`.execute(db);
        await sql`drop schema if exists public cascade`.execute(db);
        await sql`create schema public`.execute(db);
        await migrate(db, upTo);
        return db;
      },
    });
  } else {
    console.warn('      (TEST_POSTGRES_URL not set: store tests run on SQLite only; .ci/run runs them on PostgreSQL too)');
  }
  return targets;
}

/** A transaction on `db` that writes a profile and stays open until released, then rolls back. */
export async function openTransactionThatRollsBack(db: Db) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const rolledBack = db
    .transaction()
    .execute(async (trx) => {
      await trx.insertInto('profiles').values({ user_id: 'u-tx', party: 'om', updated_at: '2026-11-23T10:00:00Z' }).execute();
      await gate;
      throw new Error('rollback');
    })
    .catch(() => 'rolled back');
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { release, rolledBack };
}
