// The turn-state storage behaves like botbuilder's MemoryStorage, on both databases.
import assert from 'node:assert/strict';
import { MemoryStorage, type Storage } from 'botbuilder';
import { SqlStorage } from '../../src/store/bot-storage';
import type { Db } from '../../src/store/database';
import { openTransactionThatRollsBack, sqliteTarget, storeTargets } from './targets';

const suites: { name: string; make: () => Promise<{ storage: Storage; close: () => Promise<void> }> }[] = [
  { name: "botbuilder's MemoryStorage (the reference)", make: async () => ({ storage: new MemoryStorage(), close: async () => undefined }) },
  ...storeTargets().map((t) => ({
    name: `SqlStorage on ${t.name}`,
    make: async () => {
      const db: Db = await t.open();
      return { storage: new SqlStorage(db), close: () => db.destroy() };
    },
  })),
  {
    name: 'SqlStorage on SQLite as the sole writer (holds what it read and wrote)',
    make: async () => {
      const db: Db = await sqliteTarget.open();
      return { storage: new SqlStorage(db, { soleWriter: true }), close: () => db.destroy() };
    },
  },
];

for (const suite of suites) {
  describe(suite.name, () => {
    let storage: Storage;
    let close: () => Promise<void>;
    beforeEach(async () => ({ storage, close } = await suite.make()));
    afterEach(() => close());

    it('reads back what was written, with an eTag', async () => {
      await storage.write({ a: { count: 1 } });
      const read = await storage.read(['a', 'missing']);
      assert.equal(read.a.count, 1);
      assert.ok(read.a.eTag);
      assert.equal(read.missing, undefined);
    });

    it('accepts a write with the current eTag and refuses a stale one', async () => {
      await storage.write({ a: { count: 1 } });
      const first = (await storage.read(['a'])).a;
      await storage.write({ a: { ...first, count: 2 } });
      await assert.rejects(storage.write({ a: { ...first, count: 3 } }));
      assert.equal((await storage.read(['a'])).a.count, 2);
    });

    it('always accepts "*" and a write without an eTag', async () => {
      await storage.write({ a: { count: 1 } });
      await storage.write({ a: { count: 2, eTag: '*' } });
      await storage.write({ a: { count: 3 } });
      assert.equal((await storage.read(['a'])).a.count, 3);
    });

    it('deletes', async () => {
      await storage.write({ a: { count: 1 }, b: { count: 2 } });
      await storage.delete(['a']);
      assert.deepEqual(Object.keys(await storage.read(['a', 'b'])), ['b']);
    });
  });
}

describe('SqlStorage as the sole writer', () => {
  let db: Db;
  let storage: SqlStorage;
  beforeEach(async () => {
    db = await sqliteTarget.open();
    storage = new SqlStorage(db, { soleWriter: true });
  });
  afterEach(() => db.destroy());

  const changeBehindItsBack = (key: string, count: number) =>
    db
      .updateTable('bot_state')
      .set({ value: JSON.stringify({ count }) })
      .where('key', '=', key)
      .execute();

  it('answers a key it has read again from memory, not from the database', async () => {
    await storage.write({ a: { count: 1 } });
    await storage.read(['a']);
    await changeBehindItsBack('a', 9);
    assert.equal((await storage.read(['a'])).a.count, 1);
  });

  it('remembers that a key has no row until it writes one', async () => {
    assert.deepEqual(await storage.read(['a']), {});
    await db.insertInto('bot_state').values({ key: 'a', value: '{"count":9}', etag: 'behind' }).execute();
    assert.deepEqual(await storage.read(['a']), {});
    await storage.write({ a: { count: 2 } });
    assert.equal((await storage.read(['a'])).a.count, 2);
  });

  it('gives a fresh object on every read, so a caller changing it changes nothing held', async () => {
    await storage.write({ a: { count: 1, list: [1] } });
    const first = await storage.read(['a']);
    first.a.count = 5;
    first.a.list.push(2);
    assert.deepEqual((await storage.read(['a'])).a.list, [1]);
    assert.equal((await storage.read(['a'])).a.count, 1);
  });

  it('forgets a key whose write failed, and reads it from the database next time', async () => {
    await storage.write({ a: { count: 1 } });
    const stale = (await storage.read(['a'])).a;
    await storage.write({ a: { ...stale, count: 2 } });
    await changeBehindItsBack('a', 7);
    await assert.rejects(storage.write({ a: { ...stale, count: 3 } }));
    assert.equal((await storage.read(['a'])).a.count, 7);
  });

  it('holds a deleted key as absent', async () => {
    await storage.write({ a: { count: 1 } });
    await storage.delete(['a']);
    await db.insertInto('bot_state').values({ key: 'a', value: '{"count":9}', etag: 'behind' }).execute();
    assert.deepEqual(await storage.read(['a']), {});
  });

  it('a read and a write of the same key under way together leave the written row held', async () => {
    // An open transaction sends both through Kysely's queue: the read is answered before the write commits.
    const { release, rolledBack } = await openTransactionThatRollsBack(db);
    const read = storage.read(['a']);
    const write = storage.write({ a: { count: 2 } });
    release();
    await rolledBack;
    assert.deepEqual(await read, {});
    await write;
    assert.equal((await storage.read(['a'])).a.count, 2);
  });
});
