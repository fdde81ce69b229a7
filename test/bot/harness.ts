// Runs the bot in-process and plays Teams: posts activities to /api/messages and records what the bot
// sends back to the connector at serviceUrl.
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { start } from '../../src/index';

/** A bot for tests: no logs, no timers of its own (outbox, deadlines, purge, digest), so a test decides when things run. */
export const QUIET_BOT_ENV = { NODE_ENV: 'test', LOG_LEVEL: 'silent', OUTBOX_INTERVAL_MS: '0', DEADLINE_INTERVAL_MS: '0', PURGE_INTERVAL_MS: '0', DIGEST_CRON: 'off' } as const;

export interface Sent {
  method: string;
  path: string;
  body: { type?: string; text?: string; attachments?: { contentType: string; content: CardJson }[] };
}
export type CardJson = { body?: unknown[]; actions?: unknown[]; [key: string]: unknown };

export interface User {
  aadObjectId: string;
  name: string;
  tenantId?: string;
  locale?: string;
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
  });

export class Harness {
  sent: Sent[] = [];
  /** Conversations the fake connector refuses with 403, as Teams does when the bot was removed. */
  refuse = new Set<string>();
  private connector!: Server;
  private bot!: Awaited<ReturnType<typeof start>>;
  private botUrl = '';
  private serviceUrl = '';
  private counter = 0;
  databaseUrl = '';

  /** `env` may depend on the fake connector's address (where the bot is told Teams takes proactive messages). */
  async start(env: Record<string, string> | ((serviceUrl: string) => Record<string, string>), options: Parameters<typeof start>[1] = {}) {
    this.connector = createHttpServer(async (req, res) => {
      const body = await readBody(req);
      if ([...this.refuse].some((c) => req.url?.includes(`/conversations/${encodeURIComponent(c)}/`))) {
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'BotNotInConversationRoster' } }));
        return;
      }
      this.sent.push({ method: req.method ?? '', path: req.url ?? '', body: body ? JSON.parse(body) : {} });
      res.writeHead(200, { 'content-type': 'application/json' });
      const updated = req.method === 'PUT' ? /\/activities\/([^/?]+)/.exec(req.url ?? '')?.[1] : undefined;
      res.end(JSON.stringify({ id: updated ? decodeURIComponent(updated) : `sent-${this.sent.length}` }));
    });
    await new Promise<void>((resolve) => this.connector.listen(0, '127.0.0.1', resolve));
    this.serviceUrl = `http://127.0.0.1:${(this.connector.address() as AddressInfo).port}/`;
    if (typeof env === 'function') env = env(this.serviceUrl);
    this.databaseUrl = env.DATABASE_URL ?? `sqlite:/tmp/deelwijzer-test-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.db`;
    this.bot = await start({ PORT: '0', ...QUIET_BOT_ENV, ...env, DATABASE_URL: this.databaseUrl }, options);
    await new Promise<void>((resolve) => (this.bot.server.listening ? resolve() : this.bot.server.once('listening', () => resolve())));
    this.botUrl = `http://127.0.0.1:${(this.bot.server.address() as AddressInfo).port}`;
  }

  async stop() {
    this.bot?.server.close();
    await this.bot?.store.close();
    await new Promise<void>((resolve) => this.connector.close(() => resolve()));
  }

  activity(user: User, fields: Record<string, unknown>) {
    const tenantId = user.tenantId ?? 'tenant-demo';
    return {
      id: `act-${++this.counter}`,
      timestamp: new Date().toISOString(),
      serviceUrl: this.serviceUrl,
      channelId: 'msteams',
      from: { id: `29:${user.aadObjectId}`, aadObjectId: user.aadObjectId, name: user.name },
      recipient: { id: '28:deelwijzer', name: 'Deelwijzer' },
      conversation: { id: `conv-${user.aadObjectId}`, conversationType: 'personal', tenantId },
      channelData: { tenant: { id: tenantId } },
      locale: user.locale ?? 'nl-NL',
      ...fields,
    };
  }

  async post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
    const res = await fetch(`${this.botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: res.status, json };
  }

  async say(user: User, text: string) {
    const before = this.sent.length;
    const res = await this.post(this.activity(user, { type: 'message', text }));
    return { ...res, replies: this.sent.slice(before) };
  }

  /** An Action.Execute invoke; `fields` can fix the activity id (to replay it) or set replyToId. */
  async execute(user: User, verb: string, data: Record<string, unknown>, fields: Record<string, unknown> = {}) {
    const before = this.sent.length;
    const res = await this.post(
      this.activity(user, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        replyToId: `card-${this.counter + 1}`,
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
        ...fields,
      }),
    );
    const after = this.sent.slice(before);
    // Messages the bot sent during the turn, and cards it replaced (teams-ai replaces a card with `refresh` for everyone).
    return { ...res, replies: after.filter((s) => s.method === 'POST'), updates: after.filter((s) => s.method === 'PUT'), card: (res.json as { value?: CardJson } | null)?.value };
  }

  /** The bot's address (http://127.0.0.1:port), for requests the harness does not shape itself. */
  get url() {
    return this.botUrl;
  }

  get serviceUrlForTests() {
    return this.serviceUrl;
  }

  get digests() {
    return this.bot.digests;
  }

  get requests() {
    return this.bot.requests;
  }

  get directory() {
    return this.bot.directory;
  }

  /** Delivers everything due in the outbox and returns what reached the connector. */
  async drain() {
    const before = this.sent.length;
    // Paced messages (7 per second per conversation) come due within a second or two: wait for those too.
    for (let i = 0; i < 60; i++) {
      const result = await this.bot.sender.drainOnce();
      if (result.sent + result.retried + result.dead + result.paced > 0) continue;
      const soon = new Date(Date.now() + 2_000).toISOString();
      const waiting = await this.db.selectFrom('outbox').select('id').where('status', '=', 'pending').where('next_attempt_at', '<=', soon).executeTakeFirst();
      if (!waiting) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return this.sent.slice(before);
  }

  async install(user: User) {
    const before = this.sent.length;
    const res = await this.post(this.activity(user, { type: 'conversationUpdate', membersAdded: [{ id: '28:deelwijzer' }, { id: `29:${user.aadObjectId}` }] }));
    return { ...res, replies: this.sent.slice(before) };
  }

  store() {
    return this.bot.store;
  }

  get db() {
    return this.bot.db;
  }

  get sender() {
    return this.bot.sender;
  }

  async health() {
    return (await fetch(`${this.botUrl}/healthz`)).status;
  }
}

export const cardOf = (sent: Sent | undefined): CardJson | undefined => sent?.body.attachments?.[0]?.content;
export const cardText = (card: CardJson | undefined) => JSON.stringify(card ?? {});

export type CardAction = { type?: string; verb?: string; title?: string; data?: Record<string, unknown>; card?: { actions?: CardAction[] } };

/** The card's action with this verb, also inside a ShowCard. */
export function actionByVerb(card: CardJson | undefined, verb: string): CardAction | undefined {
  for (const a of (card?.actions ?? []) as CardAction[]) {
    if (a.verb === verb) return a;
    const inner = a.card?.actions?.find((b) => b.verb === verb);
    if (inner) return inner;
  }
  return undefined;
}
