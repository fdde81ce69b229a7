// The Teams conversation: a thin shell that routes activities to answer() and renders cards.
import { ActivityTypes, TurnContext, type Activity, type Storage } from 'botbuilder';
import { Application, TurnState, type TeamsAdapter } from '@microsoft/teams-ai';
import { answer, type Answer } from '../ask/answer';
import { emergencyCard, examplesCard, formCard, helpCard, profileCard, textCard, verdictCard, welcomeCard, VERBS, type Card } from '../cards/cards';
import { REQUEST_VERBS } from '../cards/request-cards';
import { tenantAllowed, type Config } from '../config/config';
import type { Directory } from '../directory/directory';
import { MESSAGES } from '../i18n/messages';
import { commandLanguage, localeLanguage, readerLanguage } from '../i18n/language';
import { personalDataWarning } from '../present/describe';
import type { RuleIndex } from '../rules/compile';
import type { Store } from '../store/sql-store';
import { SLOTS, partyRefLabel, type Lang, type PartyRef } from '../vocabulary';
import { langSchema, profileSubmissionSchema, readQuestionSubmission, tappedLineSchema } from './submissions';
import { turnKey, welcomeKey } from './activity-shape';
import type { RequestService } from '../requests/service';
import { fileable } from '../requests/filing';
import { handleRequestAction, isRequestVerb, listMine, listOpen } from './request-actions';
import type { DigestService } from '../digest/service';
import { DIGEST_VERBS } from '../cards/digest-card';
import { digestNow, handleDigestAction } from './digest-actions';
import type { BreachService } from '../breach/service';
import { BREACH_VERBS } from '../cards/breach-cards';
import { breachKindIn } from '../breach/detect';
import { breachForm, handleBreachAction, isBreachVerb } from './breach-actions';
import { attach } from './replies';

export interface BotDeps {
  config: Config;
  rules: RuleIndex;
  directory: Directory;
  store: Store;
  requests: RequestService;
  digests: DigestService;
  breaches: BreachService;
  /** teams-ai turn state, shared by every instance (SqlStorage). */
  storage: Storage;
  adapter: TeamsAdapter;
  /** Today's date (YYYY-MM-DD) in the Netherlands: the shell's clock, handed to the pure core. */
  today: () => string;
  /** The current instant (ISO 8601), for records. */
  now: () => string;
  log: (event: string, fields?: Record<string, string | number | boolean>) => void;
}

const COMMANDS = {
  help: /^(help|hulp|\?)$/i,
  examples: /^(voorbeelden|voorbeeld|examples)$/i,
  profile: /^(profiel|profile)$/i,
  mine: /^(mijn verzoeken|my requests)$/i,
  open: /^(openstaande verzoeken|open verzoeken|open requests)$/i,
  digest: /^(digest|weekoverzicht|weekly digest)$/i,
  breach: /^(datalek|datalek melden|data ?breach|report a (data )?breach)$/i,
};

const userIdOf = (activity: Activity) => activity.from?.aadObjectId ?? activity.from?.id ?? 'onbekend';
const tenantOf = (activity: Activity) => activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;

export function createBot(deps: BotDeps): Application<TurnState> {
  const { config, rules, directory, store, requests, digests, breaches, adapter, today, now, log } = deps;
  const app = new Application<TurnState>({
    adapter,
    botAppId: config.BOT_ID ?? '',
    storage: deps.storage,
    startTypingTimer: false,
    removeRecipientMention: true,
    longRunningMessages: false,
  });

  const titles = Object.fromEntries(rules.books.map((b) => [b.id, b.title]));
  /**
   * The language to answer a command or a card action in: a word only one language has, else the language
   * the person last wrote in (or their client's locale, stored with how to reach them), else the organisation's
   * default. A typed word is remembered for the cards the bot sends them later.
   */
  const readerLangOf = async (activity: Activity, text?: string): Promise<Lang> => {
    const typed = commandLanguage(text);
    if (typed) await store.setLanguage(userIdOf(activity), typed);
    const remembered = localeLanguage((await store.getReference(userIdOf(activity)))?.locale);
    return readerLanguage({ typed, remembered, locale: activity.locale, fallback: config.DEFAULT_LANGUAGE });
  };
  const askerOf = async (activity: Activity): Promise<PartyRef | undefined> =>
    directory.find(activity.from?.aadObjectId)?.party ?? (await store.getProfile(userIdOf(activity)));

  /** The card for an answer: emergency first, a form when incomplete, otherwise the verdict. */
  const cardFor = (result: Answer, lang: Lang, as: PartyRef | undefined): Card => {
    const d = result.decision;
    if (d.verdict === 'acute') return emergencyCard(result, lang);
    if (d.verdict === 'incomplete') return formCard(d.question, d.missing, lang, personalDataWarning(result.parsed?.personalData ?? [], lang));
    return verdictCard(result, lang, { fileRequest: fileable(d, as) !== null, titles });
  };

  /**
   * Counts the question for the managers' digest (verdict, categories, purpose; never the text), once it
   * has a verdict: an incomplete question counts when its form is answered, so the two count once.
   */
  const count = async (result: Answer, as: PartyRef | undefined) => {
    if (!as || result.decision.verdict === 'incomplete') return;
    const q = result.decision.question;
    await store.recordQuestion({ at: now(), party: as, verdict: result.decision.verdict, data: q.data ?? [], purpose: q.purpose ?? null });
  };

  /** The card answering a free-text question (and its language), or null when nothing in it was about sharing. */
  const answerText = async (text: string, as: PartyRef | undefined): Promise<{ card: Card; lang: Lang } | null> => {
    const result = answer({ question: text, as }, rules, today());
    const s = result.parsed!.slots;
    const understood = s.acute || s.to || s.subject || s.data.length > 0 || s.purpose || (s.from && s.from !== as);
    if (!understood) return null;
    log('question', { verdict: result.decision.verdict, missing: result.decision.missing.join(','), lang: result.lang });
    await count(result, as);
    return { card: cardFor(result, result.lang, as), lang: result.lang };
  };

  // Every activity: tenant check first; then remember how to reach this user.
  app.turn('beforeTurn', async (context) => {
    const activity = context.activity;
    if (!tenantAllowed(config, tenantOf(activity))) {
      log('tenant-refused', { type: activity.type });
      return false;
    }
    // Teams redelivers a message it thinks went unanswered: the same activity id is answered once.
    if (activity.type === ActivityTypes.Message && activity.id && !(await store.markProcessed(turnKey(activity), now()))) {
      log('replay-ignored', { type: activity.type });
      return false;
    }
    if (activity.from?.id && activity.from.id !== activity.recipient?.id) {
      const changed = await store.saveReference(userIdOf(activity), TurnContext.getConversationReference(activity), now());
      // A contact person who could not be reached before (no or another reference) gets the requests that waited.
      if (changed && directory.find(activity.from.aadObjectId)?.roles.includes('contact')) {
        const sent = await requests.deliverWaiting(userIdOf(activity));
        if (sent > 0) log('requests-delivered-late', { count: sent });
      }
    }
    return true;
  });

  // Teams sends both conversationUpdate and installationUpdate on install, possibly to different
  // instances: a unique record in the database makes the welcome go out once.
  const welcome = async (context: TurnContext) => {
    const key = welcomeKey(context.activity.conversation?.id ?? '');
    if (!(await store.markProcessed(key, now()))) return;
    await context.sendActivity(attach(welcomeCard(await readerLangOf(context.activity))));
  };

  app.conversationUpdate('membersAdded', async (context) => {
    const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient?.id);
    if (botAdded) await welcome(context);
  });

  app.activity(ActivityTypes.InstallationUpdate, async (context) => {
    const action = (context.activity as Activity & { action?: string }).action ?? 'add';
    if (action.startsWith('add')) await welcome(context);
  });

  /** Each command's reply; `text` is what was typed or tapped (its words choose the language). */
  const commands: [RegExp, (context: TurnContext, text: string) => Promise<unknown>][] = [
    [COMMANDS.help, async (context, text) => {
      const roles = directory.find(context.activity.from?.aadObjectId)?.roles ?? ['staff'];
      await context.sendActivity(attach(helpCard(await readerLangOf(context.activity, text), roles)));
    }],
    [COMMANDS.examples, async (context, text) => context.sendActivity(attach(examplesCard(await readerLangOf(context.activity, text))))],
    [COMMANDS.profile, async (context, text) => {
      const lang = await readerLangOf(context.activity, text);
      const listed = directory.find(context.activity.from?.aadObjectId);
      if (listed) return context.sendActivity(attach(textCard([MESSAGES[lang].bot.profileFromDirectory(partyRefLabel(listed.party, lang))])));
      return context.sendActivity(attach(profileCard(lang, await store.getProfile(userIdOf(context.activity)), null)));
    }],
    [COMMANDS.mine, async (context, text) => context.sendActivity(attach(await listMine(requests, userIdOf(context.activity), await readerLangOf(context.activity, text), today())))],
    [COMMANDS.open, async (context, text) => context.sendActivity(attach(await listOpen(requests, userIdOf(context.activity), await readerLangOf(context.activity, text), today())))],
    [COMMANDS.breach, async (context, text) => {
      log('breach-form', { from: 'command' });
      return context.sendActivity(attach(breachForm(await readerLangOf(context.activity, text), await askerOf(context.activity), now(), null)));
    }],
    [COMMANDS.digest, async (context, text) => context.sendActivity(attach(await digestNow(digests, directory, userIdOf(context.activity), await readerLangOf(context.activity, text), today())))],
  ];
  for (const [pattern, reply] of commands) app.message(pattern, (context) => reply(context, context.activity.text ?? '').then(() => undefined));

  /** Replies to a question (or anything else) typed as a message. */
  const answerMessage = async (context: TurnContext, typed: string) => {
    const activity = context.activity;
    const text = typed.trim().slice(0, 2000);
    const lang = await readerLangOf(activity);
    if (!text) {
      await context.sendActivity(MESSAGES[lang].bot.unknownInput);
      return;
    }
    const as = await askerOf(activity);
    if (!as) {
      const probe = answer({ question: text }, rules, today());
      if (probe.decision.verdict === 'acute') {
        await context.sendActivity(attach(emergencyCard(probe, probe.lang)));
        return;
      }
      await context.sendActivity(attach(profileCard(probe.lang, undefined, text)));
      return;
    }
    // "telefoon kwijt": a breach is reported first; acute danger still goes before everything.
    const breachKind = breachKindIn(text);
    if (breachKind) {
      const read = answer({ question: text, as }, rules, today());
      if (read.decision.verdict !== 'acute') {
        log('breach-form', { from: 'text' });
        await context.sendActivity(attach(breachForm(read.lang, as, now(), breachKind)));
        return;
      }
    }
    const answered = await answerText(text, as);
    if (answered) await store.setLanguage(userIdOf(activity), answered.lang);
    await context.sendActivity(answered ? attach(answered.card) : MESSAGES[lang].bot.unknownInput);
  };

  /** A tapped line of help, voorbeelden or the welcome: answered as if it were typed. */
  const replyAsTyped = async (context: TurnContext, text: string) => {
    const command = commands.find(([pattern]) => pattern.test(text));
    await (command ? command[1](context, text) : answerMessage(context, text));
  };

  // Free text, and Action.Submit from older clients (a message whose value carries the verb).
  app.activity(ActivityTypes.Message, async (context) => {
    const activity = context.activity;
    const value = activity.value as { verb?: unknown } | undefined;
    if (value && typeof value === 'object' && typeof value.verb === 'string') {
      const card = await handleAction(value.verb, value, context);
      await context.sendActivity(attach(card));
      return;
    }
    await answerMessage(context, activity.text ?? '');
  });

  async function handleAction(verb: string, data: unknown, context: TurnContext): Promise<Card> {
    const activity = context.activity;
    const lang = langSchema.safeParse(data).data?.lang ?? (await readerLangOf(activity));
    const m = MESSAGES[lang].bot;
    const as = await askerOf(activity);
    if (verb === DIGEST_VERBS.open || verb === DIGEST_VERBS.evaluationHeld) {
      return handleDigestAction({ verb, data, lang, userId: userIdOf(activity), digests, directory, requests, today: today() });
    }
    if (isBreachVerb(verb)) {
      return handleBreachAction({ verb, data, context, lang, as, userId: userIdOf(activity), breaches, now: now() });
    }
    if (isRequestVerb(verb)) {
      return handleRequestAction({ verb, data, context, lang, as, userId: userIdOf(activity), requests, rules, today: today(), log });
    }
    switch (verb) {
      case VERBS.say: {
        const tapped = tappedLineSchema.safeParse(data);
        if (!tapped.success) return textCard([m.invalidSubmission(tapped.error.issues.map((i) => i.message).join('; '))]);
        await replyAsTyped(context, tapped.data.text);
        // The list stays as it was, so another line can be tapped.
        const roles = directory.find(activity.from?.aadObjectId)?.roles ?? ['staff'];
        return tapped.data.list === 'help' ? helpCard(lang, roles) : tapped.data.list === 'examples' ? examplesCard(lang) : welcomeCard(lang);
      }
      case VERBS.submitQuestion: {
        const read = readQuestionSubmission(data, as);
        if (!read.ok) return textCard([m.invalidSubmission(read.reason)]);
        const result = answer(read.input, rules, today());
        log('form', { verdict: result.decision.verdict });
        await count(result, as);
        return cardFor(result, lang, as);
      }
      case VERBS.newQuestion:
        return formCard({ from: as, date: today() }, [...SLOTS], lang, null, 'new');
      case VERBS.editQuestion: {
        const read = readQuestionSubmission((data as { slots?: unknown } | null)?.slots ?? {}, as);
        if (!read.ok) return textCard([m.invalidSubmission(read.reason)]);
        const { from, to, subject, data: categories, purpose, consent } = read.input;
        return formCard({ from, to, subject, data: categories, purpose, consent, date: today() }, [...SLOTS], lang, null, 'edit');
      }
      case VERBS.saveProfile: {
        if (directory.find(activity.from?.aadObjectId)) return textCard([m.profileFromDirectory(partyRefLabel(as!, lang))]);
        const parsed = profileSubmissionSchema.safeParse(data);
        if (!parsed.success) return textCard([m.invalidSubmission(parsed.error.issues.map((i) => i.message).join('; '))]);
        await store.setProfile(userIdOf(activity), parsed.data.party, now());
        log('profile-saved', { party: parsed.data.party.party });
        const pending = parsed.data.pending?.trim();
        const pendingBreach = pending ? breachKindIn(pending) : null;
        if (pendingBreach) return breachForm(lang, parsed.data.party, now(), pendingBreach);
        const answered = pending ? (await answerText(pending, parsed.data.party))?.card : null;
        return answered ?? textCard([m.profileSaved(partyRefLabel(parsed.data.party, lang)), m.askAgain]);
      }
      default:
        return textCard([m.invalidSubmission(`onbekende actie "${verb.slice(0, 40)}"`)]);
    }
  }

  for (const verb of [...Object.values(VERBS), ...Object.values(REQUEST_VERBS), ...Object.values(DIGEST_VERBS), ...Object.values(BREACH_VERBS)]) {
    app.adaptiveCards.actionExecute(verb, async (context, _state, data) => handleAction(verb, data, context));
  }
  // Any other card action (unknown verb, or none): a clear refusal instead of an error status.
  app.adaptiveCards.actionExecute(
    async (context) => context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action',
    async (context) => {
      const raw = (context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
      return handleAction(typeof raw === 'string' ? raw : '', {}, context);
    },
  );

  // Any other invoke (none or an unknown name): 400 with a reason, never the SDK's 501.
  app.activity(ActivityTypes.Invoke, async (context) => {
    log('invoke-refused', { name: String(context.activity.name ?? '').slice(0, 40) });
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400, body: { error: 'onbekende actie / unknown invoke' } } });
  });

  app.error(async (context, error) => {
    log('turn-error', { name: error.name });
    try {
      await context.sendActivity(MESSAGES[localeLanguage(context.activity.locale) ?? config.DEFAULT_LANGUAGE].bot.invalidSubmission('interne fout'));
    } catch {
      // The connector may be unreachable; the error is logged.
    }
  });

  return app;
}
