// Adaptive Card actions (Universal Actions, invoke `adaptiveCard/action`). Handled here instead of teams-ai's
// actionExecute, which answers 501 to an action it does not expect and switches a verb to "replace for
// everyone" for all later users once one card with `refresh` went out. Here each invoke decides its own answer.
import { ActivityTypes, CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod/v4';
import type { Card } from '../cards/cards';

export const CARD_ACTION_INVOKE = 'adaptiveCard/action';

const actionSchema = z.looseObject({
  action: z.looseObject({
    type: z.literal('Action.Execute'),
    verb: z.string().max(100),
    data: z.unknown().optional(),
  }),
});

export interface CardActionHandlers {
  /** The card that answers a well-formed action. */
  run: (verb: string, data: unknown, context: TurnContext) => Promise<Card>;
  /** The refusal card for an action that is not one (no action, another type, no verb). */
  malformed: (context: TurnContext) => Card;
  log: (event: string, fields?: Record<string, string | number | boolean>) => void;
}

/** The invoke response carrying a card: status 200, as Teams expects for Universal Actions. */
const cardResponse = (card: Card) => ({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } } });

export function routeCardActions(app: Application<TurnState>, handlers: CardActionHandlers): void {
  app.addRoute(
    async (context) => context.activity.type === ActivityTypes.Invoke && context.activity.name === CARD_ACTION_INVOKE,
    async (context) => {
      const parsed = actionSchema.safeParse(context.activity.value);
      if (!parsed.success) {
        handlers.log('card-action-refused', { reason: 'malformed' });
        await context.sendActivity(cardResponse(handlers.malformed(context)));
        return;
      }
      const card = await handlers.run(parsed.data.action.verb, parsed.data.action.data ?? {}, context);
      // A card with `refresh` replaces the message it was pressed on for everyone in the chat, who then each
      // refresh to their own view. Without the message's id (replyToId) there is nothing to replace.
      const replyToId = context.activity.replyToId;
      if (card.refresh && replyToId) {
        try {
          await context.updateActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id: replyToId });
        } catch {
          // The connector failed or timed out: the person who pressed still gets the card below.
          handlers.log('card-update-failed');
        }
      }
      await context.sendActivity(cardResponse(card));
    },
    true,
  );
}
