// What no route took, and errors: an invoke always gets an answer with a status, never the SDK's 501.
import { ActivityTypes } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { MESSAGES } from '../i18n/messages';
import { errorFields } from '../log';
import type { Shell } from './shell';

/** An error from a call to the connector (a status, a network error, a timeout): sending another message would fail the same way. */
const connectorFailed = (error: unknown) => {
  const e = error as { name?: unknown; statusCode?: unknown; code?: unknown };
  return typeof e?.statusCode === 'number' || e?.name === 'RestError' || e?.name === 'AbortError' || (typeof e?.code === 'string' && /^(E[A-Z]+|REQUEST_SEND_ERROR)$/.test(e.code));
};

export function registerTurnEnd(app: Application<TurnState>, shell: Shell): void {
  const { log } = shell;
  // Any other invoke (none or an unknown name): 400 with a reason.
  app.activity(ActivityTypes.Invoke, async (context) => {
    log('invoke-refused', { name: String(context.activity.name ?? '').slice(0, 40) });
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400, body: { error: 'onbekende actie / unknown invoke' } } });
  });

  app.error(async (context, error) => {
    log('turn-error', errorFields(error));
    // An invoke is answered in the HTTP response; a message gets a line, unless the connector itself failed.
    if (context.activity.type === ActivityTypes.Invoke) {
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 500, body: { error: 'interne fout / internal error' } } });
      return;
    }
    if (connectorFailed(error)) return;
    try {
      await context.sendActivity(MESSAGES[shell.localeLangOf(context.activity)].bot.invalidSubmission('interne fout'));
    } catch {
      // The connector may be unreachable; the error is logged.
    }
  });
}
