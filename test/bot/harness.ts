// Runs the bot in-process and plays Teams: posts activities to /api/messages and records what the bot
// sends back to the connector at serviceUrl.
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { start } from '../../src/index';

export interface Sent {
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

  async start(env: Record<string, string>) {
    this.connector = createHttpServer(async (req, res) => {
      const body = await readBody(req);
      if ([...this.refuse].some((c) => req.url?.includes(`/conversations/${encodeURIComponent(c)}/`))) {
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'BotNotInConversationRoster' } }));
        return;
      }
      this.sent.push({ path: req.url ?? '', body: body ? JSON.parse(body) : {} });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${this.sent.length}` }));
    });
    await new Promise<void>((resolve) => this.connector.listen(0, '127.0.0.1', resolve));
    this.serviceUrl = `http://127.0.0.1:${(this.connector.address() as AddressInfo).port}/`;
    this.bot = await start({ PORT: '0', NODE_ENV: 'test', LOG_LEVEL: 'silent', OUTBOX_INTERVAL_MS: '0', DATABASE_URL: `sqlite:/tmp/deelwijzer-test-${process.pid}-${Date.now()}.db`, ...env });
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

  async post(body: unknown): Promise<{ status: number; json: unknown }> {
    const res = await fetch(`${this.botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
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

  async execute(user: User, verb: string, data: Record<string, unknown>) {
    const before = this.sent.length;
    const res = await this.post(this.activity(user, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } }));
    return { ...res, replies: this.sent.slice(before), card: (res.json as { value?: CardJson } | null)?.value };
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
