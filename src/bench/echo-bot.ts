// The baseline for `npm run bench`: a minimal teams-ai bot that answers every message with one card,
// on the same adapter and HTTP server as Deelwijzer.
import { MemoryStorage, CardFactory } from 'botbuilder';
import { Application, TurnState } from '@microsoft/teams-ai';
import { BotAdapter } from '../bot/adapter';
import { createServer } from '../server';

const adapter = new BotAdapter({});
const app = new Application<TurnState>({ adapter, botAppId: '', storage: new MemoryStorage(), startTypingTimer: false, longRunningMessages: false });
app.activity('message', async (context) => {
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'echo', wrap: true }] })] });
});
const server = createServer(adapter, app, { requireToken: false });
server.listen(Number(process.env.PORT ?? 3979));
