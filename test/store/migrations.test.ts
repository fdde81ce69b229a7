// Migrations that reshape existing data keep it.
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { migrate, openDatabase } from '../../src/store/database';
import { sqlStore } from '../../src/store/sql-store';

describe('the move of processed activities to a table without rowid (SQLite)', () => {
  it('keeps the ids recorded before it, so their replays are still recognised', async () => {
    const db = openDatabase({ kind: 'sqlite', path: join(tmpdir(), `deelwijzer-migration-${process.pid}-${Date.now()}.db`) });
    await migrate(db, '007-several-instances');
    await db.insertInto('processed_activities').values({ activity_id: 'conv/before', at: '2026-11-20T10:00:00Z' }).execute();
    await migrate(db);
    const { rows } = await sql<{ sql: string }>`select sql from sqlite_master where name = 'processed_activities'`.execute(db);
    assert.match(rows[0]!.sql, /without rowid/i);
    const store = sqlStore(db);
    assert.equal(await store.markProcessed('conv/before', '2026-11-23T10:00:00Z'), false);
    assert.equal(await store.markProcessed('conv/after', '2026-11-23T10:00:00Z'), true);
    await store.close();
  });
});
