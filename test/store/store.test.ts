import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { verifyChain } from '../../src/requests/audit-chain';
import type { Transaction } from 'kysely';
import { withoutDiskWait, type Database, type Db } from '../../src/store/database';
import { sqlStore, type Store } from '../../src/store/sql-store';
import { openTransactionThatRollsBack, storeTargets } from './targets';

for (const target of storeTargets()) {
  describe(`the store on ${target.name}`, () => {
    let db: Db;
    let store: Store;
    beforeEach(async () => {
      db = await target.open();
      store = sqlStore(db);
    });
    afterEach(() => store.close());

    it('keeps a profile and replaces it on change', async () => {
      assert.equal(await store.getProfile('u1'), undefined);
      await store.setProfile('u1', { party: 'politie', unit: 'amsterdam' }, '2026-11-23T10:00:00Z');
      await store.setProfile('u1', { party: 'blijf-groep' }, '2026-11-23T10:01:00Z');
      assert.deepEqual(await store.getProfile('u1'), { party: 'blijf-groep' });
    });

    it('keeps the latest conversation reference per user', async () => {
      await store.saveReference('u1', { conversation: { id: 'c1' } as never, serviceUrl: 'https://smba.trafficmanager.net/emea/' }, '2026-11-23T10:00:00Z');
      await store.saveReference('u1', { conversation: { id: 'c2' } as never, serviceUrl: 'https://smba.trafficmanager.net/emea/' }, '2026-11-23T10:01:00Z');
      assert.equal((await store.getReference('u1'))?.conversation?.id, 'c2');
    });

    it('sees a replayed activity id once', async () => {
      assert.equal(await store.markProcessed('act-1', '2026-11-23T10:00:00Z'), true);
      assert.equal(await store.markProcessed('act-1', '2026-11-23T10:00:01Z'), false);
    });

    it('still knows a processed id after a restart, once the marks waiting with the question counts are written', async () => {
      assert.equal(await store.markProcessed('act-restart', '2026-11-23T10:00:00Z'), true);
      await store.flushQuestions();
      const restarted = sqlStore(db);
      assert.equal(await restarted.markProcessed('act-restart', '2026-11-23T10:00:05Z'), false);
    });

    it('forgets processed ids older than the cutoff, so they count as new again, and keeps newer ones', async () => {
      await store.markProcessed('conv/old', '2026-10-01T10:00:00Z');
      await store.markProcessed('conv/new', '2026-11-20T10:00:00Z');
      assert.equal(await store.forgetProcessedBefore('2026-10-24T00:00:00Z', 'welcome/'), 1);
      assert.equal(await store.markProcessed('conv/old', '2026-11-23T10:00:00Z'), true);
      assert.equal(await store.markProcessed('conv/new', '2026-11-23T10:00:00Z'), false);
    });

    it('keeps processed ids with the kept prefix however old they are', async () => {
      await store.markProcessed('welcome/conv-1', '2025-01-01T10:00:00Z');
      assert.equal(await store.forgetProcessedBefore('2026-10-24T00:00:00Z', 'welcome/'), 0);
      assert.equal(await store.markProcessed('welcome/conv-1', '2026-11-23T10:00:00Z'), false);
    });

    it('forgets more old processed ids than fit in one slice', async () => {
      await Promise.all(Array.from({ length: 12_000 }, (_, i) => store.markProcessed(`conv/bulk-${i}`, '2026-09-01T10:00:00Z')));
      assert.equal(await store.forgetProcessedBefore('2026-10-24T00:00:00Z', 'welcome/'), 12_000);
      assert.equal(await store.markProcessed('conv/bulk-11999', '2026-11-23T10:00:00Z'), true);
    });

    it('tells each of many ids arriving together whether it is new, a repeat within them counting once', async () => {
      await store.markProcessed('act-old', '2026-11-23T10:00:00Z');
      const ids = [...Array.from({ length: 150 }, (_, i) => `act-many-${i}`), 'act-old', 'act-many-7'];
      const fresh = await Promise.all(ids.map((id) => store.markProcessed(id, '2026-11-23T10:00:01Z')));
      assert.deepEqual(fresh, [...Array.from({ length: 150 }, () => true), false, false]);
    });

    it('records a processed id outside a transaction that is open at the same moment', async () => {
      const { release, rolledBack } = await openTransactionThatRollsBack(db);
      const marked = store.markProcessed('act-tx', '2026-11-23T10:00:00Z');
      await new Promise((resolve) => setTimeout(resolve, 20));
      release();
      assert.equal(await rolledBack, 'rolled back');
      assert.equal(await marked, true);
      assert.equal(await store.getProfile('u-tx'), undefined, 'the transaction was rolled back');
      assert.equal(await store.markProcessed('act-tx', '2026-11-23T10:00:01Z'), false, 'the mark was not rolled back with it');
    });

    it('stores each counted question (organisation, verdict, categories, purpose) when flushed', async () => {
      await store.recordQuestion({ at: '2026-11-23T10:00:00Z', party: { party: 'politie', unit: 'amsterdam' }, verdict: 'conditional', data: ['naw', 'contactgegevens'], purpose: 'risicotaxatie' });
      await store.recordQuestion({ at: '2026-11-23T10:00:01Z', party: { party: 'blijf-groep' }, verdict: 'incomplete', data: [], purpose: null });
      await store.flushQuestions();
      const rows = await db.selectFrom('question_log').select(['at', 'party', 'verdict', 'data', 'purpose']).orderBy('at').execute();
      assert.deepEqual(rows, [
        { at: '2026-11-23T10:00:00Z', party: 'politie:amsterdam', verdict: 'conditional', data: 'naw,contactgegevens', purpose: 'risicotaxatie' },
        { at: '2026-11-23T10:00:01Z', party: 'blijf-groep', verdict: 'incomplete', data: '', purpose: null },
      ]);
    });

    it('stores every counted question when the batch fills up before the timer (200) and the rest after', async () => {
      for (let i = 0; i < 250; i++) await store.recordQuestion({ at: `2026-11-23T10:00:00.${String(i).padStart(3, '0')}Z`, party: { party: 'om' }, verdict: 'allowed', data: ['naw'], purpose: null });
      await store.flushQuestions();
      const rows = await db.selectFrom('question_log').select('at').orderBy('at').execute();
      assert.equal(rows.length, 250);
      assert.equal(rows[249]!.at, '2026-11-23T10:00:00.249Z');
    });

    it('records question counts outside a transaction that is open at the same moment', async () => {
      const { release, rolledBack } = await openTransactionThatRollsBack(db);
      await store.recordQuestion({ at: '2026-11-23T10:00:00Z', party: { party: 'om' }, verdict: 'allowed', data: ['naw'], purpose: 'opsporing' });
      const flushed = store.flushQuestions();
      await new Promise((resolve) => setTimeout(resolve, 20));
      release();
      assert.equal(await rolledBack, 'rolled back');
      await flushed;
      assert.equal(await store.getProfile('u-tx'), undefined, 'the transaction was rolled back');
      const counted = await db.selectFrom('question_log').select('verdict').execute();
      assert.deepEqual(counted, [{ verdict: 'allowed' }], 'the count was not rolled back with it');
    });

    it('waits for the disk again after recording processed ids without waiting', async () => {
      const durability = async (executor: Db | Transaction<Database>) =>
        target.name === 'SQLite'
          ? String((await sql<{ synchronous: number }>`pragma synchronous`.execute(executor)).rows[0]!.synchronous)
          : (await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(executor)).rows[0]!.synchronous_commit;
      const during = await withoutDiskWait(db, (trx) => durability(trx));
      assert.equal(during, target.name === 'SQLite' ? '1' : 'off', 'relaxed inside');
      await Promise.all([store.markProcessed('act-a', '2026-11-23T10:00:00Z'), store.markProcessed('act-b', '2026-11-23T10:00:00Z')]);
      assert.equal(await durability(db), target.name === 'SQLite' ? '2' : 'on', 'FULL / on afterwards, for requests and the audit log');
    });

    it('appends to the audit log as a chain that verifies', async () => {
      for (let i = 0; i < 5; i++) await store.appendAudit('profile.set', { party: 'politie', n: i }, `2026-11-23T10:0${i}:00Z`);
      assert.deepEqual(verifyChain(await store.readAudit()), { ok: true, entries: 5 });
    });

    it('keeps one chain when appends race', async () => {
      await Promise.all(Array.from({ length: 20 }, (_, i) => store.appendAudit('race', { i }, `2026-11-23T10:00:${String(i).padStart(2, '0')}Z`)));
      const entries = await store.readAudit();
      assert.equal(entries.length, 20);
      assert.deepEqual(verifyChain(entries), { ok: true, entries: 20 });
    });

    it('lets verification name the audit row edited in the database', async () => {
      for (let i = 0; i < 3; i++) await store.appendAudit('request.decided', { verdict: 'approved', i }, `2026-11-23T10:0${i}:00Z`);
      await sql`update audit_log set data = ${JSON.stringify({ verdict: 'denied', i: 1 })} where seq = 2`.execute(db);
      const check = verifyChain(await store.readAudit());
      assert.equal(check.ok, false);
      assert.equal(!check.ok && check.seq, 2);
    });
  });
}
