// Data minimisation in the outbox: once a card is delivered its content (case number, necessity, names)
// is no longer stored; updating that card in place still works, because it is rebuilt from the request.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DELIVERED_PAYLOAD } from '../../src/store/outbox';
import { Harness, actionByVerb, cardOf, cardText, type User } from '../bot/harness';

const directory = join(__dirname, '..', '..', 'config', 'demo-directory.yaml');
const shelter: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Sanne de Boer' };
const police: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a2', name: 'Ruben Visser' };
const question = 'Mag de politie Amsterdam ons de geweldsincidenten van de pleger geven voor de risicotaxatie?';

describe('the outbox after delivery', function () {
  this.timeout(60_000);
  const h = new Harness();
  let requestId = '';
  before(async () => {
    await h.start({ DIRECTORY_FILE: directory, ALLOWED_TENANTS: 'tenant-demo' });
    await h.install(police);
    await h.install(shelter);
    const asked = await h.say(shelter, question);
    const form = await h.execute(shelter, 'request.start', actionByVerb(cardOf(asked.replies[0]), 'request.start')!.data!);
    const filed = await h.execute(shelter, 'request.file', {
      ...actionByVerb(form.card, 'request.file')!.data,
      caseRef: 'BG-2026-0777',
      urgency: 'normaal',
      delivery: 'schriftelijk',
      necessity: 'Nodig voor de risicotaxatie bij de opname.',
    });
    requestId = actionByVerb(filed.card, 'request.withdraw')!.data!.requestId as string;
  });
  after(() => h.stop());

  const rows = () => h.db.selectFrom('outbox').select(['status', 'activity', 'kind']).execute();

  it('keeps no content of a delivered message', async () => {
    const pending = (await rows()).filter((r) => r.status === 'pending');
    assert.ok(
      pending.some((r) => r.activity.includes('BG-2026-0777')),
      'the card waits with its content',
    );
    await h.drain();
    const sent = (await rows()).filter((r) => r.status === 'sent');
    assert.ok(sent.length >= 1, 'the contact’s card was delivered');
    for (const row of sent) assert.equal(row.activity, DELIVERED_PAYLOAD, row.kind);
  });

  it('still updates the delivered card in place, rebuilt from the stored request', async () => {
    const decided = await h.execute(police, 'request.approve', { requestId, lang: 'nl' });
    assert.match(cardText(decided.card), /Goedgekeurd door Ruben Visser/);
    const delivered = await h.drain();
    const updated = delivered.filter((s) => s.method === 'PUT' && s.path.includes(`conv-${police.aadObjectId}`));
    assert.equal(updated.length, 1, 'the contact’s card was replaced');
    assert.match(cardText(cardOf(updated[0])), /Goedgekeurd door Ruben Visser/);
    assert.match(cardText(cardOf(updated[0])), /BG-2026-0777/);
    for (const row of (await rows()).filter((r) => r.status === 'sent')) assert.equal(row.activity, DELIVERED_PAYLOAD, row.kind);
  });
});
