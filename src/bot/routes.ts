// The bot's router: every feature registers its commands, card verbs and free text here, on teams-ai's
// Application (app.message, adaptiveCards.actionExecute / actionSubmit). It is also the one identity guard:
// each route says who may use it, and a route for a person is never run without the sender's verified id
// (from.aadObjectId, identity.ts); the sender gets the explanation instead. Features never see the Application.
import { ActivityTypes, CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod/v4';
import { textCard, type Card } from '../cards/cards';
import { COMMAND_TABLE, commandOf, type CommandAccess, type CommandId } from '../commands';
import { MESSAGES } from '../i18n/messages';
import type { Lang } from '../vocabulary';
import { attach } from './replies';
import { actorResolver, type Shell } from './shell';
import { langSchema } from './submissions';

/** `person`: acts for someone, needs a verified id; `anyone`: asks a question or shows something, also without one. */
export type Access = 'anyone' | 'person';
type ActorId<A extends Access> = A extends 'person' ? string : string | undefined;

export type CommandRun<A extends Access> = (context: TurnContext, text: string, actorId: ActorId<A>) => Promise<unknown>;

/** `actorId`: the sender's verified id, when the activity carries one. */
export type TextRun = (context: TurnContext, text: string, actorId: string | undefined) => Promise<void>;

export interface ActionTurn<A extends Access> {
  verb: string;
  /** The card's data (Action.Execute) or the submitted value (Action.Submit): untrusted, checked by zod in the feature. */
  data: unknown;
  context: TurnContext;
  /** The language the card says it is in, else the reader's. */
  lang: Lang;
  actorId: ActorId<A>;
}
export type ActionRun<A extends Access> = (turn: ActionTurn<A>) => Promise<Card>;

export interface Routes {
  /** A command of the command table; who may use it is the table's `access`. */
  command<Id extends CommandId>(id: Id, run: CommandRun<CommandAccess<Id>>): void;
  /** Card verbs, pressed as Action.Execute (invoke) or Action.Submit (a message with `value.verb`); the card returned answers. */
  action<A extends Access>(verbs: readonly string[], access: A, run: ActionRun<A>): void;
  /** A typed message that is no command and no card submission (a question): open to anyone, one handler. */
  text(run: TextRun): void;
  /** The bot was added to a conversation (welcome): open to anyone, one handler. */
  installed(run: (context: TurnContext) => Promise<void>): void;
  /** Answers a text as if it were typed: a command (guarded like a typed one) or a question. */
  replyAsTyped(context: TurnContext, text: string): Promise<void>;
}

/** What was registered: every route and who may use it (the tests check it against every verb and command). */
export interface RouteEntry {
  kind: 'command' | 'action';
  name: string;
  access: Access;
}

export const CARD_ACTION_INVOKE = 'adaptiveCard/action';

const actionSchema = z.looseObject({
  action: z.looseObject({
    type: z.literal('Action.Execute'),
    verb: z.string().max(100),
    data: z.unknown().optional(),
  }),
});

type SubmitValue = { verb: string } & Record<string, unknown>;
const submittedValue = (context: TurnContext): SubmitValue | null => {
  const a = context.activity;
  const value = a.type === ActivityTypes.Message ? (a.value as { verb?: unknown } | null | undefined) : undefined;
  return value && typeof value === 'object' && typeof value.verb === 'string' ? (value as SubmitValue) : null;
};

/** The invoke response carrying a card: status 200, as Teams expects for Universal Actions. */
const cardResponse = (card: Card) => ({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } } });

export function createRoutes(app: Application<TurnState>, shell: Shell): Routes & { entries: RouteEntry[]; finish(): void } {
  const { log } = shell;
  const actorOf = actorResolver(shell.config);
  const unknownUserCard = (lang: Lang) => textCard([MESSAGES[lang].bot.identity.unknownUser]);
  const entries: RouteEntry[] = [];
  const commands = new Map<CommandId, (context: TurnContext, text: string) => Promise<void>>();
  const actions = new Map<string, (data: unknown, context: TurnContext) => Promise<Card>>();
  let textRun: TextRun | undefined;
  let installedRun: ((context: TurnContext) => Promise<void>) | undefined;

  const unknownAction = async (verb: string, data: unknown, context: TurnContext): Promise<Card> => {
    const lang = langSchema.safeParse(data).data?.lang ?? (await shell.readerLangOf(context.activity));
    if (!actorOf(context.activity)) return unknownUserCard(lang);
    return textCard([MESSAGES[lang].bot.invalidSubmission(`onbekende actie "${verb.slice(0, 40)}"`)]);
  };
  const runAction = (verb: string, data: unknown, context: TurnContext) => actions.get(verb)?.(data, context) ?? unknownAction(verb, data, context);

  /**
   * Answers an Action.Execute with its card. A card with `refresh` replaces the message it was pressed on for
   * everyone in the chat, who then each refresh to their own view; without the message's id (replyToId) there is
   * nothing to replace. Sent here, not by teams-ai, which switches every later answer of the verb to "replace for
   * everyone" once one card with `refresh` went out: each invoke decides its own.
   */
  const respond = async (context: TurnContext, card: Card) => {
    const replyToId = context.activity.replyToId;
    if (card.refresh && replyToId) {
      try {
        await context.updateActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id: replyToId });
      } catch {
        // The connector failed or timed out: the person who pressed still gets the card below.
        log('card-update-failed');
      }
    }
    await context.sendActivity(cardResponse(card));
  };

  const routes: Routes = {
    command(id, run) {
      if (commands.has(id)) throw new Error(`routes.command: "${id}" has a route already`);
      const access: Access = COMMAND_TABLE[id].access;
      entries.push({ kind: 'command', name: id, access });
      const guarded = async (context: TurnContext, text: string) => {
        const actorId = actorOf(context.activity);
        if (access === 'person' && !actorId) {
          await context.sendActivity(attach(unknownUserCard(await shell.readerLangOf(context.activity, text))));
          return;
        }
        await (run as CommandRun<'anyone'>)(context, text, actorId);
      };
      commands.set(id, guarded);
      app.message(
        async (context) => context.activity.type === ActivityTypes.Message && commandOf(context.activity.text) === id,
        (context) => guarded(context, context.activity.text ?? ''),
      );
    },

    action(verbs, access, run) {
      for (const verb of verbs) {
        if (actions.has(verb)) throw new Error(`routes.action: "${verb}" has a route already`);
        entries.push({ kind: 'action', name: verb, access });
        actions.set(verb, async (data, context) => {
          const lang = langSchema.safeParse(data).data?.lang ?? (await shell.readerLangOf(context.activity));
          const actorId = actorOf(context.activity);
          if (access === 'person' && !actorId) return unknownUserCard(lang);
          return (run as ActionRun<'anyone'>)({ verb, data, context, lang, actorId });
        });
        app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
          const card = await runAction(verb, data, context);
          await respond(context, card);
          return card;
        });
        // A selector of our own: teams-ai's reads `value.verb` even when `value` is null.
        app.adaptiveCards.actionSubmit(
          async (context) => !context.activity.text && submittedValue(context)?.verb === verb,
          async (context, _state, data) => {
            await context.sendActivity(attach(await runAction(verb, data, context)));
          },
        );
      }
    },

    text(run) {
      if (textRun) throw new Error('routes.text: free text has one handler');
      textRun = run;
    },

    installed(run) {
      if (installedRun) throw new Error('routes.installed: the welcome has one handler');
      installedRun = run;
    },

    async replyAsTyped(context, text) {
      const id = commandOf(text);
      const command = id && commands.get(id);
      if (command) await command(context, text);
      else await textRun?.(context, text, actorOf(context.activity));
    },
  };

  /** Routes that catch what no feature's route took: registered last, after every feature. */
  const finish = () => {
    // Teams sends both conversationUpdate and installationUpdate on install, possibly to different instances.
    app.conversationUpdate('membersAdded', async (context) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient?.id);
      if (botAdded) await installedRun?.(context);
    });
    app.activity(ActivityTypes.InstallationUpdate, async (context) => {
      const action = (context.activity as { action?: string }).action ?? 'add';
      if (action.startsWith('add')) await installedRun?.(context);
    });

    // A submission that also carries text, or whose verb no feature has: answered like Action.Execute's.
    app.message(
      async (context) => submittedValue(context) !== null,
      async (context) => {
        const value = submittedValue(context)!;
        await context.sendActivity(attach(await runAction(value.verb, value, context)));
      },
    );
    app.activity(ActivityTypes.Message, async (context) => {
      await textRun?.(context, context.activity.text ?? '', actorOf(context.activity));
    });

    // Every other card action, well-formed or not, gets a card back (200), never the SDK's 501.
    app.addRoute(
      async (context) => context.activity.type === ActivityTypes.Invoke && context.activity.name === CARD_ACTION_INVOKE,
      async (context) => {
        const parsed = actionSchema.safeParse(context.activity.value);
        if (!parsed.success) {
          log('card-action-refused', { reason: 'malformed' });
          const lang = shell.localeLangOf(context.activity);
          await context.sendActivity(cardResponse(textCard([MESSAGES[lang].bot.invalidSubmission(lang === 'nl' ? 'geen geldige kaartactie' : 'not a valid card action')])));
          return;
        }
        await respond(context, await unknownAction(parsed.data.action.verb, parsed.data.action.data ?? {}, context));
      },
      true,
    );
  };

  return { ...routes, entries, finish };
}
