// The requests service on both databases: concurrent decisions, deadlines, late routing and the purge.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sql } from 'kysely';
import { answer } from '../../src/ask/answer';
import { makeDirectory, type Person } from '../../src/directory/directory';
import { verifyChain } from '../../src/requests/audit-chain';
import { fileable } from '../../src/requests/filing';
import { RequestService } from '../../src/requests/service';
import { loadRules } from '../../src/rules/load';
import type { Db } from '../../src/store/database';
import { sqlStore } from '../../src/store/sql-store';
import { storeTargets } from './targets';

const rules = loadRules();
const people: Person[] = [
  { aadObjectId: 'staff-blijf', name: 'Sanne', party: { party: 'blijf-groep' }, roles: ['staff'] },
  { aadObjectId: 'contact-1', name: 'Ruben', party: { party: 'politie', unit: 'amsterdam' }, roles: ['contact'] },
  { aadObjectId: 'contact-2', name: 'Noor', party: { party: 'politie', unit: 'amsterdam' }, roles: ['contact'] },
  { aadObjectId: 'manager-police', name: 'Eva', party: { party: 'politie', unit: 'amsterdam' }, roles: ['manager'] },
  { aadObjectId: 'privacy-blijf', name: 'Joost', party: { party: 'blijf-groep' }, roles: ['privacy-officer'] },
];
const reference = (user: string) => ({ conversation: { id: `conv-${user}` } as never, user: { id: `29:${user}`, name: 'x' }, serviceUrl: 'https://smba.trafficmanager.net/emea/', locale: 'nl-NL' });

class Clock {
  constructor(public iso = '2026-11-23T09:00:00.000Z') {}
  now = () => this.iso;
  today = () => this.iso.slice(0, 10);
}

const decision = (date: string) =>
  answer({ question: 'Mag de politie Amsterdam ons de geweldsincidenten van de pleger geven voor de risicotaxatie?', as: { party: 'blijf-groep' } }, rules, date).decision;

let filings = 0;
async function fileOne(service: RequestService, clock: Clock) {
  const d = decision(clock.today());
  const parties = fileable(d, { party: 'blijf-groep' })!;
  const { request } = await service.file({
    activityKey: `file-${++filings}`,
    requesterId: 'staff-blijf',
    requesterParty: { party: 'blijf-groep' },
    decision: d,
    discloser: parties.discloser,
    recipient: parties.recipient,
    fields: { caseRef: `BG-${filings}`, urgency: 'normaal', delivery: 'schriftelijk', necessity: 'Voor de risicotaxatie.' },
  });
  return request;
}

const kinds = async (db: Db) => (await db.selectFrom('outbox').select('kind').orderBy('created_at').execute()).map((r) => r.kind);

for (const target of storeTargets()) {
  describe(`disclosure requests on ${target.name}`, function () {
    this.timeout(180_000);
    let db: Db;
    let clock: Clock;
    let service: RequestService;
    beforeEach(async () => {
      db = await target.open();
      clock = new Clock();
      service = new RequestService({ db, rules, directory: makeDirectory(people), now: clock.now, today: clock.today });
      const store = sqlStore(db);
      for (const id of ['staff-blijf', 'contact-1', 'contact-2', 'manager-police', 'privacy-blijf']) await store.saveReference(id, reference(id), clock.now());
    });
    afterEach(() => db.destroy());

    it('leaves exactly one winner in 1,000 generated races of two contacts deciding at once', async () => {
      let races = 0;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('approve', 'deny'), fc.constantFrom('approve', 'deny'), fc.boolean(), async (a, b, bFirst) => {
          races++;
          const request = await fileOne(service, clock);
          const act = (who: string, what: string) => service.act(request.id, what === 'approve' ? { kind: 'approve' } : { kind: 'deny', reason: 'niet nodig' }, who, `${who}-${request.id}`);
          const results = bFirst ? await Promise.all([act('contact-2', b), act('contact-1', a)]) : await Promise.all([act('contact-1', a), act('contact-2', b)]);
          const winners = results.filter((r) => r.ok);
          assert.equal(winners.length, 1);
          const loser = results.find((r) => !r.ok)!;
          assert.equal(loser.ok === false && loser.refusal, 'already_decided');
          const stored = (await service.get(request.id))!;
          const winner = winners[0]!.ok ? winners[0]!.request : undefined;
          assert.equal(stored.state, winner!.state);
          assert.equal(stored.decidedBy, winner!.decidedBy);
          const decided = await db.selectFrom('audit_log').select('kind').where('data', 'like', `%${request.id}%`).where('kind', 'in', ['request.approved', 'request.denied']).execute();
          assert.equal(decided.length, 1);
        }),
        { numRuns: 1000 },
      );
      assert.equal(races, 1000);
      const check = verifyChain(await sqlStore(db).readAudit());
      assert.ok(check.ok, JSON.stringify(check));
    });

    it('reminds the contacts after five working days and tells the manager after ten, each once', async () => {
      const request = await fileOne(service, clock); // Monday 23 November 2026
      clock.iso = '2026-11-27T09:00:00.000Z';
      assert.deepEqual(await service.runDeadlines(), { reminded: 0, escalated: 0 });
      clock.iso = '2026-11-30T09:00:00.000Z';
      assert.deepEqual(await service.runDeadlines(), { reminded: 1, escalated: 0 });
      assert.deepEqual(await service.runDeadlines(), { reminded: 0, escalated: 0 });
      clock.iso = '2026-12-07T09:00:00.000Z';
      assert.deepEqual(await service.runDeadlines(), { reminded: 0, escalated: 1 });
      assert.deepEqual(await service.runDeadlines(), { reminded: 0, escalated: 0 });
      const escalations = await db.selectFrom('outbox').select('conversation_key').where('kind', '=', 'request-escalation').execute();
      assert.deepEqual(
        escalations.map((e) => e.conversation_key),
        ['conv-manager-police'],
      );
      const audit = (await sqlStore(db).readAudit()).filter((e) => e.data.requestId === request.id).map((e) => e.kind);
      assert.deepEqual(audit, ['request.filed', 'request.reminded', 'request.escalated']);
    });

    it('does not remind about a decided request', async () => {
      const request = await fileOne(service, clock);
      await service.act(request.id, { kind: 'approve' }, 'contact-1', 'approve-1');
      clock.iso = '2026-12-31T09:00:00.000Z';
      assert.deepEqual(await service.runDeadlines(), { reminded: 0, escalated: 0 });
    });

    it('keeps a request nobody can receive, alerts the privacy officer, and routes it when a contact shows up', async () => {
      await db.deleteFrom('conversation_refs').where('user_id', 'in', ['contact-1', 'contact-2']).execute();
      const request = await fileOne(service, clock);
      assert.deepEqual(await kinds(db), ['routing-alert']);
      assert.equal((await service.get(request.id))!.state, 'pending');
      await sqlStore(db).saveReference('contact-1', reference('contact-1'), clock.now());
      assert.equal(await service.deliverWaiting('contact-1'), 1);
      assert.equal(await service.deliverWaiting('contact-1'), 0, 'once');
      const card = await db.selectFrom('outbox').select(['conversation_key', 'kind']).where('kind', '=', 'request-card').execute();
      assert.deepEqual(card, [{ conversation_key: 'conv-contact-1', kind: 'request-card' }]);
    });

    it('forgets the card copies of a purged request and the messages still queued for them', async () => {
      clock.iso = '2022-10-03T09:00:00.000Z';
      const old = await fileOne(service, clock);
      clock.iso = '2026-11-23T09:00:00.000Z';
      const recent = await fileOne(service, clock);
      clock.iso = '2033-01-10T09:00:00.000Z';
      await service.purge();
      const copies = await db.selectFrom('card_copies').select(['record_id', 'outbox_id']).execute();
      assert.deepEqual([...new Set(copies.map((c) => c.record_id))], [recent.id]);
      const queued = (await db.selectFrom('outbox').select('id').where('kind', '=', 'request-card').execute()).map((r) => r.id).sort();
      assert.deepEqual(queued, copies.map((c) => c.outbox_id).sort(), `nothing left of ${old.id}`);
    });

    it('purges requests and audit entries past ten years, records the purge, and the chain still verifies', async () => {
      clock.iso = '2022-10-03T09:00:00.000Z';
      const old = await fileOne(service, clock);
      await service.act(old.id, { kind: 'approve' }, 'contact-1', 'old-approve');
      clock.iso = '2026-11-23T09:00:00.000Z';
      const recent = await fileOne(service, clock);
      clock.iso = '2033-01-10T09:00:00.000Z'; // more than ten years after the first request
      const result = await service.purge();
      assert.deepEqual(result, { requests: 1, auditEntries: 2 });
      assert.equal(await service.get(old.id), undefined);
      assert.ok(await service.get(recent.id));
      const store = sqlStore(db);
      const entries = await store.readAudit();
      assert.equal(entries.at(-1)!.kind, 'records.purged');
      assert.ok(verifyChain(entries, await store.readAuditAnchor()).ok);
      await service.act(recent.id, { kind: 'approve' }, 'contact-1', 'recent-approve');
      assert.ok(verifyChain(await store.readAudit(), await store.readAuditAnchor()).ok, 'appends continue the chain');
      assert.deepEqual(await service.purge(), { requests: 0, auditEntries: 0 }, 'nothing more to purge');
      await sql`update audit_anchor set seq = seq - 1`.execute(db);
      assert.equal(verifyChain(await store.readAudit(), await store.readAuditAnchor()).ok, false, 'a moved anchor is caught');
    });
  });
}
