// How the bot answers inside a turn: a card as a message, a few lines as a card, and the Teams id a
// returned card should refresh for.
import { ActivityTypes, CardFactory, type TurnContext } from 'botbuilder';
import { textCard, type Card } from '../cards/cards';

export const attach = (card: Card) => ({ type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(card)] });

/** Sends lines of text as a card, beside the card an action returns. */
export const say = (context: TurnContext, lines: string[]) => context.sendActivity(attach(textCard(lines)));

/**
 * The Teams id to refresh a returned card for. teams-ai replaces a card that has `refresh` in place
 * through the activity's replyToId, so without one the card goes back without refresh.
 */
export const refreshFor = (context: TurnContext): string | null => (context.activity.replyToId ? (context.activity.from?.id ?? null) : null);

/** The card with a few lines added at the end (how the organisation was known, what the user can do instead). */
export const withNotice = (card: Card, lines: string[]): Card => ({
  ...card,
  body: [...((card.body as unknown[] | undefined) ?? []), ...lines.map((text) => ({ type: 'TextBlock', text, wrap: true, isSubtle: true, spacing: 'Medium' }))],
});
