// Reporting a data breach from the chat: the form, its submission and the steps on the breach card.
// Every submission goes through zod; a partial form comes back with what is missing and sends nothing.
import { TurnContext } from 'botbuilder';
import { attach, refreshFor, say } from '../replies';
import { z } from 'zod/v4';
import { apFormSchema, breachFormSchema, type BreachKind } from '../../breach/breach';
import type { BreachService } from '../../breach/service';
import { amsterdamInstant, amsterdamLocal } from '../../time/amsterdam';
import { instantAfter } from '../../time/instants';
import { BREACH_VERBS, breachFormCard, type BreachFormValues } from '../../cards/breach-cards';
import { textCard, type Card } from '../../cards/cards';
import { MESSAGES } from '../../i18n/messages';
import { BREACH_MESSAGES } from '../../i18n/breach-messages';
import { formatPartyRef, type Lang, type PartyRef } from '../../vocabulary';
import { verifiedParty, type Asker } from '../identity';
import type { Routes } from '../routes';
import type { Shell } from '../shell';
import { actionKey, turnKey } from '../activity-shape';

const breachIdSchema = z.object({ breachId: z.string().regex(/^[0-9a-f-]{36}$/) });

/** The form, prefilled with what is known: the kind the message suggested, now, and the reporter's own organisation. */
function breachForm(lang: Lang, as: PartyRef | undefined, now: string, kind: BreachKind | null): Card {
  const { date, time } = amsterdamLocal(now);
  return breachFormCard(lang, { kind: kind ?? '', discoveredDate: date, discoveredTime: time, parties: formatPartyRef(as) ?? '' });
}

/** The fields a form's problems are about, in the reader's language, each once. */
function problemsOf(issues: readonly { path: readonly PropertyKey[] }[], lang: Lang): string {
  const words = BREACH_MESSAGES[lang].fieldProblem;
  const fields = [...new Set(issues.map((i) => String(i.path[0] ?? '')))];
  return fields.map((f) => words[f as keyof typeof words] ?? f).join('; ');
}

const valuesOf = (data: unknown): BreachFormValues => {
  const raw = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const pick = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string).slice(0, 600) : undefined);
  return {
    kind: pick('kind'),
    discoveredDate: pick('discoveredDate'),
    discoveredTime: pick('discoveredTime'),
    encrypted: pick('encrypted'),
    parties: pick('parties'),
    subjects: pick('subjects'),
    data: pick('data'),
    people: pick('people'),
  };
};

/** The breach form for a verified reporter; anyone else is told to go to their privacy officer. */
export function breachFormFor(shell: Shell, asker: Asker | undefined, lang: Lang, kind: BreachKind | null): Card {
  const party = verifiedParty(asker);
  if (!party) return textCard([MESSAGES[lang].bot.identity.cannotReportBreach]);
  shell.log('breach-form', { from: kind ? 'text' : 'command' });
  return breachForm(lang, party, shell.now(), kind);
}

/** `datalek` and the breach card's steps. */
export function registerBreach(routes: Routes, shell: Shell): void {
  routes.command('breach', async (context, text) => context.sendActivity(attach(breachFormFor(shell, await shell.askerOf(context.activity), await shell.readerLangOf(context.activity, text), null))));
  routes.action(Object.values(BREACH_VERBS), 'person', async ({ verb, data, context, lang, actorId }) =>
    handleBreachAction({ verb, data, context, lang, as: verifiedParty(await shell.askerOf(context.activity)), userId: actorId, breaches: shell.breaches, now: shell.now() }),
  );
}

async function handleBreachAction(input: {
  verb: string;
  data: unknown;
  context: TurnContext;
  lang: Lang;
  /** The reporter's organisation, only when verified. */ as: PartyRef | undefined;
  userId: string;
  breaches: BreachService;
  now: string;
}): Promise<Card> {
  const { verb, data, context, lang, as, userId, breaches, now } = input;
  const m = BREACH_MESSAGES[lang];
  const activity = context.activity;

  if (verb === BREACH_VERBS.report) {
    const form = breachFormSchema.safeParse(data);
    if (!form.success) return breachFormCard(lang, valuesOf(data), m.incomplete(problemsOf(form.error.issues, lang)));
    // Only a reporter the directory lists: a report goes to other organisations' contacts.
    if (!as) return textCard([MESSAGES[lang].bot.identity.cannotReportBreach]);
    if (amsterdamInstant(form.data.discoveredDate, form.data.discoveredTime) > instantAfter(now, { minutes: 5 })) {
      return breachFormCard(lang, valuesOf(data), m.incomplete(m.discoveredInFuture));
    }
    const reported = await breaches.report(
      form.data,
      userId,
      as,
      turnKey(activity),
      activity.replyToId ? { reference: TurnContext.getConversationReference(activity), activityId: activity.replyToId } : undefined,
    );
    if (!reported.replay) {
      const names = reported.reached.map((p) => p.name).join(', ');
      await say(context, [reported.reached.length > 0 ? m.sent(breaches.ref(reported.breach), names) : m.nobody]);
      if (reported.unreachable.length > 0) await say(context, [m.unreachable(reported.unreachable.map((p) => p.name).join(', '))]);
    }
    return breaches.card(reported.breach, userId, refreshFor(context), lang);
  }

  const id = breachIdSchema.safeParse(data);
  if (!id.success) return textCard([m.refusal.missing]);
  const breachId = id.data.breachId;
  if (verb === BREACH_VERBS.refresh) {
    const breach = await breaches.get(breachId);
    if (!breach) return textCard([m.refusal.missing]);
    if (!breaches.viewerOf(breach, userId)) return textCard([m.refusal.notInvolved]);
    return breaches.card(breach, userId, refreshFor(context), lang);
  }
  let outcome;
  if (verb === BREACH_VERBS.ack) outcome = await breaches.acknowledge(breachId, userId, actionKey(activity));
  else if (verb === BREACH_VERBS.policeReport) outcome = await breaches.recordPoliceReport(breachId, userId, actionKey(activity));
  else {
    const ap = apFormSchema.safeParse(data);
    if (!ap.success) {
      const breach = await breaches.get(breachId);
      await say(context, [m.incomplete(problemsOf(ap.error.issues, lang))]);
      return breach && breaches.viewerOf(breach, userId) ? breaches.card(breach, userId, refreshFor(context), lang) : textCard([m.refusal.missing]);
    }
    const notifiedAt = ap.data.apDecision === 'notified' ? amsterdamInstant(ap.data.apDate!, ap.data.apTime!) : null;
    outcome = await breaches.recordAuthorityDecision(breachId, userId, actionKey(activity), { apDecision: ap.data.apDecision, notifiedAt, partiesAgreed: ap.data.apPartiesAgreed });
  }
  if (outcome.ok) return breaches.card(outcome.breach, userId, refreshFor(context), lang);
  if (outcome.refusal === 'missing' || !outcome.breach) return textCard([m.refusal.missing]);
  if (outcome.refusal === 'notInvolved') return textCard([m.refusal.notInvolved]);
  if (outcome.refusal !== 'replay') await say(context, [m.refusal[outcome.refusal]]);
  return breaches.card(outcome.breach, userId, refreshFor(context), lang);
}
