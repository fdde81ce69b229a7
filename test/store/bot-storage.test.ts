// The turn-state storage behaves like botbuilder's MemoryStorage, on both databases.
import assert from 'node:assert/strict';
import { MemoryStorage, type Storage } from 'botbuilder';
import { SqlStorage } from '../../src/store/bot-storage';
import type { Db } from '../../src/store/database';
import { storeTargets } from './targets';

const suites: { name: string; make: () => Promise<{ storage: Storage; close: () => Promise<void> }> }[] = [
  { name: "botbuilder's MemoryStorage (the reference)", make: async () => ({ storage: new MemoryStorage(), close: async () => undefined }) },
  ...storeTargets().map((t) => ({
    name: `SqlStorage on ${t.name}`,
    make: async () => {
      const db: Db = await t.open();
      return { storage: new SqlStorage(db), close: () => db.destroy() };
    },
  })),
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
