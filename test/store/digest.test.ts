// The digest on both databases: once per manager and week under concurrent runs, and a missed run
// caught up once at start-up.
import assert from 'node:assert/strict';
import { makeDirectory, type Person } from '../../src/directory/directory';
import { scheduleDigests } from '../../src/digest/schedule';
import { DigestService } from '../../src/digest/service';
import { loadRules } from '../../src/rules/load';
import type { Db } from '../../src/store/database';
import { sqlStore } from '../../src/store/sql-store';
import { storeTargets } from './targets';

const rules = loadRules();
const people: Person[] = [
  { aadObjectId: 'manager-blijf', name: 'Karin', party: { party: 'blijf-groep' }, roles: ['manager'] },
  { aadObjectId: 'manager-away', name: 'Piet', party: { party: 'blijf-groep' }, roles: ['manager'] },
  { aadObjectId: 'privacy-blijf', name: 'Joost', party: { party: 'blijf-groep' }, roles: ['privacy-officer'] },
];
const reference = (user: string) => ({ conversation: { id: `conv-${user}` } as never, user: { id: `29:${user}`, name: 'x' }, serviceUrl: 'https://smba.trafficmanager.net/emea/', locale: 'nl-NL' });
const outbox = (db: Db) => db.selectFrom('outbox').select(['kind', 'conversation_key']).orderBy('conversation_key').execute();

for (const target of storeTargets()) {
  describe(`the weekly digest on ${target.name}`, () => {
    let db: Db;
    let service: DigestService;
    let now = '2026-11-30T07:30:00.000Z'; // Monday 30 November, 08:30 in Amsterdam
    beforeEach(async () => {
      db = await target.open();
      now = '2026-11-30T07:30:00.000Z';
      service = new DigestService({ db, rules, directory: makeDirectory(people), now: () => now, today: () => now.slice(0, 10) });
      const store = sqlStore(db);
      for (const id of ['manager-blijf', 'privacy-blijf']) await store.saveReference(id, reference(id), now);
    });
    afterEach(() => db.destroy());

    it('sends each manager one digest per week, also when runs overlap', async () => {
      const runs = await Promise.all([service.send('2026-W48'), service.send('2026-W48'), service.send('2026-W48')]);
      assert.equal(
        runs.reduce((n, r) => n + r.sent.length, 0),
        1,
      );
      const kinds = await outbox(db);
      assert.deepEqual(kinds, [
        { kind: 'digest', conversation_key: 'conv-manager-blijf' },
        { kind: 'digest-unreachable', conversation_key: 'conv-privacy-blijf' },
      ]);
      assert.deepEqual(runs[0]!.unreachable, ['manager-away']);
    });

    it('catches up a missed Monday run once at start-up, and not before the run was due', async () => {
      now = '2026-11-30T06:30:00.000Z'; // 07:30 in Amsterdam: the 08:00 run is not due yet
      const early = scheduleDigests(
        service,
        '0 8 * * 1',
        () => undefined,
        () => new Date(now),
      );
      await early.catchUp;
      early.stop();
      assert.equal((await outbox(db)).length, 0);
      now = '2026-12-02T10:00:00.000Z'; // Wednesday: the bot was down on Monday
      for (let start = 0; start < 2; start++) {
        const schedule = scheduleDigests(
          service,
          '0 8 * * 1',
          () => undefined,
          () => new Date(now),
        );
        await schedule.catchUp;
        schedule.stop();
      }
      const digests = await db.selectFrom('digest_sent').selectAll().where('manager_id', '=', 'manager-blijf').execute();
      assert.deepEqual(
        digests.map((d) => d.week),
        ['2026-W48'],
      );
    });
  });
}
