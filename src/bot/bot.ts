// The Teams conversation: a thin shell that routes activities to answer() and renders cards.
import { ActivityTypes, TurnContext, type Activity, type Storage } from 'botbuilder';
import { Application, TurnState, type TeamsAdapter } from './teams-ai';
import { answer, type Answer } from '../ask/answer';
import { emergencyCard, examplesCard, formCard, helpCard, profileCard, textCard, verdictCard, welcomeCard, VERBS, type Card } from '../cards/cards';
import { tenantAllowed, type Config } from '../config/config';
import type { Directory } from '../directory/directory';
import { MESSAGES } from '../i18n/messages';
import { commandLanguage, localeLanguage, readerLanguage } from '../i18n/language';
import { personalDataWarning } from '../present/describe';
import type { RuleIndex } from '../rules/compile';
import type { Store } from '../store/sql-store';
import { SLOTS, partyRefLabel, type Lang } from '../vocabulary';
import { langSchema, profileSubmissionSchema, readQuestionSubmission, tappedLineSchema } from './submissions';
import { turnKey, welcomeKey } from './activity-shape';
import type { RequestService } from '../requests/service';
import { fileable } from '../requests/filing';
import { handleRequestAction, isRequestVerb, listMine, listOpen } from './request-actions';
import type { DigestService } from '../digest/service';
import { DIGEST_VERBS } from '../cards/digest-card';
import { digestNow, handleDigestAction } from './digest-actions';
import type { BreachService } from '../breach/service';
import { breachKindIn } from '../breach/detect';
import type { BreachKind } from '../breach/breach';
import { breachForm, handleBreachAction, isBreachVerb } from './breach-actions';
import { attach, withNotice } from './replies';
import { routeCardActions } from './card-actions';
import { errorFields } from '../log';
import { actorIdOf, askerOf as findAsker, verifiedParty, type Asker } from './identity';

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

const tenantOf = (activity: Activity) => activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;

/** An error from a call to the connector (a status, a network error, a timeout): sending another message would fail the same way. */
const connectorFailed = (error: unknown) => {
  const e = error as { name?: unknown; statusCode?: unknown; code?: unknown };
  return typeof e?.statusCode === 'number' || e?.name === 'RestError' || e?.name === 'AbortError' || (typeof e?.code === 'string' && /^(E[A-Z]+|REQUEST_SEND_ERROR)$/.test(e.code));
};

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

  // The person is the activity's aadObjectId (see identity.ts); without one an activity may only ask questions.
  const production = config.NODE_ENV === 'production';
  const actorOf = (activity: Activity) => actorIdOf(activity, production);
  const askerOf = (activity: Activity): Promise<Asker | undefined> => findAsker(directory, actorOf(activity), (id) => store.getProfile(id));
  const unknownUserCard = (lang: Lang) => textCard([MESSAGES[lang].bot.identity.unknownUser]);
  const titles = Object.fromEntries(rules.books.map((b) => [b.id, b.title]));
  /** Without a remembered language: the client's locale, else the organisation's default. */
  const localeLangOf = (activity: Activity): Lang => localeLanguage(activity.locale) ?? config.DEFAULT_LANGUAGE;
  /**
   * The language to answer a command or a card action in: a word only one language has, else the language
   * the person last wrote in (or their client's locale, stored with how to reach them), else the organisation's
   * default. A typed word is remembered for the cards the bot sends them later (only for a verified id).
   */
  const readerLangOf = async (activity: Activity, text?: string): Promise<Lang> => {
    const typed = commandLanguage(text);
    const actorId = actorOf(activity);
    if (!actorId) return readerLanguage({ typed, locale: activity.locale, fallback: config.DEFAULT_LANGUAGE });
    if (typed) await store.setLanguage(actorId, typed);
    const remembered = localeLanguage((await store.getReference(actorId))?.locale);
    return readerLanguage({ typed, remembered, locale: activity.locale, fallback: config.DEFAULT_LANGUAGE });
  };

  /**
   * The card for an answer: emergency first, a form when incomplete, otherwise the verdict. Only a verified
   * organisation can file; an answer shaped by a self-chosen one says so, and what to do instead of filing.
   */
  const cardFor = (result: Answer, lang: Lang, asker: Asker | undefined): Card => {
    const d = result.decision;
    if (d.verdict === 'acute') return emergencyCard(result, lang, titles);
    const card =
      d.verdict === 'incomplete'
        ? formCard(d.question, d.missing, lang, personalDataWarning(result.parsed?.personalData ?? [], lang))
        : verdictCard(result, lang, { fileRequest: fileable(d, verifiedParty(asker)) !== null, titles });
    if (!asker || asker.verified) return card;
    const m = MESSAGES[lang].bot.identity;
    return withNotice(card, [m.chosen(partyRefLabel(asker.party, lang)), ...(d.verdict !== 'incomplete' && fileable(d, asker.party) ? [m.cannotFile] : [])]);
  };

  /**
   * Counts the question for the managers' digest (verdict, categories, purpose; never the text): verified
   * organisations only, and once it has a verdict (an incomplete question counts when its form is answered).
   */
  const count = async (result: Answer, asker: Asker | undefined) => {
    const party = verifiedParty(asker);
    if (!party || result.decision.verdict === 'incomplete') return;
    const q = result.decision.question;
    await store.recordQuestion({ at: now(), party, verdict: result.decision.verdict, data: q.data ?? [], purpose: q.purpose ?? null });
  };

  /** The card answering a free-text question (and its language), or null when nothing in it was about sharing. */
  const answerText = async (text: string, asker: Asker | undefined): Promise<{ card: Card; lang: Lang } | null> => {
    const as = asker?.party;
    const result = answer({ question: text, as }, rules, today());
    const s = result.parsed!.slots;
    const understood = s.acute || s.to || s.subject || s.data.length > 0 || s.purpose || (s.from && s.from !== as);
    if (!understood) return null;
    log('question', { verdict: result.decision.verdict, missing: result.decision.missing.join(','), lang: result.lang });
    await count(result, asker);
    return { card: cardFor(result, result.lang, asker), lang: result.lang };
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
    // Only under the person's own id: an activity without one never becomes the way to reach anybody.
    const actorId = actorOf(activity);
    if (actorId && activity.from.id !== activity.recipient?.id) {
      const changed = await store.saveReference(actorId, TurnContext.getConversationReference(activity), now());
      // A contact person who could not be reached before (no or another reference) gets the requests that waited.
      if (changed && directory.find(actorId)?.roles.includes('contact')) {
        const sent = await requests.deliverWaiting(actorId);
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

  /** A command that acts for the person: without a verified id it gets the explanation instead. */
  const personal =
    (run: (context: TurnContext, text: string, actorId: string) => Promise<unknown>) =>
    async (context: TurnContext, text: string): Promise<unknown> => {
      const actorId = actorOf(context.activity);
      if (!actorId) return context.sendActivity(attach(unknownUserCard(await readerLangOf(context.activity, text))));
      return run(context, text, actorId);
    };

  /** The breach form for a verified reporter; anyone else is told to go to their privacy officer. */
  const breachFormFor = (asker: Asker | undefined, lang: Lang, kind: BreachKind | null): Card => {
    const party = verifiedParty(asker);
    if (!party) return textCard([MESSAGES[lang].bot.identity.cannotReportBreach]);
    log('breach-form', { from: kind ? 'text' : 'command' });
    return breachForm(lang, party, now(), kind);
  };

  const rolesOf = (activity: Activity) => directory.find(actorOf(activity))?.roles ?? ['staff'];

  /** Each command's reply; `text` is what was typed or tapped (its words choose the language). */
  const commands: [RegExp, (context: TurnContext, text: string) => Promise<unknown>][] = [
    [COMMANDS.help, async (context, text) => context.sendActivity(attach(helpCard(await readerLangOf(context.activity, text), rolesOf(context.activity))))],
    [COMMANDS.examples, async (context, text) => context.sendActivity(attach(examplesCard(await readerLangOf(context.activity, text))))],
    [
      COMMANDS.profile,
      personal(async (context, text, actorId) => {
        const lang = await readerLangOf(context.activity, text);
        const listed = directory.find(actorId);
        if (listed) return context.sendActivity(attach(textCard([MESSAGES[lang].bot.profileFromDirectory(partyRefLabel(listed.party, lang))])));
        return context.sendActivity(attach(profileCard(lang, await store.getProfile(actorId), null)));
      }),
    ],
    [COMMANDS.mine, personal(async (context, text, actorId) => context.sendActivity(attach(await listMine(requests, actorId, await readerLangOf(context.activity, text), today()))))],
    [COMMANDS.open, personal(async (context, text, actorId) => context.sendActivity(attach(await listOpen(requests, actorId, await readerLangOf(context.activity, text), today()))))],
    [COMMANDS.breach, personal(async (context, text) => context.sendActivity(attach(breachFormFor(await askerOf(context.activity), await readerLangOf(context.activity, text), null))))],
    [COMMANDS.digest, personal(async (context, text, actorId) => context.sendActivity(attach(await digestNow(digests, directory, actorId, await readerLangOf(context.activity, text), today()))))],
  ];
  for (const [pattern, reply] of commands) app.message(pattern, (context) => reply(context, context.activity.text ?? '').then(() => undefined));

  /** Replies to a question (or anything else) typed as a message. */
  const answerMessage = async (context: TurnContext, typed: string) => {
    const activity = context.activity;
    const text = typed.trim().slice(0, 2000);
    // Only a reply that is not an answer needs the reader's language (an answer takes the question's): read it then.
    const readerLang = () => readerLangOf(activity);
    if (!text) {
      await context.sendActivity(MESSAGES[await readerLang()].bot.unknownInput);
      return;
    }
    const actorId = actorOf(activity);
    if (!actorId) {
      // Nobody to store a profile for: the question is answered as asked, and the card says what else is needed.
      // A breach report needs a reporter; acute danger still goes first.
      const breach = breachKindIn(text) ? answer({ question: text }, rules, today()) : null;
      if (breach && breach.decision.verdict !== 'acute') {
        const m = MESSAGES[breach.lang].bot.identity;
        await context.sendActivity(attach(textCard([m.cannotReportBreach, m.unknownUser])));
        return;
      }
      const answered = await answerText(text, undefined);
      const m = MESSAGES[answered?.lang ?? (await readerLang())].bot;
      await context.sendActivity(attach(withNotice(answered?.card ?? textCard([m.unknownInput]), [m.identity.unknownUser])));
      return;
    }
    const asker = await askerOf(activity);
    if (!asker) {
      const probe = answer({ question: text }, rules, today());
      if (probe.decision.verdict === 'acute') {
        await context.sendActivity(attach(emergencyCard(probe, probe.lang, titles)));
        return;
      }
      await context.sendActivity(attach(profileCard(probe.lang, undefined, text)));
      return;
    }
    // "telefoon kwijt": a breach is reported first; acute danger still goes before everything.
    const breachKind = breachKindIn(text);
    if (breachKind) {
      const read = answer({ question: text, as: asker.party }, rules, today());
      if (read.decision.verdict !== 'acute') {
        await context.sendActivity(attach(breachFormFor(asker, read.lang, breachKind)));
        return;
      }
    }
    const answered = await answerText(text, asker);
    if (answered) await store.setLanguage(actorId, answered.lang);
    await context.sendActivity(answered ? attach(answered.card) : MESSAGES[await readerLang()].bot.unknownInput);
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

  /**
   * Card actions that only ask a question: allowed without a verified id (the answer is not shaped by anyone).
   * A tapped line is answered as if typed, so a command in it checks the id itself.
   */
  const QUESTION_VERBS = new Set<string>([VERBS.submitQuestion, VERBS.newQuestion, VERBS.editQuestion, VERBS.say]);

  async function handleAction(verb: string, data: unknown, context: TurnContext): Promise<Card> {
    const activity = context.activity;
    const lang = langSchema.safeParse(data).data?.lang ?? (await readerLangOf(activity));
    const m = MESSAGES[lang].bot;
    const actorId = actorOf(activity);
    if (!actorId && !QUESTION_VERBS.has(verb)) return unknownUserCard(lang);
    const asker = await askerOf(activity);
    const as = asker?.party;
    if (verb === DIGEST_VERBS.open || verb === DIGEST_VERBS.evaluationHeld) {
      return handleDigestAction({ verb, data, lang, userId: actorId!, digests, directory, requests, today: today() });
    }
    if (isBreachVerb(verb)) {
      return handleBreachAction({ verb, data, context, lang, as: verifiedParty(asker), userId: actorId!, breaches, now: now() });
    }
    if (isRequestVerb(verb)) {
      return handleRequestAction({ verb, data, context, lang, as: verifiedParty(asker), userId: actorId!, requests, rules, today: today(), log });
    }
    switch (verb) {
      case VERBS.say: {
        const tapped = tappedLineSchema.safeParse(data);
        if (!tapped.success) return textCard([m.invalidSubmission(tapped.error.issues.map((i) => i.message).join('; '))]);
        await replyAsTyped(context, tapped.data.text);
        // The list stays as it was, so another line can be tapped.
        const roles = rolesOf(activity);
        return tapped.data.list === 'help' ? helpCard(lang, roles) : tapped.data.list === 'examples' ? examplesCard(lang) : welcomeCard(lang);
      }
      case VERBS.submitQuestion: {
        const read = readQuestionSubmission(data, as);
        if (!read.ok) return textCard([m.invalidSubmission(read.reason)]);
        const result = answer(read.input, rules, today());
        log('form', { verdict: result.decision.verdict });
        await count(result, asker);
        return cardFor(result, lang, asker);
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
        if (asker?.verified) return textCard([m.profileFromDirectory(partyRefLabel(asker.party, lang))]);
        const parsed = profileSubmissionSchema.safeParse(data);
        if (!parsed.success) return textCard([m.invalidSubmission(parsed.error.issues.map((i) => i.message).join('; '))]);
        await store.setProfile(actorId!, parsed.data.party, now());
        log('profile-saved', { party: parsed.data.party.party });
        const chosen: Asker = { party: parsed.data.party, verified: false };
        const pending = parsed.data.pending?.trim();
        const pendingBreach = pending ? breachKindIn(pending) : null;
        if (pendingBreach) return breachFormFor(chosen, lang, pendingBreach);
        const answered = pending ? (await answerText(pending, chosen))?.card : null;
        return answered ?? textCard([m.profileSaved(partyRefLabel(parsed.data.party, lang)), m.askAgain]);
      }
      default:
        return textCard([m.invalidSubmission(`onbekende actie "${verb.slice(0, 40)}"`)]);
    }
  }

  // Every card action, well-formed or not, gets a card back (200), never the SDK's 501.
  routeCardActions(app, {
    run: handleAction,
    malformed: (context) => {
      const lang = localeLangOf(context.activity);
      return textCard([MESSAGES[lang].bot.invalidSubmission(lang === 'nl' ? 'geen geldige kaartactie' : 'not a valid card action')]);
    },
    log,
  });

  // Any other invoke (none or an unknown name): 400 with a reason, never the SDK's 501.
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
      await context.sendActivity(MESSAGES[localeLangOf(context.activity)].bot.invalidSubmission('interne fout'));
    } catch {
      // The connector may be unreachable; the error is logged.
    }
  });

  return app;
}
