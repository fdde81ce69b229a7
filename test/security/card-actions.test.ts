// Card actions (issue 16, failure 5): a malformed or unsupported invoke gets a refusal card with 200, never
// 501; a card with `refresh` answered to one user does not change how another user's action is answered.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Harness, actionByVerb, cardOf, cardText, type CardJson, type User } from '../bot/harness';

const directory = join(__dirname, '..', '..', 'config', 'demo-directory.yaml');
const shelter: User = {
  aadObjectId: '00000000-0000-0000-0000-0000000000a1',
  name: 'Sanne de Boer',
};
const police: User = {
  aadObjectId: '00000000-0000-0000-0000-0000000000a2',
  name: 'Ruben Visser',
};
const question = 'Mag de politie Amsterdam ons de geweldsincidenten van de pleger geven voor de risicotaxatie?';

describe('card actions, through the Bot Framework protocol', function () {
  this.timeout(60_000);
  const h = new Harness();
  before(async () => {
    await h.start({
      DIRECTORY_FILE: directory,
      ALLOWED_TENANTS: 'tenant-demo',
    });
    await h.install(police);
    await h.install(shelter);
  });
  after(() => h.stop());

  const invoke = (value: unknown, fields: Record<string, unknown> = {}) =>
    h.post(
      h.activity(shelter, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value,
        ...fields,
      }),
    );
  const refusal = (json: unknown) => cardText((json as { value?: CardJson } | null)?.value);

  it('answers an action without value.action with 200 and a refusal card', async () => {
    for (const value of [undefined, {}, { action: null }, { action: 'request.approve' }, 'x']) {
      const res = await invoke(value);
      assert.equal(res.status, 200, JSON.stringify(value));
      assert.match(refusal(res.json), /geen geldige kaartactie/);
    }
  });

  it('answers an action of another type than Action.Execute with 200 and a refusal card', async () => {
    for (const type of ['Action.Submit', 'Action.OpenUrl', undefined, 42]) {
      const res = await invoke({ action: { type, verb: 'ask.new', data: {} } });
      assert.equal(res.status, 200, String(type));
      assert.match(refusal(res.json), /geen geldige kaartactie/);
    }
  });

  it('answers an unknown verb with 200 and says the action is unknown', async () => {
    const res = await invoke({
      action: { type: 'Action.Execute', verb: 'request.explode', data: {} },
    });
    assert.equal(res.status, 200);
    assert.match(refusal(res.json), /onbekende actie/);
  });

  it('answers an action without replyToId after a card with refresh went out for that verb to someone else', async () => {
    const asked = await h.say(shelter, question);
    const form = await h.execute(shelter, 'request.start', actionByVerb(cardOf(asked.replies[0]), 'request.start')!.data!);
    const filed = await h.execute(shelter, 'request.file', {
      ...actionByVerb(form.card, 'request.file')!.data,
      caseRef: 'BG-2026-0501',
      urgency: 'normaal',
      delivery: 'schriftelijk',
      necessity: 'Nodig voor de risicotaxatie; minder volstaat niet.',
    });
    const requestId = actionByVerb(filed.card, 'request.withdraw')!.data!.requestId as string;
    // The contact refreshes on a card in the chat: the answer has `refresh` and replaces that message.
    const refreshed = await h.execute(police, 'request.refresh', {
      requestId,
      lang: 'nl',
    });
    assert.ok(refreshed.card?.refresh, 'the contact’s card refreshes for them');
    assert.equal(refreshed.updates.length, 1, 'and replaced the message it was pressed on');
    // The requester opens the request from their list: no message to replace, so the card comes back as it is.
    const shown = await h.execute(shelter, 'request.refresh', { requestId, lang: 'nl' }, { replyToId: undefined });
    assert.equal(shown.status, 200);
    assert.match(cardText(shown.card), /Wacht op een beslissing/);
    assert.equal(shown.updates.length, 0);
  });

  it('answers an invoke of another name with 400 and a reason', async () => {
    const res = await h.post(
      h.activity(shelter, {
        type: 'invoke',
        name: 'composeExtension/query',
        value: {},
      }),
    );
    assert.equal(res.status, 400);
  });
});
