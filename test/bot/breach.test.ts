// Reporting a data breach through the Bot Framework protocol: a Veilig Thuis staff member loses a phone
// with police data; their privacy officer and the police contact person get the card in one outbox run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { todayInAmsterdam } from '../../src/clock';
import { amsterdamLocal } from '../../src/time/amsterdam';
import { isoWeekOf } from '../../src/time/iso-weeks';
import { Harness, actionByVerb, cardOf, cardText, type User } from './harness';

const root = join(__dirname, '..', '..');
const directory = join(root, 'config', 'demo-directory.yaml');
const reporter: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a3', name: 'Fatima El Amrani' };
const officer: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a7', name: 'Lotte Jansen' };
const policeContact: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a8', name: 'Mark de Vries' };
const outsider: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Sanne de Boer' };

const halfAnHourAgo = amsterdamLocal(Date.now() - 30 * 60_000);
const complete = {
  lang: 'nl',
  kind: 'lost_device',
  discoveredDate: halfAnHourAgo.date,
  discoveredTime: halfAnHourAgo.time,
  encrypted: 'no',
  parties: 'politie:rotterdam,veilig-thuis:rotterdam-rijnmond',
  subjects: 'slachtoffer,pleger',
  data: 'politiegegevens,naw',
  people: '2-10',
};

describe('reporting a data breach, through the Bot Framework protocol', function () {
  this.timeout(60_000);
  const h = new Harness();
  let breachId = '';
  before(async () => {
    await h.start({ DIRECTORY_FILE: directory, ALLOWED_TENANTS: 'tenant-demo' });
    for (const user of [reporter, officer, policeContact, outsider]) await h.install(user);
  });
  after(() => h.stop());

  it('opens the breach form for "telefoon kwijt", with the kind prefilled', async () => {
    const { replies } = await h.say(reporter, 'Ik ben mijn telefoon kwijt');
    const text = cardText(cardOf(replies[0]));
    assert.match(text, /Datalek melden/);
    assert.match(text, /"id":"kind"[^}]*"value":"lost_device"/);
  });

  it('opens it for the command datalek too, and leaves ordinary questions alone', async () => {
    assert.match(cardText(cardOf((await h.say(reporter, 'datalek')).replies[0])), /Datalek melden/);
    assert.doesNotMatch(cardText(cardOf((await h.say(reporter, 'Mag ik het telefoonnummer van de pleger delen met de politie voor de risicotaxatie?')).replies[0])), /Datalek melden/);
  });

  it('gives a partial form back with what is missing and sends nothing', async () => {
    const res = await h.execute(reporter, 'breach.report', { ...complete, subjects: '', data: '' });
    assert.match(cardText(res.card), /nog niet compleet: om wie het ging; welke soorten gegevens\. Er is niets verstuurd/);
    assert.match(cardText(res.card), /"id":"encrypted"[^}]*"value":"no"/, 'what was filled in stays');
    assert.equal((await h.db.selectFrom('breaches').selectAll().execute()).length, 0);
    assert.equal((await h.db.selectFrom('outbox').selectAll().execute()).length, 0);
  });

  it('refuses a moment of discovery in the future', async () => {
    const res = await h.execute(reporter, 'breach.report', { ...complete, discoveredDate: '2099-01-01' });
    assert.match(cardText(res.card), /in de toekomst/);
  });

  it('sends the card to the privacy officer and the police contact person in one outbox run', async () => {
    const res = await h.execute(reporter, 'breach.report', complete);
    assert.match(cardText(cardOf(res.replies[0])), /is gemeld aan Lotte Jansen, Mark de Vries/);
    breachId = actionByVerb(res.card, 'breach.policeReport')!.data!.breachId as string;
    const run = await h.sender.drainOnce();
    assert.equal(run.sent, 2);
    const sent = h.sent.slice(-2);
    for (const user of [officer, policeContact]) {
      const card = cardText(cardOf(sent.find((s) => s.path.includes(`conv-${user.aadObjectId}`))));
      assert.match(card, /Datalek · DL-/);
      assert.match(card, /Melden aan de Autoriteit Persoonsgegevens, als dat moet: uiterlijk \d\d-\d\d-\d{4} \d\d:\d\d \(nog (71|72) uur/);
      assert.match(card, /doet altijd aangifte bij de politie/);
      assert.match(card, /"verb":"breach.ack"/);
    }
  });

  it('records both acknowledgements and shows them on the card', async () => {
    await h.execute(policeContact, 'breach.ack', { breachId, lang: 'nl' });
    const res = await h.execute(officer, 'breach.ack', { breachId, lang: 'nl' });
    assert.match(cardText(res.card), /Gezien door: Mark de Vries \(.*\), Lotte Jansen/);
    assert.equal(actionByVerb(res.card, 'breach.ack'), undefined, 'no second acknowledgement');
    const audit = (await h.store().readAudit()).filter((e) => e.kind === 'breach.acknowledged').map((e) => e.data.actor);
    assert.deepEqual(audit, [policeContact.aadObjectId, officer.aadObjectId]);
    const updates = (await h.drain()).filter((s) => s.method === 'PUT');
    assert.ok(
      updates.some((u) => u.path.includes(`conv-${policeContact.aadObjectId}`) && /Lotte Jansen/.test(cardText(cardOf(u)))),
      'the card updates in place for the others',
    );
  });

  it('refuses someone who was not told, and changes nothing', async () => {
    const before = (await h.store().readAudit()).length;
    const res = await h.execute(outsider, 'breach.ack', { breachId, lang: 'nl' });
    assert.match(cardText(res.card), /geen ontvanger/);
    assert.equal((await h.store().readAudit()).length, before);
  });

  it('lets the privacy officer record the police report and the notification to the Autoriteit Persoonsgegevens', async () => {
    const refused = await h.execute(policeContact, 'breach.policeReport', { breachId, lang: 'nl' });
    assert.match(cardText(cardOf(refused.replies[0])), /Dat kan alleen de privacy officer/);
    const police = await h.execute(officer, 'breach.policeReport', { breachId, lang: 'nl' });
    assert.match(cardText(police.card), /Aangifte bij de politie gedaan: vastgelegd op/);
    const partial = await h.execute(officer, 'breach.ap', { breachId, lang: 'nl', apDecision: 'notified', apDate: '', apTime: '' });
    assert.match(cardText(cardOf(partial.replies[0])), /nog niet compleet: wanneer de melding aan de Autoriteit Persoonsgegevens is gedaan/);
    const ap = await h.execute(officer, 'breach.ap', { breachId, lang: 'nl', apDecision: 'notified', apDate: halfAnHourAgo.date, apTime: halfAnHourAgo.time, apPartiesAgreed: 'true' });
    assert.match(cardText(ap.card), /Autoriteit Persoonsgegevens ingelicht op .*de andere partijen stemden in met de melding \(art\. 9\.4\)/);
    const kinds = (await h.store().readAudit()).map((e) => e.kind).filter((k) => k.startsWith('breach.'));
    assert.deepEqual(kinds, ['breach.reported', 'breach.acknowledged', 'breach.acknowledged', 'breach.police-report-made', 'breach.authority-decision']);
  });

  it('counts in the managers’ digest as reported and, once the decision is recorded, no longer open', async () => {
    const facts = await h.digests.facts(isoWeekOf(todayInAmsterdam()), new Date(Date.now() + 60_000).toISOString());
    assert.equal(facts.breaches.length, 1);
    assert.equal(facts.breaches[0]!.party, 'veilig-thuis:rotterdam-rijnmond');
    assert.ok(facts.breaches[0]!.closedAt, 'closed by the recorded decision');
  });

  it('keeps the audit chain intact', () => {
    const res = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'src', 'cli', 'audit-verify.ts')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: h.databaseUrl },
    });
    assert.equal(res.status, 0, res.stdout + res.stderr);
  });
});
