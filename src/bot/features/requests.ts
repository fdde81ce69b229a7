// Card actions and commands about disclosure requests. Every submission is checked by zod; the actor is
// always the activity's sender, never anything in the card's data.
import { TurnContext } from 'botbuilder';
import { attach, refreshFor, say } from '../replies';
import { verifiedParty } from '../identity';
import type { Routes } from '../routes';
import type { Shell } from '../shell';
import { answer } from '../../ask/answer';
import { slotsData, textCard, type Card } from '../../cards/cards';
import { filingFormCard, requestListCard, REQUEST_VERBS } from '../../cards/request-cards';
import { MESSAGES } from '../../i18n/messages';
import { REQUEST_MESSAGES } from '../../i18n/request-messages';
import { understoodLine } from '../../present/describe';
import { answerSchema, checkCaseReference, fileable, filingFieldsSchema, personalDataInNote, questionSchema, reasonSchema, requestIdSchema, unitChoices } from '../../requests/filing';
import { displayId } from '../../requests/request';
import type { RequestAction } from '../../requests/request-state';
import type { RequestService } from '../../requests/service';
import type { RuleIndex } from '../../rules/compile';
import { formatMoment } from '../../cards/request-cards';
import { partyRefLabel, type Lang, type PartyRef } from '../../vocabulary';
import { readQuestionSubmission } from '../submissions';
import { actionKey, turnKey } from '../activity-shape';
import { describeZodError } from '../../ask/input';

/** `mijn verzoeken`, `openstaande verzoeken` and every step of a request's cards. */
export function registerRequests(routes: Routes, shell: Shell): void {
  const { requests, rules, today, log } = shell;
  routes.command('mine', async (context, text, actorId) => context.sendActivity(attach(await listMine(requests, actorId, await shell.readerLangOf(context.activity, text), today()))));
  routes.command('open', async (context, text, actorId) => context.sendActivity(attach(await listOpen(requests, actorId, await shell.readerLangOf(context.activity, text), today()))));
  routes.action(Object.values(REQUEST_VERBS), 'person', async ({ verb, data, context, lang, actorId }) =>
    handleRequestAction({ verb, data, context, lang, as: verifiedParty(await shell.askerOf(context.activity)), userId: actorId, requests, rules, today: today(), log }),
  );
}

interface RequestActionInput {
  verb: string;
  data: unknown;
  context: TurnContext;
  lang: Lang;
  /** The requester's organisation, only when verified (the directory lists them). */
  as: PartyRef | undefined;
  userId: string;
  requests: RequestService;
  rules: RuleIndex;
  today: string;
  log: (event: string, fields?: Record<string, string | number | boolean>) => void;
}

const slotsOf = (data: unknown) => (data && typeof data === 'object' ? (data as { slots?: unknown }).slots : undefined) ?? {};
const kindsText = (kinds: string[], lang: Lang) => kinds.map((k) => MESSAGES[lang].personalDataKinds[k as keyof (typeof MESSAGES)['nl']['personalDataKinds']]).join(', ');

async function handleRequestAction(input: RequestActionInput): Promise<Card> {
  const { verb, data, context, lang, as, userId, requests, rules, today, log } = input;
  const m = REQUEST_MESSAGES[lang];
  const invalid = (reason: string) => textCard([MESSAGES[lang].bot.invalidSubmission(reason)]);

  if (verb === REQUEST_VERBS.start || verb === REQUEST_VERBS.file) {
    // Only a requester the directory lists files: the request names their organisation to the other one.
    if (!as) return textCard([MESSAGES[lang].bot.identity.cannotFile]);
    const read = readQuestionSubmission(slotsOf(data), as);
    if (!read.ok) return invalid(read.reason);
    const fields = verb === REQUEST_VERBS.file ? filingFieldsSchema.safeParse(data) : null;
    // The verdict is decided again here: nothing in the card's data is trusted, and the unit may now be known.
    const asked = answer(read.input, rules, today).decision;
    const units = unitChoices(asked, rules);
    const unit = fields?.success && fields.data.unit && units.includes(fields.data.unit) ? fields.data.unit : undefined;
    const from = read.input.from && unit ? { ...read.input.from, unit } : read.input.from;
    const decision = unit ? answer({ ...read.input, from }, rules, today).decision : asked;
    const parties = fileable(decision, as);
    if (!parties) return textCard([m.notFileable]);
    /** The form again with a warning; every field keeps what was typed except the one refused (it may hold personal data). */
    const form = (warning: string | null, refused: 'caseRef' | 'necessity' | null = null) => {
      const raw = (data ?? {}) as Record<string, unknown>;
      const text = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string).slice(0, 1000) : undefined);
      return filingFormCard({
        slots: slotsData(read.input.from ? { ...decision.question, from: read.input.from } : decision.question),
        what: understoodLine(decision.question, lang),
        units,
        values:
          verb === REQUEST_VERBS.file
            ? {
                caseRef: refused === 'caseRef' ? '' : text('caseRef')?.slice(0, 40),
                unit: text('unit'),
                urgency: text('urgency'),
                delivery: text('delivery'),
                necessity: refused === 'necessity' ? '' : text('necessity'),
              }
            : undefined,
        warning,
        requester: as,
        lang,
      });
    };
    if (!fields) return form(null);
    if (!fields.success) return form(describeZodError(fields.error));
    if (units.length > 0 && !unit) return form(m.unitLabel);
    const caseRef = checkCaseReference(fields.data.caseRef);
    if (!caseRef.ok) return form(m.caseRefProblem(caseRef.problem), 'caseRef');
    const kinds = personalDataInNote(fields.data.necessity);
    if (kinds.length > 0) return form(m.noteHasPersonalData(kindsText(kinds, lang)), 'necessity');
    const activity = context.activity;
    const filed = await requests.file({
      activityKey: turnKey(activity),
      requesterId: userId,
      requesterParty: as!,
      decision,
      discloser: parties.discloser,
      recipient: parties.recipient,
      fields: { ...fields.data, caseRef: caseRef.value },
      requesterCard: activity.replyToId ? { reference: TurnContext.getConversationReference(activity), activityId: activity.replyToId } : undefined,
    });
    log('request-filed', { contacts: filed.contactsReached, replay: filed.replay, verdict: decision.verdict });
    if (!filed.replay) {
      const ref = displayId(filed.request.id);
      const contacts = requests
        .contactsFor(filed.request.discloser)
        .map((p) => p.name)
        .join(', ');
      const party = partyRefLabel(filed.request.discloser, lang);
      // Only say the privacy officer was alerted when an alert was actually queued for one.
      await say(context, [filed.contactsReached > 0 ? m.filed(ref, contacts) : filed.officersAlerted > 0 ? m.unrouted(ref, party) : m.unroutedNobodyAlerted(ref, party)]);
    }
    return requests.card(filed.request, userId, refreshFor(context), lang);
  }

  const id = requestIdSchema.safeParse(data);
  if (!id.success) return invalid(describeZodError(id.error));
  const requestId = id.data.requestId;

  if (verb === REQUEST_VERBS.refresh || verb === REQUEST_VERBS.show) {
    const request = await requests.get(requestId);
    if (!request) return textCard([m.refusal.missing]);
    if (requests.viewerOf(request, userId) === 'other') return textCard([m.refusal.not_a_contact]);
    return requests.card(request, userId, refreshFor(context), lang);
  }

  let action: RequestAction;
  let note: string | null = null;
  switch (verb) {
    case REQUEST_VERBS.approve:
      action = { kind: 'approve' };
      break;
    case REQUEST_VERBS.deny: {
      const parsed = reasonSchema.safeParse(data);
      if (!parsed.success) return refuseKeepingCard(input, requestId, m.refusal.reason_required);
      action = { kind: 'deny', reason: parsed.data.reason };
      note = parsed.data.reason;
      break;
    }
    case REQUEST_VERBS.askInfo: {
      const parsed = questionSchema.safeParse(data);
      if (!parsed.success) return refuseKeepingCard(input, requestId, m.refusal.reason_required);
      action = { kind: 'ask_info', question: parsed.data.question };
      note = parsed.data.question;
      break;
    }
    case REQUEST_VERBS.answerInfo: {
      const parsed = answerSchema.safeParse(data);
      if (!parsed.success) return refuseKeepingCard(input, requestId, m.refusal.reason_required);
      action = { kind: 'answer_info', answer: parsed.data.answer };
      note = parsed.data.answer;
      break;
    }
    case REQUEST_VERBS.withdraw:
      action = { kind: 'withdraw' };
      break;
    default:
      return invalid(`onbekende actie "${verb.slice(0, 40)}"`);
  }
  if (note) {
    const kinds = personalDataInNote(note);
    if (kinds.length > 0) return refuseKeepingCard(input, requestId, m.noteHasPersonalData(kindsText(kinds, lang)));
  }
  const activity = context.activity;
  const result = await requests.act(requestId, action, userId, actionKey(activity));
  log('request-action', { verb, ok: result.ok, refusal: result.ok ? '' : result.refusal });
  if (result.ok) return requests.card(result.request, userId, refreshFor(context), lang);
  if (result.refusal === 'missing' || !result.request) return textCard([m.refusal.missing]);
  if (requests.viewerOf(result.request, userId) === 'other') return textCard([m.refusal[result.refusal === 'not_your_request' ? 'not_your_request' : 'not_a_contact']]);
  if (result.refusal !== 'replay') {
    const r = result.request;
    const text =
      result.refusal === 'already_decided'
        ? m.refusal.already_decided(
            requests.person(r.decidedBy)?.name ?? (r.decidedBy === r.requesterId ? (lang === 'nl' ? 'de aanvrager' : 'the requester') : '?'),
            r.decidedAt ? formatMoment(r.decidedAt, lang) : '?',
          )
        : m.refusal[result.refusal];
    await say(context, [text]);
  }
  return requests.card(result.request, userId, refreshFor(context), lang);
}

/** A refusal that leaves the user's card as it was (with its buttons) and says why in a message. */
async function refuseKeepingCard(input: RequestActionInput, requestId: string, text: string): Promise<Card> {
  const request = await input.requests.get(requestId);
  if (!request || input.requests.viewerOf(request, input.userId) === 'other') return textCard([text]);
  await say(input.context, [text]);
  return input.requests.card(request, input.userId, refreshFor(input.context), input.lang);
}

async function listMine(requests: RequestService, userId: string, lang: Lang, today: string): Promise<Card> {
  const m = REQUEST_MESSAGES[lang];
  const mine = await requests.mine(userId);
  return requestListCard(
    m.mineTitle,
    m.mineEmpty,
    mine.map((request) => ({ request, whoDecides: requests.whoDecides(request, lang), canWithdraw: true })),
    today,
    lang,
  );
}

async function listOpen(requests: RequestService, userId: string, lang: Lang, today: string): Promise<Card> {
  const m = REQUEST_MESSAGES[lang];
  const open = await requests.openFor(userId);
  if (open === null) return textCard([m.openTitle, m.notAContact]);
  return requestListCard(
    m.openTitle,
    m.openEmpty,
    open.map((request) => ({ request, whoDecides: `${partyRefLabel(request.recipient, lang)}` })),
    today,
    lang,
  );
}
