// The identity rule holds for every route (issue 17 §3): a feature registers its routes through the router,
// which never runs a route for a person without the sender's verified id (from.aadObjectId).
import assert from 'node:assert/strict';
import { ActivityTypes, BotAdapter, INVOKE_RESPONSE_KEY, MemoryStorage, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import { Application, TurnState } from '@microsoft/teams-ai';
import { FEATURES } from '../../src/bot/bot';
import { createRoutes, type RouteEntry } from '../../src/bot/routes';
import type { Shell } from '../../src/bot/shell';
import { BREACH_VERBS } from '../../src/cards/breach-cards';
import { VERBS } from '../../src/cards/cards';
import { DIGEST_VERBS } from '../../src/cards/digest-card';
import { REQUEST_VERBS } from '../../src/cards/request-cards';
import { COMMAND_IDS, COMMAND_TABLE } from '../../src/commands';
import { MESSAGES } from '../../src/i18n/messages';
import { Harness, cardOf, cardText } from './harness';
import { impersonator, policeStaff, writeDirectory } from '../security/people';

const quietShell = { config: { NODE_ENV: 'test', DEFAULT_LANGUAGE: 'nl' }, log: () => undefined, readerLangOf: async () => 'nl', localeLangOf: () => 'nl' } as unknown as Shell;
const newApp = () => new Application<TurnState>({ storage: new MemoryStorage(), startTypingTimer: false, longRunningMessages: false });

/** What the features register on the router: each route's kind, name and who may use it. */
function registeredRoutes(): RouteEntry[] {
  const routes = createRoutes(newApp(), quietShell);
  for (const register of FEATURES) register(routes, quietShell);
  return routes.entries;
}

const unknownUser = MESSAGES.nl.bot.identity.unknownUser;

describe('the routes of the bot', () => {
  it('handle every card verb and every command, each exactly once', () => {
    const names = registeredRoutes().map((r) => `${r.kind}:${r.name}`);
    const expected = [...COMMAND_IDS.map((id) => `command:${id}`), ...[VERBS, REQUEST_VERBS, BREACH_VERBS, DIGEST_VERBS].flatMap((verbs) => Object.values(verbs).map((v) => `action:${v}`))];
    assert.deepEqual([...names].sort(), [...expected].sort());
  });

  it('leave only asking and showing open to someone without a verified id', () => {
    const open = registeredRoutes()
      .filter((r) => r.access === 'anyone')
      .map((r) => r.name);
    assert.deepEqual(open.sort(), ['ask.edit', 'ask.new', 'ask.say', 'ask.submit', 'examples', 'help']);
  });
});

/** An adapter that keeps what a turn sends. */
class RecordingAdapter extends BotAdapter {
  sent: Partial<Activity>[] = [];
  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    this.sent.push(...activities);
    return activities.map((_, i) => ({ id: `sent-${i}` }));
  }
  async updateActivity(): Promise<void> {}
  async deleteActivity(): Promise<void> {}
  async continueConversation(_reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await logic(new TurnContext(this, {}));
  }
}

describe('the router, for a route of a new feature', () => {
  const ran: (string | undefined)[] = [];
  const app = newApp();
  const routes = createRoutes(app, quietShell);
  // A feature that forgets to check who is asking: the router checks for it.
  routes.command('profile', async (_context, _text, actorId) => void ran.push(actorId));
  routes.action(['test.act'], 'person', async ({ actorId }) => {
    ran.push(actorId);
    return { type: 'AdaptiveCard', body: [] };
  });
  routes.finish();

  const from = (aadObjectId?: string) => ({ id: '29:someone', name: 'X', ...(aadObjectId ? { aadObjectId } : {}) });
  async function run(fields: Partial<Activity>) {
    const adapter = new RecordingAdapter();
    const context = new TurnContext(adapter, {
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1/',
      recipient: { id: '28:bot', name: 'bot' },
      conversation: { id: 'c' } as Activity['conversation'],
      ...fields,
    } as Activity);
    await app.run(context);
    const invoke = context.turnState.get(INVOKE_RESPONSE_KEY) as { value?: { body?: { value?: unknown } } } | undefined;
    return JSON.stringify([...adapter.sent, invoke?.value?.body?.value ?? null]);
  }
  beforeEach(() => (ran.length = 0));

  it('does not run a person’s command without a verified id, and says why', async () => {
    const sent = await run({ type: ActivityTypes.Message, text: 'profiel', from: from() });
    assert.deepEqual(ran, []);
    assert.ok(sent.includes(unknownUser.slice(0, 40)), sent);
  });

  it('does not run a person’s card action without a verified id, as Action.Execute or as Action.Submit', async () => {
    for (const activity of [
      { type: ActivityTypes.Invoke, name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'test.act', data: {} } }, from: from() },
      { type: ActivityTypes.Message, value: { verb: 'test.act' }, from: from() },
    ]) {
      const sent = await run(activity);
      assert.deepEqual(ran, [], activity.type);
      assert.ok(sent.includes(unknownUser.slice(0, 40)), sent);
    }
  });

  it('refuses a second route for a verb or command that has one, when the bot is put together', () => {
    assert.throws(() => routes.action(['test.act'], 'anyone', async () => ({ type: 'AdaptiveCard' })), /"test\.act" has a route already/);
    assert.throws(() => routes.command('profile', async () => undefined), /"profile" has a route already/);
  });

  it('runs them for the sender’s own id', async () => {
    await run({ type: ActivityTypes.Message, text: 'profiel', from: from('aad-1') });
    await run({ type: ActivityTypes.Invoke, name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'test.act', data: {} } }, from: from('aad-2') });
    await run({ type: ActivityTypes.Message, value: { verb: 'test.act' }, from: from('aad-3') });
    assert.deepEqual(ran, ['aad-1', 'aad-2', 'aad-3']);
  });
});

describe('every route for a person, through the Bot Framework protocol', function () {
  this.timeout(60_000);
  const h = new Harness();
  const anonymous = { from: { id: `29:${impersonator.aadObjectId}`, name: 'X' } };
  before(() => h.start({ DIRECTORY_FILE: writeDirectory(), ALLOWED_TENANTS: '' }));
  after(() => h.stop());
  const personal = () => registeredRoutes().filter((r) => r.access === 'person');

  it('refuses an activity without from.aadObjectId, typed, as Action.Execute and as Action.Submit', async () => {
    for (const route of personal()) {
      const cards: string[] = [];
      if (route.kind === 'command') {
        const before = h.sent.length;
        await h.post(h.activity(policeStaff, { type: 'message', text: COMMAND_TABLE[route.name as keyof typeof COMMAND_TABLE].words.nl[0], ...anonymous }));
        cards.push(cardText(cardOf(h.sent.slice(before)[0])));
      } else {
        const data = { lang: 'nl', requestId: '00000000-0000-0000-0000-000000000000', breachId: '00000000-0000-0000-0000-000000000000' };
        const res = await h.post(h.activity(policeStaff, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: route.name, data } }, ...anonymous }));
        cards.push(cardText((res.json as { value?: never }).value));
        const before = h.sent.length;
        await h.post(h.activity(policeStaff, { type: 'message', value: { verb: route.name, ...data }, ...anonymous }));
        cards.push(cardText(cardOf(h.sent.slice(before)[0])));
      }
      for (const card of cards) assert.ok(card.includes(unknownUser.slice(0, 40)), `${route.kind} ${route.name}: ${card.slice(0, 200)}`);
    }
    assert.equal(await h.store().getReference(policeStaff.aadObjectId), undefined, 'nobody became reachable');
  });
});
