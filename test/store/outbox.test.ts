// The transactional outbox on both databases, with a fake clock and a fake connector.
import assert from 'node:assert/strict';
import type { Db } from '../../src/store/database';
import { CLAIM_MS, OutboxSender, enqueue, toSendError, type Deliver } from '../../src/store/outbox';
import { MAX_ATTEMPTS, backoffMs } from '../../src/store/outbox-policy';
import { storeTargets } from './targets';

const T0 = Date.parse('2026-11-23T10:00:00Z');
const at = (ms: number) => new Date(ms).toISOString();
const ref = (conversation: string) => ({ conversation: { id: conversation } as never, serviceUrl: 'https://smba.trafficmanager.net/emea/' });
const status = async (db: Db) => db.selectFrom('outbox').select(['status', 'attempts', 'sent_activity_id', 'kind']).orderBy('created_at').execute();

class Clock {
  ms = T0;
  now = () => this.ms;
}

for (const target of storeTargets()) {
  describe(`the outbox on ${target.name}`, () => {
    let db: Db;
    let clock: Clock;
    const dead: string[] = [];
    beforeEach(async () => {
      db = await target.open();
      clock = new Clock();
      dead.length = 0;
    });
    afterEach(() => db.destroy());

    const sender = (deliver: Deliver) => new OutboxSender(db, { deliver, onDeadLetter: async (m) => void dead.push(m.kind), now: clock.now, random: () => 0.5 });

    it('delivers a pending message once and keeps the activity id the connector returned', async () => {
      await enqueue(db, { reference: ref('c1'), activity: { type: 'message', text: 'hallo' }, kind: 'notify' }, at(T0));
      const calls: string[] = [];
      const s = sender(async (_r, a) => (calls.push(String(a.text)), { id: 'activity-1' }));
      assert.deepEqual(await s.drainOnce(), { sent: 1, retried: 0, dead: 0, paced: 0 });
      assert.deepEqual(await s.drainOnce(), { sent: 0, retried: 0, dead: 0, paced: 0 });
      assert.deepEqual(calls, ['hallo']);
      assert.equal((await status(db))[0]?.sent_activity_id, 'activity-1');
    });

    it('honours Retry-After on a 429 and loses nothing', async () => {
      await enqueue(db, { reference: ref('c1'), activity: { type: 'message' }, kind: 'notify' }, at(T0));
      let calls = 0;
      const s = sender(async () => {
        calls++;
        if (calls === 1) throw Object.assign(new Error('Too Many Requests'), { statusCode: 429, response: { status: 429, headers: { 'retry-after': '30' } } });
        return { id: 'ok' };
      });
      assert.equal((await s.drainOnce()).retried, 1);
      clock.ms = T0 + 29_000;
      assert.equal((await s.drainOnce()).sent, 0, 'not before Retry-After');
      clock.ms = T0 + 30_000;
      assert.equal((await s.drainOnce()).sent, 1);
      assert.equal(calls, 2);
    });

    it('dead-letters after the last attempt and alerts once', async () => {
      await enqueue(db, { reference: ref('c1'), activity: { type: 'message' }, kind: 'approval-card' }, at(T0));
      const s = sender(async () => {
        throw Object.assign(new Error('Bad Gateway'), { statusCode: 502 });
      });
      for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
        await s.drainOnce();
        clock.ms += 10 * 60_000;
      }
      const [row] = await status(db);
      assert.equal(row?.status, 'dead');
      assert.equal(row?.attempts, MAX_ATTEMPTS);
      assert.deepEqual(dead, ['approval-card']);
    });

    it('does not retry what cannot succeed, such as a 403', async () => {
      await enqueue(db, { reference: ref('c1'), activity: { type: 'message' }, kind: 'notify' }, at(T0));
      const s = sender(async () => {
        throw Object.assign(new Error('Forbidden'), { statusCode: 403 });
      });
      assert.equal((await s.drainOnce()).dead, 1);
      assert.deepEqual(dead, ['notify']);
    });

    it('delivers after a restart what was pending before it', async () => {
      await enqueue(db, { reference: ref('c1'), activity: { type: 'message' }, kind: 'notify' }, at(T0));
      await enqueue(db, { reference: ref('c2'), activity: { type: 'message' }, kind: 'notify' }, at(T0));
      const afterRestart = sender(async () => ({ id: 'x' }));
      assert.equal((await afterRestart.drainOnce()).sent, 2);
    });

    it('sends at most 7 messages per second to one conversation', async () => {
      for (let i = 0; i < 20; i++) await enqueue(db, { reference: ref('busy'), activity: { type: 'message', text: String(i) }, kind: 'notify' }, at(T0 + i));
      const times: number[] = [];
      const s = sender(async () => (times.push(clock.ms), { id: 'x' }));
      clock.ms = T0 + 100;
      while (times.length < 20 && clock.ms < T0 + 10_000) {
        await s.drainOnce();
        clock.ms += 100;
      }
      assert.equal(times.length, 20);
      for (const t of times) assert.ok(times.filter((u) => u > t - 1_000 && u <= t).length <= 7, `more than 7 in the second before ${t}`);
    });

    it('is drained by three senders at once without sending any message twice', async () => {
      for (let i = 0; i < 150; i++) await enqueue(db, { reference: ref(`c${i}`), activity: { type: 'message', text: `m${i}` }, kind: 'notify' }, at(T0));
      const delivered: string[] = [];
      const deliver: Deliver = async (_r, a) => {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
        delivered.push(String(a.text));
        return { id: String(a.text) };
      };
      const senders = [sender(deliver), sender(deliver), sender(deliver)];
      await Promise.all(
        senders.map(async (s) => {
          for (let round = 0; round < 20; round++) await s.drainOnce();
        }),
      );
      assert.equal(delivered.length, 150);
      assert.equal(new Set(delivered).size, 150);
      assert.ok((await status(db)).every((r) => r.status === 'sent'));
    });

    it('lets another sender take a claimed message once the claim lapses', async () => {
      await enqueue(db, { reference: ref('c1'), activity: { type: 'message' }, kind: 'notify' }, at(T0));
      const stuck = sender(() => new Promise(() => undefined)); // dies mid-send
      void stuck.drainOnce();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const other = sender(async () => ({ id: 'second' }));
      assert.equal((await other.drainOnce()).sent, 0, 'not while the claim holds');
      clock.ms = T0 + CLAIM_MS + 1;
      assert.equal((await other.drainOnce()).sent, 1);
    });

    it('sends a card rebuilt while it was on its way again, replacing what arrived', async () => {
      await enqueue(db, { reference: ref('c1'), activity: { type: 'message', text: 'old' }, kind: 'request-card' }, at(T0));
      const calls: [string, string | undefined][] = [];
      const s = sender(async (_r, a, replaces) => {
        calls.push([String(a.text), replaces]);
        if (a.text === 'old')
          await db
            .updateTable('outbox')
            .set({ activity: JSON.stringify({ type: 'message', text: 'new' }) })
            .where('status', '=', 'pending')
            .execute();
        return { id: 'activity-1' };
      });
      await s.drainOnce();
      await s.drainOnce();
      assert.deepEqual(calls, [
        ['old', undefined],
        ['new', 'activity-1'],
      ]);
    });

    it('writes nothing when the transaction it belongs to fails', async () => {
      await assert.rejects(
        db.transaction().execute(async (trx) => {
          await enqueue(trx, { reference: ref('c1'), activity: { type: 'message' }, kind: 'notify' }, at(T0));
          throw new Error('state change failed');
        }),
      );
      assert.deepEqual(await status(db), []);
    });
  });
}

describe('the outbox retry policy', () => {
  it('backs off exponentially with jitter, within bounds', () => {
    assert.ok(backoffMs(1, 0.99) <= 2_000);
    assert.ok(backoffMs(5, 0.99) <= 32_000);
    assert.ok(backoffMs(30, 0.99) <= 5 * 60_000);
    assert.ok(backoffMs(3, 0) >= 500);
  });

  it('reads the status and Retry-After from connector errors', () => {
    assert.deepEqual(toSendError({ statusCode: 429, response: { status: 429, headers: { get: (n: string) => (n === 'retry-after' ? '7' : null) } } }), { statusCode: 429, retryAfterMs: 7_000 });
    assert.deepEqual(toSendError(new Error('ECONNRESET')), { statusCode: undefined, retryAfterMs: undefined });
  });
});
