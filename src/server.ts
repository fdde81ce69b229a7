// HTTP: the Bot Framework endpoint and a health check. Nothing else is exposed.
import * as restify from 'restify';
import type { Activity } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { BotAdapter } from './bot/adapter';
import { checkActivity } from './bot/activity-shape';
import { checkBodyHeaders, readJsonBody } from './http/json-body';

export interface ServerOptions {
  /** Whether incoming requests must carry a token (a bot id is configured); without one the adapter accepts anonymous requests. */
  requireToken: boolean;
  /** The bot's app id: the audience a token must name. */
  botId?: string;
  onTurn?: <T>(run: () => Promise<T>) => Promise<T>;
}

/**
 * Before the body is read: a bearer token for this bot that has not expired, read from its claims. This only
 * spares work on requests that cannot be authentic; botbuilder verifies the signature once the activity is read.
 */
export function plausibleToken(header: string | undefined, botId: string | undefined, nowSeconds: number): boolean {
  const match = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/.exec(header ?? '');
  if (!match || header!.length > 8192) return false;
  try {
    const claims = JSON.parse(Buffer.from(match[2]!, 'base64url').toString('utf8')) as { aud?: unknown; exp?: unknown };
    return (botId === undefined || claims.aud === botId) && typeof claims.exp === 'number' && claims.exp > nowSeconds - 300;
  } catch {
    return false;
  }
}

/**
 * Every request passes, in this order: a plausible token (when tokens are required), the content type and
 * encoding, a body of at most 256 kB that is JSON and shaped like an activity, and botbuilder's validation of the
 * token (signature, issuer, audience, expiry, serviceUrl). Any failure is a 4xx before anything runs.
 */
export function createServer(adapter: BotAdapter, app: Application<TurnState>, options: ServerOptions): restify.Server {
  const onTurn = options.onTurn ?? ((run) => run());
  // No body parser: the endpoint reads its own body, after the checks above, so nothing is parsed, inflated or
  // written to disk for a request that is refused.
  const server = restify.createServer({ name: 'deelwijzer', handleUncaughtExceptions: false });
  let ready = false;

  server.post('/api/messages', async (req, res) => {
    const refuse = (status: number, error: string) => {
      res.setHeader('connection', 'close');
      res.send(status, { error });
    };
    const authorization = req.headers.authorization;
    if (options.requireToken && !plausibleToken(authorization, options.botId, Math.floor(Date.now() / 1000))) return refuse(401, 'niet geauthenticeerd / unauthorized');
    const body = checkBodyHeaders(req.headers) ?? (await readJsonBody(req));
    if (!body.ok) return refuse(body.status, body.reason);
    const problem = checkActivity(body.value);
    if (problem) return refuse(400, `geen geldige activity / not a valid activity: ${problem}`);
    const activity = body.value as Activity & { timestamp?: unknown; rawTimestamp?: string };
    if (typeof activity.timestamp === 'string') {
      activity.rawTimestamp = activity.timestamp;
      activity.timestamp = new Date(activity.timestamp);
    }
    let authenticated;
    try {
      authenticated = await adapter.authenticate(activity, String(authorization ?? ''));
    } catch {
      return refuse(401, 'niet geauthenticeerd / unauthorized');
    }
    await onTurn(async () => {
      try {
        const invokeResponse = await adapter.runAuthenticated(authenticated, activity, async (context) => {
          await app.run(context);
        });
        res.send(invokeResponse?.status ?? 200, invokeResponse?.body);
      } catch {
        res.send(500, { error: 'interne fout / internal error' });
      }
    });
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(ready ? 200 : 503, { status: ready ? 'ok' : 'starting' });
    next();
  });
  server.on('listening', () => {
    ready = true;
  });
  return server;
}
