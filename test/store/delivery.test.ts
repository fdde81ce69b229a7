// The delivery shell on both databases: what the services decide becomes, in the record's transaction,
// each recipient's card in that recipient's language, copies in card_copies, messages in the outbox.
import assert from 'node:assert/strict';
import { answer } from '../../src/ask/answer';
import { makeDirectory, type Person } from '../../src/directory/directory';
import { REQUEST_MESSAGES } from '../../src/i18n/request-messages';
import { fileable } from '../../src/requests/filing';
import { displayId } from '../../src/requests/request';
import { RequestService } from '../../src/requests/service';
import { loadRules } from '../../src/rules/load';
import type { Db } from '../../src/store/database';
import { OutboxSender } from '../../src/store/outbox';
import { sqlStore } from '../../src/store/sql-store';
import { storeTargets } from './targets';

const rules = loadRules();
const police = { party: 'politie', unit: 'amsterdam' } as const;
const people: Person[] = [
  { aadObjectId: 'staff-blijf', name: 'Sanne', party: { party: 'blijf-groep' }, roles: ['staff'] },
  { aadObjectId: 'contact-en', name: 'Ruben', party: police, roles: ['contact'] },
  { aadObjectId: 'contact-nl', name: 'Noor', party: police, roles: ['contact'] },
];
const reference = (user: string) => ({ conversation: { id: `conv-${user}` } as never, user: { id: `29:${user}`, name: 'x' }, serviceUrl: 'https://smba.trafficmanager.net/emea/', locale: 'nl-NL' });
const NOW = '2026-11-23T09:00:00.000Z';
const decision = answer({ question: 'Mag de politie Amsterdam ons de geweldsincidenten van de pleger geven voor de risicotaxatie?', as: { party: 'blijf-groep' } }, rules, NOW.slice(0, 10)).decision;
const cardIn = (activity: string) => (JSON.parse(activity) as { attachments: { content: unknown }[] }).attachments[0]!.content;

for (const target of storeTargets()) {
  describe(`the delivery shell on ${target.name}`, function () {
    this.timeout(60_000);
    let db: Db;
    let clock: string;
    let service: RequestService;
    beforeEach(async () => {
      db = await target.open();
      clock = NOW;
      service = new RequestService({ db, rules, directory: makeDirectory(people), now: () => clock, today: () => clock.slice(0, 10) });
      const store = sqlStore(db);
      for (const person of people) await store.saveReference(person.aadObjectId, reference(person.aadObjectId), NOW);
      await store.setLanguage('contact-en', 'en');
    });
    afterEach(() => db.destroy());

    const file = (requesterCard?: { reference: ReturnType<typeof reference>; activityId: string }) => {
      const parties = fileable(decision, { party: 'blijf-groep' })!;
      return service.file({
        activityKey: `file-${Math.random()}`,
        requesterId: 'staff-blijf',
        requesterParty: { party: 'blijf-groep' },
        decision,
        ...parties,
        fields: { caseRef: 'BG-2026-0300', urgency: 'normaal', delivery: 'schriftelijk', necessity: 'Voor de risicotaxatie.' },
        requesterCard,
      });
    };
    const drain = async () => {
      const delivered: { to: string | undefined; replaces: string | undefined }[] = [];
      const sender = new OutboxSender(db, {
        deliver: async (ref, _activity, replaces) => (delivered.push({ to: ref.conversation?.id, replaces }), { id: replaces ?? `sent-${delivered.length}` }),
        onDeadLetter: async () => undefined,
        now: () => Date.parse(clock),
        random: () => 0.5,
      });
      await sender.drainOnce();
      return delivered;
    };

    it('sends each contact the card of the new request in that contact’s own language', async () => {
      const { request } = await file();
      const rows = await db.selectFrom('outbox').select(['recipient_id', 'activity']).where('kind', '=', 'request-card').orderBy('recipient_id').execute();
      assert.deepEqual(
        rows.map((r) => ({ to: r.recipient_id, card: cardIn(r.activity) })),
        [
          { to: 'contact-en', card: service.card(request, 'contact-en', '29:contact-en', 'en') },
          { to: 'contact-nl', card: service.card(request, 'contact-nl', '29:contact-nl', 'nl') },
        ],
      );
    });

    it('keeps the card the requester filed from as a copy, not as a message in the outbox', async () => {
      const { request } = await file({ reference: reference('staff-blijf'), activityId: 'card-of-sanne' });
      const copies = await db.selectFrom('card_copies').select(['recipient_id', 'activity_id', 'record_kind', 'record_id']).where('recipient_id', '=', 'staff-blijf').execute();
      assert.deepEqual(copies, [{ recipient_id: 'staff-blijf', activity_id: 'card-of-sanne', record_kind: 'request', record_id: request.id }]);
      assert.equal((await db.selectFrom('outbox').select('id').where('recipient_id', '=', 'staff-blijf').execute()).length, 0);
    });

    it('replaces every delivered copy in place after a decision, and sends the requester a new card', async () => {
      const { request } = await file({ reference: reference('staff-blijf'), activityId: 'card-of-sanne' });
      const first = await drain();
      assert.deepEqual(
        first.map((d) => d.replaces),
        [undefined, undefined],
      );
      await service.act(request.id, { kind: 'approve' }, 'contact-nl', 'approve-1');
      const second = await drain();
      const replaced = second
        .filter((d) => d.replaces)
        .map((d) => d.replaces)
        .sort();
      assert.deepEqual(replaced, ['card-of-sanne', 'sent-1', 'sent-2']);
      assert.deepEqual(
        second.filter((d) => !d.replaces).map((d) => d.to),
        ['conv-staff-blijf'],
      );
    });

    it('sends each contact the reminder in that contact’s own language', async () => {
      const { request } = await file();
      clock = '2026-11-30T09:00:00.000Z';
      await service.runDeadlines();
      const rows = await db.selectFrom('outbox').select(['recipient_id', 'activity']).where('kind', '=', 'request-notice').orderBy('recipient_id').execute();
      const texts = rows.map((r) => JSON.stringify(cardIn(r.activity)));
      assert.ok(texts[0]!.includes(REQUEST_MESSAGES.en.reminder(displayId(request.id), 5, 5)), texts[0]);
      assert.ok(texts[1]!.includes(REQUEST_MESSAGES.nl.reminder(displayId(request.id), 5, 5)), texts[1]);
    });
  });
}
