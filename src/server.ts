// HTTP: the Bot Framework endpoint and a health check. Nothing else is exposed.
import * as restify from 'restify';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import { checkActivity } from './bot/activity-shape';

export function createServer(adapter: TeamsAdapter, app: Application<TurnState>): restify.Server {
  const server = restify.createServer({ name: 'deelwijzer' });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
  let ready = false;

  server.post('/api/messages', async (req, res) => {
    const problem = checkActivity(req.body);
    if (problem) {
      res.send(400, { error: `geen geldige activity / not a valid activity: ${problem}` });
      return;
    }
    await adapter.process(req, res, async (context) => {
      await app.run(context);
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
