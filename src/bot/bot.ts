// The Teams conversation: teams-ai's Application with the features' routes. Each feature (features/) registers
// its commands, card verbs and free text through the router (routes.ts), which applies the identity rule to every
// route; the turn's start (tenant, replays, references) and end (other invokes, errors) are shared.
import { Application, TurnState } from './teams-ai';
import { registerBreach } from './features/breach';
import { registerDigest } from './features/digest';
import { registerHelp } from './features/help';
import { registerProfile } from './features/profile';
import { registerQuestions } from './features/question';
import { registerRequests } from './features/requests';
import { createRoutes, type Routes } from './routes';
import { createShell, type BotDeps, type Shell } from './shell';
import { registerTurnEnd } from './turn-end';
import { registerTurnStart } from './turn-start';

export type { BotDeps } from './shell';

/** Every feature of the bot, each registering its own routes. */
export const FEATURES: readonly ((routes: Routes, shell: Shell) => void)[] = [registerHelp, registerQuestions, registerProfile, registerRequests, registerBreach, registerDigest];

export function createBot(deps: BotDeps): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter: deps.adapter,
    botAppId: deps.config.BOT_ID ?? '',
    storage: deps.storage,
    startTypingTimer: false,
    removeRecipientMention: true,
    longRunningMessages: false,
  });
  const shell = createShell(deps);
  registerTurnStart(app, shell);
  const routes = createRoutes(app, shell);
  for (const register of FEATURES) register(routes, shell);
  routes.finish();
  registerTurnEnd(app, shell);
  return app;
}
