// Nobody acts as someone they are not (issue 16, failures 1 and 2), in development mode through the Bot
// Framework protocol: a self-chosen organisation only shapes answers, and an activity without
// from.aadObjectId acts for nobody.
import assert from 'node:assert/strict';
import { Harness, actionByVerb, cardOf, cardText, type User } from '../bot/harness';
import { filingFields, impersonator, policeManager, policeStaff, question, shelterContact, shelterOfficer, writeDirectory } from './people';

const now = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
  .format(new Date(Date.now() - 30 * 60_000))
  .split(' ');
const breachReport = {
  lang: 'nl',
  kind: 'lost_device',
  discoveredDate: now[0],
  discoveredTime: now[1],
  encrypted: 'no',
  parties: 'blijf-groep,politie:amsterdam',
  subjects: 'slachtoffer',
  data: 'naw',
  people: '2-10',
};

describe('who someone is, through the Bot Framework protocol', function () {
  this.timeout(60_000);
  const h = new Harness();
  const count = async (table: 'requests' | 'breaches' | 'outbox') =>
    Number(
      (
        await h.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    await h.start({ DIRECTORY_FILE: writeDirectory(), ALLOWED_TENANTS: 'tenant-demo' });
    for (const user of [shelterContact, shelterOfficer, policeStaff, policeManager, impersonator]) await h.install(user);
    await h.execute(impersonator, 'profile.save', { party: 'politie:amsterdam' });
  });
  after(() => h.stop());

  /** The "Verzoek indienen" data of a verified police colleague's card: what an impersonator would replay. */
  const filingData = async () => actionByVerb(cardOf((await h.say(policeStaff, question)).replies[0]), 'request.start')!.data!;

  async function file(user: User) {
    const data = await filingData();
    const form = await h.execute(user, 'request.start', data);
    const submit = actionByVerb(form.card, 'request.file');
    return h.execute(user, 'request.file', { ...(submit?.data ?? data), ...filingFields });
  }

  describe('an organisation the user chose themselves', () => {
    it('shapes the answer, which says it was chosen and not verified, and offers no request', async () => {
      const card = cardOf((await h.say(impersonator, question)).replies[0]);
      assert.match(cardText(card), /Mag onder voorwaarden/);
      assert.match(cardText(card), /Je koos zelf: politie-eenheid Amsterdam \(niet gecontroleerd\)/);
      assert.match(cardText(card), /Vraag je privacy officer je toe te voegen/);
      assert.equal(actionByVerb(card, 'request.start'), undefined);
    });

    it('files no request, even with a verified colleague’s filing data, and learns no contact person’s name', async () => {
      const before = await count('requests');
      const start = await h.execute(impersonator, 'request.start', await filingData());
      const filed = await file(impersonator);
      assert.match(cardText(filed.card), /alleen als je in de organisatielijst van Deelwijzer staat/);
      assert.equal(await count('requests'), before);
      const delivered = await h.drain();
      assert.equal(delivered.filter((s) => s.path.includes(`conv-${shelterContact.aadObjectId}`)).length, 0, 'the shelter’s contact got nothing');
      for (const reply of [start.card, filed.card, ...filed.replies.map(cardOf)]) assert.doesNotMatch(cardText(reply), new RegExp(shelterContact.name));
    });

    it('reports no data breach to other organisations, and says to go to the privacy officer', async () => {
      const before = { breaches: await count('breaches'), outbox: await count('outbox') };
      assert.match(cardText(cardOf((await h.say(impersonator, 'datalek')).replies[0])), /Meld het datalek nu zelf bij je privacy officer/);
      const res = await h.execute(impersonator, 'breach.report', breachReport);
      assert.match(cardText(res.card), /gaat niet naar andere organisaties/);
      assert.deepEqual({ breaches: await count('breaches'), outbox: await count('outbox') }, before);
    });

    it('does not count in that organisation’s digest; a verified colleague’s question does', async () => {
      const counted = async () => {
        await h.store().flushQuestions();
        return Number(
          (
            await h.db
              .selectFrom('question_log')
              .select((eb) => eb.fn.countAll().as('n'))
              .where('party', '=', 'politie:amsterdam')
              .executeTakeFirstOrThrow()
          ).n,
        );
      };
      const before = await counted();
      await h.say(impersonator, question);
      assert.equal(await counted(), before);
      await h.say(policeStaff, question);
      assert.equal(await counted(), before + 1);
    });
  });

  describe('a requester the directory lists', () => {
    it('files, and the approval card says who filed, from which organisation and how that was verified', async () => {
      const filed = await file(policeStaff);
      assert.match(cardText(filed.card), /Wacht op een beslissing/);
      const toContact = (await h.drain()).find((s) => s.path.includes(`conv-${shelterContact.aadObjectId}`));
      assert.ok(actionByVerb(cardOf(toContact), 'request.approve'), 'the contact can approve');
      assert.match(cardText(cardOf(toContact)), /Tom de Wit \(politie-eenheid Amsterdam\), volgens de organisatielijst van Deelwijzer/);
    });
  });

  describe('an activity without from.aadObjectId', () => {
    it('cannot approve as the person whose id it puts in from.id, nor take over how that person is reached', async () => {
      const requestId = actionByVerb((await file(policeStaff)).card, 'request.withdraw')!.data!.requestId as string;
      await h.drain();
      const forged = h.activity(shelterContact, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        replyToId: 'card-1',
        from: { id: shelterContact.aadObjectId, name: shelterContact.name },
        conversation: { id: 'conv-attacker', conversationType: 'personal', tenantId: 'tenant-demo' },
        value: { action: { type: 'Action.Execute', verb: 'request.approve', data: { requestId, lang: 'nl' } } },
      });
      const res = await h.post(forged);
      assert.equal(res.status, 200);
      assert.match(cardText((res.json as { value?: never }).value), /Deelwijzer weet niet wie je bent/);
      assert.equal((await h.requests.get(requestId))?.state, 'pending');
      assert.equal((await h.store().getReference(shelterContact.aadObjectId))?.conversation?.id, `conv-${shelterContact.aadObjectId}`);
    });

    it('may still ask a question, is told what needs a Teams account, and is stored under no id', async () => {
      const before = h.sent.length;
      const res = await h.post(h.activity(impersonator, { type: 'message', text: question, from: { id: '29:anonymous-sender', name: 'X' } }));
      assert.equal(res.status, 200);
      const card = cardOf(h.sent.slice(before)[0]);
      assert.match(cardText(card), /Nog even aanvullen/, 'the form asks who receives: the sender’s organisation is not known');
      assert.match(cardText(card), /Deelwijzer weet niet wie je bent/);
      assert.equal(await h.store().getReference('29:anonymous-sender'), undefined);
    });

    it('reports no data breach, and is told to go to the privacy officer', async () => {
      const before = { breaches: await count('breaches'), sent: h.sent.length };
      await h.post(h.activity(impersonator, { type: 'message', text: 'telefoon kwijt', from: { id: '29:anonymous-sender', name: 'X' } }));
      assert.match(cardText(cardOf(h.sent.at(-1))), /Meld het datalek nu zelf bij je privacy officer/);
      const res = await h.post(
        h.activity(impersonator, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          from: { id: shelterOfficer.aadObjectId, name: 'X' },
          value: { action: { type: 'Action.Execute', verb: 'breach.report', data: breachReport } },
        }),
      );
      assert.match(cardText((res.json as { value?: never }).value), /Deelwijzer weet niet wie je bent/);
      assert.equal(await count('breaches'), before.breaches);
      assert.equal(h.sent.length, before.sent + 1);
    });
  });
});
