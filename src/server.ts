// HTTP: the Bot Framework endpoint and a health check. Nothing else is exposed.
import * as restify from 'restify';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from 'botframework-connector';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import { checkActivity } from './bot/activity-shape';

/**
 * Every request is authenticated first (botbuilder validates the token: signature, issuer, audience,
 * expiry, serviceUrl); any failure is a 401 before anything runs. The turn then runs on that result.
 */
export function createServer(adapter: TeamsAdapter, app: Application<TurnState>, onTurn: <T>(run: () => Promise<T>) => Promise<T> = (run) => run()): restify.Server {
  const server = restify.createServer({ name: 'deelwijzer' });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
  // Both are protected members of botbuilder's CloudAdapterBase; they are what `process` itself uses.
  const inner = adapter as unknown as {
    botFrameworkAuthentication: BotFrameworkAuthentication;
    processActivity(auth: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined>;
  };
  const authentication = inner.botFrameworkAuthentication;
  let ready = false;

  server.post('/api/messages', async (req, res) => {
    const problem = checkActivity(req.body);
    if (problem) {
      res.send(400, { error: `geen geldige activity / not a valid activity: ${problem}` });
      return;
    }
    const activity = req.body as Activity & { timestamp?: unknown; rawTimestamp?: string };
    if (typeof activity.timestamp === 'string') {
      activity.rawTimestamp = activity.timestamp;
      activity.timestamp = new Date(activity.timestamp);
    }
    const header = String(req.headers.authorization ?? '');
    let authenticated;
    try {
      authenticated = await authentication.authenticateRequest(activity, header);
    } catch {
      res.send(401, { error: 'niet geauthenticeerd / unauthorized' });
      return;
    }
    await onTurn(async () => {
      try {
        const invokeResponse = await inner.processActivity(authenticated, activity, async (context) => {
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
