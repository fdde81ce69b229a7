// The bot through the Bot Framework protocol: activities in, connector calls and invoke responses out.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { enqueue } from '../../src/store/outbox';
import { Harness, cardOf, cardText, type User } from './harness';

const directory = join(__dirname, '..', '..', 'config', 'demo-directory.yaml');
const police: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a2', name: 'Ruben Visser' };
const shelter: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Sanne de Boer' };
const stranger: User = { aadObjectId: 'ffffffff-0000-0000-0000-000000000001', name: 'Nieuw' };
const privacyOfficer: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a5', name: 'Joost Mulder' };
const outsider: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a2', name: 'Ruben Visser', tenantId: 'other-tenant' };

describe('the bot, through the Bot Framework protocol', function () {
  this.timeout(20_000);
  const h = new Harness();
  before(() => h.start({ DIRECTORY_FILE: directory, ALLOWED_TENANTS: 'tenant-demo' }));
  after(() => h.stop());

  it('answers the health check once it is listening', async () => {
    assert.equal(await h.health(), 200);
  });

  it('welcomes a user who installs it, with a privacy line and three example questions', async () => {
    const { status, replies } = await h.install(shelter);
    assert.equal(status, 200);
    const card = cardOf(replies[0]);
    assert.ok(card, 'a card was sent');
    assert.match(cardText(card), /Welkom bij Deelwijzer/);
    assert.match(cardText(card), /Typ nooit namen/);
    assert.equal(cardText(card).match(/"verb":"ask\.say"/g)?.length, 3);
  });

  it('remembers how to reach a user, on install and on every message', async () => {
    const newcomer: User = { aadObjectId: 'ffffffff-0000-0000-0000-0000000000r1', name: 'Nieuw' };
    await h.install(newcomer);
    assert.match(String((await h.store().getReference(newcomer.aadObjectId))?.serviceUrl), /^http:\/\/127\.0\.0\.1/);
    const messenger: User = { aadObjectId: 'ffffffff-0000-0000-0000-0000000000r2', name: 'Nieuw' };
    await h.say(messenger, 'help');
    assert.equal((await h.store().getReference(messenger.aadObjectId))?.conversation?.id, `conv-${messenger.aadObjectId}`);
  });

  it('answers a complete question with a verdict card citing the article', async () => {
    const { replies } = await h.say(police, 'Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?');
    assert.equal(replies.length, 1);
    const text = cardText(cardOf(replies[0]));
    assert.match(text, /Mag onder voorwaarden/);
    assert.match(text, /Convenant Gegevensverstrekking Blijf Groep, art\. 4\.2/);
    assert.match(text, /Voorwaarden/);
    assert.match(text, /Wijzig antwoord/);
  });

  it('asks an incomplete question with a form, and the submitted form returns the verdict', async () => {
    const { replies } = await h.say(police, 'mag ik het adres van de pleger delen met blijf');
    const form = cardOf(replies[0])!;
    assert.match(cardText(form), /Input\.ChoiceSet/);
    assert.match(cardText(form), /"id":"purpose"/);
    const required = (form.body as { id?: string; isRequired?: boolean }[]).filter((e) => e.isRequired).map((e) => e.id);
    assert.deepEqual(required, ['purpose'], 'requires only what the verdict depends on');
    const action = (form.actions as { verb: string; data: Record<string, unknown> }[])[0]!;
    // A client submits every input: the prefilled ones as they stand, and the one the user chose.
    const prefilled = Object.fromEntries((form.body as { type: string; id?: string; value?: string }[]).filter((e) => e.type === 'Input.ChoiceSet').map((e) => [e.id, e.value]));
    const submitted = await h.execute(police, action.verb, { ...action.data, ...prefilled, purpose: 'risicotaxatie', consent: 'false' });
    assert.equal(submitted.status, 200);
    assert.match(cardText(submitted.card), /Mag onder voorwaarden/);
    assert.match(cardText(submitted.card), /art\. 4\.2/);
  });

  it('counts an incomplete question and its answered form as one question for the digest', async () => {
    const counted = async () => {
      await h.store().flushQuestions();
      return (await h.db.selectFrom('question_log').select('id').execute()).length;
    };
    const before = await counted();
    const { replies } = await h.say(police, 'mag ik het adres van de pleger delen met blijf');
    const form = cardOf(replies[0])!;
    const prefilled = Object.fromEntries((form.body as { type: string; id?: string; value?: string }[]).filter((e) => e.type === 'Input.ChoiceSet').map((e) => [e.id, e.value]));
    const action = (form.actions as { verb: string; data: Record<string, unknown> }[])[0]!;
    await h.execute(police, action.verb, { ...action.data, ...prefilled, purpose: 'risicotaxatie', consent: 'false' });
    assert.equal(await counted(), before + 1);
  });

  it('answers acute danger with the emergency card first, without a form', async () => {
    const { replies } = await h.say(shelter, 'hij staat nu voor de deur met een mes');
    const text = cardText(cardOf(replies[0]));
    assert.match(text, /112/);
    assert.match(text, /art\. 5\.3/);
    assert.doesNotMatch(text, /Input\.ChoiceSet/);
  });

  it('says nothing and changes nothing for a tenant outside ALLOWED_TENANTS', async () => {
    const before = h.sent.length;
    const res = await h.say(outsider, 'Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?');
    assert.ok(res.status < 300);
    assert.equal(h.sent.length, before);
  });

  it('asks a user who is not in the directory for their organisation, then answers the pending question', async () => {
    const { replies } = await h.say(stranger, 'Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?');
    const card = cardOf(replies[0])!;
    assert.match(cardText(card), /Bij welke organisatie werk je/);
    const action = (card.actions as { verb: string; data: Record<string, unknown> }[])[0]!;
    const saved = await h.execute(stranger, action.verb, { ...action.data, party: 'politie:amsterdam' });
    assert.match(cardText(saved.card), /Mag onder voorwaarden/);
    const again = await h.say(stranger, 'mag ik het adres van de pleger delen met blijf voor aware');
    assert.match(cardText(cardOf(again.replies[0])), /Mag onder voorwaarden/);
  });

  it('answers an English question in English and a Dutch question in Dutch, whatever the client locale', async () => {
    const english = await h.say({ ...police, locale: 'nl-NL' }, 'Can I share the address of the perpetrator with Blijf Groep for the risk assessment?');
    assert.match(cardText(cardOf(english.replies[0])), /Allowed under conditions/);
    const dutch = await h.say({ ...police, locale: 'en-US' }, 'Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?');
    assert.match(cardText(cardOf(dutch.replies[0])), /Mag onder voorwaarden/);
  });

  it('welcomes in English when the locale is English', async () => {
    const { replies } = await h.install({ ...shelter, aadObjectId: 'ffffffff-0000-0000-0000-0000000000e1', locale: 'en-US' });
    assert.match(cardText(cardOf(replies[0])), /Welcome to Deelwijzer/);
  });

  it('answers a Dutch command word in Dutch in an English Teams client, and an English one in English', async () => {
    const inEnglishTeams: User = { ...police, aadObjectId: 'ffffffff-0000-0000-0000-0000000000e2', locale: 'en-US' };
    assert.match(cardText(cardOf((await h.say(inEnglishTeams, 'voorbeelden')).replies[0])), /Voorbeeldvragen/);
    assert.match(cardText(cardOf((await h.say(inEnglishTeams, 'help')).replies[0])), /Wat kan ik voor je doen/, 'help follows the language last typed');
    assert.match(cardText(cardOf((await h.say(inEnglishTeams, 'examples')).replies[0])), /Example questions/);
  });

  it('answers a tapped line of help as if it were typed, and keeps the help card', async () => {
    const tapped = await h.execute(police, 'ask.say', { text: 'mijn verzoeken', list: 'help', lang: 'nl' });
    assert.match(cardText(tapped.card), /Wat kan ik voor je doen/);
    assert.match(cardText(cardOf(tapped.replies[0])), /Mijn verzoeken/);
  });

  it('answers help, voorbeelden and anything it does not understand', async () => {
    const help = cardText(cardOf((await h.say(police, 'help')).replies[0]));
    assert.match(help, /Wat kan ik voor je doen\?/);
    assert.match(help, /"text":"openstaande verzoeken"/, 'a contact person is offered the open requests');
    assert.doesNotMatch(help, /"text":"weekoverzicht"/, 'the digest is for managers');
    assert.match(cardText(cardOf((await h.say(police, 'voorbeelden')).replies[0])), /Voorbeeldvragen/);
    const unknown = await h.say(police, 'goedemorgen');
    assert.match(unknown.replies[0]!.body.text ?? '', /help/);
  });

  it('warns on the card when the question contains personal data', async () => {
    const { replies } = await h.say(shelter, 'Mag ik het telefoonnummer 06-12345678 van de cliente delen met de politie Amsterdam voor AWARE?');
    const text = cardText(cardOf(replies[0]));
    assert.match(text, /persoonsgegevens/);
    assert.doesNotMatch(text, /12345678/);
  });

  it('refuses a malformed form submission with a clear message', async () => {
    const res = await h.execute(police, 'ask.submit', { known: { from: 'brandweer' }, data: 'schoenmaat' });
    assert.equal(res.status, 200);
    assert.match(cardText(res.card), /kon ik niet verwerken/);
  });

  it('handles an Action.Submit from an older client like Action.Execute', async () => {
    const before = h.sent.length;
    await h.post(
      h.activity(police, { type: 'message', value: { verb: 'ask.submit', known: { from: 'politie:amsterdam', to: 'blijf-groep', subject: 'pleger', data: 'naw' }, purpose: 'risicotaxatie' } }),
    );
    assert.match(cardText(cardOf(h.sent[before])), /Mag onder voorwaarden/);
  });

  it('handles an Action.Submit that also carries text, and one with an unknown verb, as card actions', async () => {
    const before = h.sent.length;
    await h.post(
      h.activity(police, {
        type: 'message',
        text: 'verstuurd',
        value: { verb: 'ask.submit', known: { from: 'politie:amsterdam', to: 'blijf-groep', subject: 'pleger', data: 'naw' }, purpose: 'risicotaxatie' },
      }),
    );
    await h.post(h.activity(police, { type: 'message', value: { verb: 'ask.nothing' } }));
    assert.match(cardText(cardOf(h.sent[before])), /Mag onder voorwaarden/);
    assert.match(cardText(cardOf(h.sent[before + 1])), /onbekende actie/);
  });

  it('answers a message whose value is null or carries no verb as typed text', async () => {
    const empty = await h.post(h.activity(police, { type: 'message', value: null }));
    assert.equal(empty.status, 200);
    assert.match(h.sent.at(-1)!.body.text ?? '', /help/);
    const typed = await h.post(h.activity(police, { type: 'message', text: 'help', value: { text: 'x' } }));
    assert.equal(typed.status, 200);
    assert.match(cardText(cardOf(h.sent.at(-1))), /Wat kan ik voor je doen/);
  });

  it('answers a message Teams delivers twice (same activity id) only once', async () => {
    const activity = h.activity(police, { type: 'message', text: 'Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?' });
    const before = h.sent.length;
    await h.post(activity);
    await h.post(activity);
    assert.equal(h.sent.length - before, 1);
  });

  it('delivers outbox messages proactively to the stored conversation', async () => {
    await h.say(police, 'help');
    const reference = (await h.store().getReference(police.aadObjectId))!;
    await enqueue(h.db, { reference, activity: { type: 'message', text: 'Proactief bericht' }, kind: 'notify' }, new Date().toISOString());
    const before = h.sent.length;
    const result = await h.sender.drainOnce();
    assert.equal(result.sent, 1);
    const delivered = h.sent.slice(before);
    assert.equal(delivered.length, 1);
    assert.match(delivered[0]!.path, new RegExp(`/v3/conversations/${encodeURIComponent(`conv-${police.aadObjectId}`)}/activities`));
    assert.equal(delivered[0]!.body.text, 'Proactief bericht');
  });

  it('alerts the privacy officer when Teams refuses a message for good', async () => {
    await h.say(privacyOfficer, 'help');
    await h.say(shelter, 'help');
    const reference = (await h.store().getReference(shelter.aadObjectId))!;
    h.refuse.add(`conv-${shelter.aadObjectId}`);
    await enqueue(h.db, { reference, activity: { type: 'message', text: 'Komt niet aan' }, kind: 'notify' }, new Date().toISOString());
    const drained = await h.sender.drainOnce();
    assert.equal(drained.dead, 1, JSON.stringify(drained));
    const before = h.sent.length;
    await h.sender.drainOnce();
    const alert = h.sent.slice(before).find((s) => s.path.includes(`conv-${privacyOfficer.aadObjectId}`));
    assert.match(alert?.body.text ?? '', /kon een bericht niet afleveren/);
    h.refuse.clear();
  });

  it('rejects a body that is not an activity with 400', async () => {
    assert.equal((await h.post({ hello: 'world' })).status, 400);
  });
});
