// Migrations: one file each under the name recorded in the database, and those that reshape existing data keep it.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { rebuildCardCopies } from '../../src/store/card-copies';
import { migrate, openDatabase, type Db } from '../../src/store/database';
import { MIGRATIONS } from '../../src/store/migrations';
import { sqlStore } from '../../src/store/sql-store';
import { storeTargets } from './targets';

/** The migrations an existing database may have run: renaming one would run it a second time. */
const RECORDED_BEFORE = [
  '001-profiles-references-audit',
  '002-outbox',
  '003-requests',
  '004-user-language',
  '005-digest',
  '006-breaches',
  '007-several-instances',
  '008-processed-activities-without-rowid',
];

describe('the list of migrations', () => {
  it('has one module for each file in the migrations folder, in the order of their numbers', () => {
    const files = readdirSync(join(__dirname, '..', '..', 'src', 'store', 'migrations'))
      .filter((f) => f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    assert.deepEqual(Object.keys(MIGRATIONS), files);
  });

  it('keeps the names of the migrations databases have already run', () => {
    assert.deepEqual(Object.keys(MIGRATIONS).slice(0, RECORDED_BEFORE.length), RECORDED_BEFORE);
  });
});

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

const AT = '2026-11-23T10:00:00.000Z';
const reference = (user: string) => JSON.stringify({ conversation: { id: `conv-${user}` }, user: { id: `29:${user}` }, serviceUrl: 'https://smba.trafficmanager.net/emea/' });

/** An outbox row as the schema before 009 wrote it (request_id also held breach ids). */
async function oldOutboxRow(
  db: Db,
  row: { id: string; kind: string; status: string; attempts: number; recipient: string; requestId: string | null; sentActivityId?: string; replaces?: string; activity?: string },
) {
  await sql`
    insert into outbox (id, conversation_key, reference, activity, kind, status, attempts, next_attempt_at, last_error, sent_activity_id, created_at, request_id, recipient_id, replaces_activity_id, claim)
    values (${row.id}, ${`conv-${row.recipient}`}, ${reference(row.recipient)}, ${row.activity ?? '{}'}, ${row.kind}, ${row.status}, ${row.attempts}, ${AT}, null, ${row.sentActivityId ?? null}, ${AT}, ${row.requestId}, ${row.recipient}, ${row.replaces ?? null}, null)`.execute(
    db,
  );
}

for (const target of storeTargets()) {
  describe(`upgrading a database made with the schema before card copies had their own table, on ${target.name}`, function () {
    this.timeout(60_000);
    let db: Db;
    beforeEach(async () => {
      db = await target.open(RECORDED_BEFORE.at(-1));
      await oldOutboxRow(db, { id: 'o-delivered', kind: 'request-card', status: 'sent', attempts: 1, recipient: 'contact-1', requestId: 'req-1', sentActivityId: 'act-1' });
      await oldOutboxRow(db, { id: 'o-update', kind: 'request-card-update', status: 'pending', attempts: 0, recipient: 'contact-1', requestId: 'req-1', replaces: 'act-1', activity: '{"v":2}' });
      await oldOutboxRow(db, { id: 'o-waiting', kind: 'request-card', status: 'pending', attempts: 0, recipient: 'contact-2', requestId: 'req-1', activity: '{"v":1}' });
      await oldOutboxRow(db, { id: 'o-acted-on', kind: 'request-card', status: 'sent', attempts: 0, recipient: 'staff', requestId: 'req-1', sentActivityId: 'card-of-sanne' });
      await oldOutboxRow(db, { id: 'o-breach', kind: 'breach-card', status: 'sent', attempts: 2, recipient: 'officer', requestId: 'breach-1', sentActivityId: 'act-b' });
      await oldOutboxRow(db, { id: 'o-notice', kind: 'request-notice', status: 'pending', attempts: 0, recipient: 'contact-1', requestId: null, activity: '{"text":"herinnering"}' });
      await migrate(db);
    });
    afterEach(() => db.destroy());

    it('carries every copy over with its reader, its delivered activity and the message still queued for it', async () => {
      const copies = await db.selectFrom('card_copies').select(['record_kind', 'record_id', 'recipient_id', 'activity_id', 'outbox_id']).orderBy('recipient_id').execute();
      assert.deepEqual(copies, [
        { record_kind: 'request', record_id: 'req-1', recipient_id: 'contact-1', activity_id: 'act-1', outbox_id: 'o-update' },
        { record_kind: 'request', record_id: 'req-1', recipient_id: 'contact-2', activity_id: null, outbox_id: 'o-waiting' },
        { record_kind: 'breach', record_id: 'breach-1', recipient_id: 'officer', activity_id: 'act-b', outbox_id: 'o-breach' },
        { record_kind: 'request', record_id: 'req-1', recipient_id: 'staff', activity_id: 'card-of-sanne', outbox_id: null },
      ]);
      const reference = await db.selectFrom('card_copies').select('reference').where('recipient_id', '=', 'staff').executeTakeFirstOrThrow();
      assert.equal(JSON.parse(reference.reference).conversation.id, 'conv-staff');
    });

    it('leaves in the outbox only messages that were or are to be delivered, without a record id', async () => {
      const ids = (await db.selectFrom('outbox').select('id').orderBy('id').execute()).map((r) => r.id);
      assert.deepEqual(ids, ['o-breach', 'o-delivered', 'o-notice', 'o-update', 'o-waiting']);
      const columns = (await db.introspection.getTables()).find((t) => t.name === 'outbox')!.columns.map((c) => c.name);
      assert.ok(!columns.includes('request_id'), columns.join(', '));
    });

    it('redraws the carried-over copies in place: queued messages rewritten, a delivered card replaced once', async () => {
      await db.transaction().execute((trx) => rebuildCardCopies(trx, { kind: 'request', id: 'req-1' }, (recipientId) => ({ for: recipientId }), AT));
      const rows = await db.selectFrom('outbox').select(['id', 'kind', 'activity', 'replaces_activity_id', 'recipient_id']).where('status', '=', 'pending').orderBy('recipient_id').execute();
      const card = (activity: string) => (JSON.parse(activity) as { attachments: { content: unknown }[] }).attachments[0]!.content;
      assert.deepEqual(
        rows.filter((r) => r.kind !== 'request-notice').map((r) => ({ to: r.recipient_id, card: card(r.activity), replaces: r.replaces_activity_id, rewritten: r.id.startsWith('o-') })),
        [
          { to: 'contact-1', card: { for: 'contact-1' }, replaces: 'act-1', rewritten: true },
          { to: 'contact-2', card: { for: 'contact-2' }, replaces: null, rewritten: true },
          { to: 'staff', card: { for: 'staff' }, replaces: 'card-of-sanne', rewritten: false },
        ],
      );
    });
  });
}
