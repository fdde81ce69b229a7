// Adaptive Cards (1.5), each a pure function of its input: templates expanded with plain data, and the verdict card built directly.
import { cardTemplate, emergencyBannerOf, expandTemplate, warningLine } from './template';
import type { Answer } from '../ask/answer';
import { MESSAGES } from '../i18n/messages';
import { COMMAND_IDS, COMMAND_TABLE } from '../commands';
import type { Role } from '../directory/directory';
import { REQUEST_MESSAGES } from '../i18n/request-messages';
import { groupByAddressee, readerSideOf, type AddressedGroup } from '../present/addressee';
import { citationLabel, describeAlternative, notCoveredReasons, personalDataWarning, understoodLine, verdictLabel } from '../present/describe';
import { emergencyOf } from '../present/emergency';
import { permits } from '../rules/engine';
import type { Decision, Question } from '../rules/types';
import { dataLabel, SLOTS, formatPartyRef, partyRefLabel, type Lang, type PartyRef, type Slot, type Verdict } from '../vocabulary';
import { dataChoices, partyChoices, purposeChoices, subjectChoices } from './options';

export type Card = { type: 'AdaptiveCard'; [key: string]: unknown };

/** Verbs of the card actions, handled by the bot. */
export const VERBS = {
  submitQuestion: 'ask.submit',
  newQuestion: 'ask.new',
  editQuestion: 'ask.edit',
  saveProfile: 'profile.save',
  say: 'ask.say',
} as const;

const expand = expandTemplate;

const VERDICT_STYLE: Record<Verdict, string> = {
  allowed: 'good',
  conditional: 'warning',
  not_allowed: 'attention',
  route_via: 'accent',
  not_covered: 'emphasis',
  acute: 'attention',
  incomplete: 'emphasis',
};

/**
 * A line that is answered as if its text were typed, when tapped: it wraps instead of being cut off like a
 * button title, and the card it is on stays (the bot returns it unchanged and answers below it).
 */
const sendLine = (list: 'help' | 'examples' | 'welcome', lang: Lang, text: string, detail?: string) => ({
  type: 'Container',
  style: 'emphasis',
  spacing: 'Small',
  selectAction: { type: 'Action.Execute', title: text, verb: VERBS.say, data: { text, list, lang } },
  items: [{ type: 'TextBlock', text: `**${text}**`, wrap: true, color: 'Accent' }, ...(detail ? [{ type: 'TextBlock', text: detail, wrap: true, size: 'Small', spacing: 'None' }] : [])],
});

/** `help`: every command the reader's roles allow, each with an example to tap. */
export function helpCard(lang: Lang, roles: readonly Role[]): Card {
  const c = MESSAGES[lang].card;
  const shown = COMMAND_IDS.map((id) => COMMAND_TABLE[id]).filter((x) => x.shownTo === null || x.shownTo.some((r: Role) => roles.includes(r)));
  return cardTemplate({
    body: [
      { type: 'TextBlock', text: c.helpTitle, size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: c.helpIntro, wrap: true },
      { type: 'TextBlock', text: c.helpTap, wrap: true, isSubtle: true, size: 'Small' },
      sendLine('help', lang, c.helpQuestion.command, c.helpQuestion.what),
      ...shown.map((x) => sendLine('help', lang, x.words[lang][0], x.help[lang])),
      { type: 'TextBlock', text: MESSAGES[lang].bot.privacy, wrap: true, weight: 'Bolder', color: 'Attention' },
    ],
  });
}

/** `voorbeelden`: example questions to tap, each shown whole. */
export function examplesCard(lang: Lang): Card {
  const c = MESSAGES[lang].card;
  return cardTemplate({
    body: [
      { type: 'TextBlock', text: c.examplesCardTitle, size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: c.examplesIntro, wrap: true, isSubtle: true },
      ...c.moreExamples.map((text) => sendLine('examples', lang, text)),
    ],
  });
}

export function welcomeCard(lang: Lang): Card {
  const m = MESSAGES[lang].bot;
  return cardTemplate({
    body: [
      { type: 'TextBlock', text: m.welcomeTitle, size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: m.welcomeDoes, wrap: true },
      { type: 'TextBlock', text: m.welcomeDoesNot, wrap: true, isSubtle: true },
      { type: 'TextBlock', text: m.privacy, wrap: true, weight: 'Bolder', color: 'Attention' },
      { type: 'TextBlock', text: m.examplesTitle, wrap: true, weight: 'Bolder', spacing: 'Medium' },
      ...m.examples.map((text) => sendLine('welcome', lang, text)),
      { type: 'TextBlock', text: MESSAGES[lang].card.welcomeMore, wrap: true, isSubtle: true, size: 'Small' },
    ],
  });
}

/** The slots of a question as plain strings, for a card's data. */
export function slotsData(q: Question): Record<string, unknown> {
  return {
    from: formatPartyRef(q.from) ?? '',
    to: formatPartyRef(q.to) ?? '',
    subject: q.subject ?? '',
    data: (q.data ?? []).join(','),
    purpose: q.purpose ?? '',
    consent: q.consent === true,
  };
}

const textLine = (text: string) => ({ type: 'TextBlock', text, wrap: true });
const smallLine = (text: string) => ({ type: 'TextBlock', text, wrap: true, size: 'Small' });

/** Requirements under who must act; without headings when they are all the reader's own (withHeadings: 'mixed'). */
function addressedLines(groups: AddressedGroup[], lang: Lang, withHeadings: 'always' | 'mixed') {
  const headed = withHeadings === 'always' || groups.some((g) => g.key !== 'reader');
  // Loops rather than flatMap and spreads: this runs for every verdict card, twice.
  const lines: object[] = [];
  for (const g of groups) {
    if (headed) lines.push({ ...textLine(`**${g.heading}**`), spacing: 'Small' });
    for (const t of g.items) lines.push(textLine(`• ${t[lang]}`));
  }
  return lines;
}

export const emergencyBanner = (lang: Lang) => emergencyBannerOf(MESSAGES[lang].card.emergencyBanner);

/** A line that opens and closes the elements below it (hidden at first), or nothing when there are none. */
const toggleSection = (id: string, label: string, items: object[]) =>
  items.length === 0
    ? []
    : [
        {
          type: 'Container',
          spacing: 'Small',
          selectAction: { type: 'Action.ToggleVisibility', title: label, targetElements: [id] },
          items: [{ type: 'TextBlock', text: `▸ ${label}`, color: 'Accent', weight: 'Bolder', wrap: true }],
        },
        { type: 'Container', id, isVisible: false, items },
      ];

/** Covenant id → its title, for showing covenants by name. */
export type CovenantTitles = Readonly<Record<string, string>>;

export interface VerdictCardOptions {
  /** Offer "Verzoek indienen": the verdict lets the asker request the data from its holder. */
  fileRequest?: boolean;
  titles?: CovenantTitles;
}

/** What the asker must do now, in one sentence. */
function nextStep(d: Decision, lang: Lang, options: VerdictCardOptions, hasAlternatives: boolean): string {
  const c = MESSAGES[lang].card;
  if (options.fileRequest && d.question.from) return c.now.request(partyRefLabel(d.question.from, lang));
  switch (d.verdict) {
    case 'allowed':
      return c.now.allowed;
    case 'conditional':
      return d.conditions.length > 0 ? c.now.conditional(d.conditions.length) : c.now.allowed;
    case 'not_allowed':
      return c.now.notAllowed(hasAlternatives);
    case 'route_via':
      return MESSAGES[lang].routeVia(partyRefLabel({ party: d.routeVia ?? 'veilig-thuis' }, lang));
    default:
      return c.now.notCovered(d.askWhom[0]?.[lang] ?? c.defaultWhom);
  }
}

/**
 * The first screen is the verdict, one sentence why and what to do now; conditions, duties, what would
 * change the answer and the sources open on a tap. Built directly rather than from a template: it answers
 * every question, and expanding a template of this size cost more than deciding the question itself
 * (see `npm run bench`).
 */
export function verdictCard(answer: Answer, lang: Lang, options: VerdictCardOptions = {}): Card {
  const { decision: d, parsed } = answer;
  const m = MESSAGES[lang];
  const c = m.card;
  const titleOf = (covenant: string) => options.titles?.[covenant] ?? covenant;
  const notCovered = d.verdict === 'not_covered';
  const warning = personalDataWarning(parsed?.personalData ?? [], lang);
  const slots = slotsData(d.question);
  const notMet = (d.notMet ?? []).map((x) => c.conditionNotMet(x.text[lang], x.articles));
  const why = notCovered ? notCoveredReasons(d, lang, titleOf) : [...notMet, ...d.rules.slice(0, notMet.length > 0 ? 0 : 1).map((r) => r.explanation[lang])];
  // For a not-covered question the covenants' scope and dates are the reason given above, not an alternative.
  const alternatives = d.whatWouldChange.filter((a) => !(notCovered && (a.kind === 'scope' || a.kind === 'validity')));
  const understood = understoodLine(d.question, lang);
  const whom = d.askWhom[0]?.[lang];
  const exchange = { discloser: d.question.from, recipient: d.question.to };
  const reader = readerSideOf(d.question);
  const conditions = addressedLines(groupByAddressee(d.conditions, exchange, reader, lang), lang, 'mixed');
  const duties = addressedLines(groupByAddressee(d.duties, exchange, reader, lang), lang, 'always');
  return cardTemplate({
    body: [
      ...(notCovered ? [emergencyBanner(lang)] : []),
      ...(warning != null ? [warningLine(warning)] : []),
      {
        type: 'Container',
        style: VERDICT_STYLE[d.verdict],
        bleed: true,
        items: [{ type: 'TextBlock', text: verdictLabel(d.verdict, lang, d.routeVia), size: 'Large', weight: 'Bolder', wrap: true }, ...why.map(textLine)],
      },
      { type: 'TextBlock', text: nextStep(d, lang, options, alternatives.length > 0), wrap: true, weight: 'Bolder' },
      ...(understood ? [{ type: 'TextBlock', text: `${c.understood}: ${understood}`, wrap: true, isSubtle: true, size: 'Small' }] : []),
      ...(d.perData.length > 1 ? [{ type: 'FactSet', facts: d.perData.map((p) => ({ title: dataLabel(p.data)[lang], value: verdictLabel(p.verdict, lang, p.routeVia) })) }] : []),
      ...(d.doubts && d.doubts.length > 0 ? [{ type: 'Container', style: 'warning', items: [{ ...textLine(c.doubts), weight: 'Bolder' }, ...d.doubts.map((t) => smallLine(`• ${t[lang]}`))] }] : []),
      ...toggleSection('voorwaarden', c.conditionsToggle(d.conditions.length), d.conditions.length > 0 ? [textLine(c.conditionsIntro), ...conditions] : []),
      ...toggleSection('na-het-delen', (permits(d) ? c.dutiesToggle : c.dutiesAnywayToggle)(d.duties.length), duties),
      ...toggleSection(
        'wat-verandert',
        c.alternativesToggle(alternatives.length),
        alternatives.map((a) => textLine(`• ${describeAlternative(a, lang)}`)),
      ),
      ...toggleSection('bronnen', c.sourcesToggle(d.citations.length), [
        ...d.rules.slice(notCovered || notMet.length > 0 ? 0 : 1).map((r) => textLine(r.explanation[lang])),
        ...d.citations.map((x) => smallLine(`**${citationLabel(titleOf(x.covenant), x.article, lang)}**: ${x.text[lang]}`)),
      ]),
      ...(!notCovered && whom ? [{ ...smallLine(c.askWhom(whom)), isSubtle: true }] : []),
    ],
    actions: [
      ...(options.fileRequest ? [{ type: 'Action.Execute', title: REQUEST_MESSAGES[lang].fileButton, verb: 'request.start', data: { lang, slots }, style: 'positive' }] : []),
      { type: 'Action.Execute', title: m.bot.newQuestion, verb: VERBS.newQuestion, data: { lang } },
      { type: 'Action.Execute', title: m.bot.editAnswer, verb: VERBS.editQuestion, data: { lang, slots } },
    ],
  });
}

const emergencyTemplate = cardTemplate({
  body: [
    {
      type: 'Container',
      style: 'attention',
      bleed: true,
      items: [
        { type: 'TextBlock', text: '${title}', size: 'ExtraLarge', weight: 'Bolder', wrap: true },
        { type: 'TextBlock', text: '${call112}', wrap: true, size: 'Medium', weight: 'Bolder' },
        { type: 'TextBlock', $data: '${routes}', text: '${$data}', wrap: true },
        { type: 'TextBlock', text: '${later}', wrap: true, weight: 'Bolder' },
      ],
    },
    { type: 'TextBlock', $data: '${sources}', text: '**${label}**: ${text}', wrap: true, size: 'Small' },
    { type: 'TextBlock', text: '${after}', wrap: true, isSubtle: true },
  ],
});

/**
 * 112 first, then the crisis routes of the acute rules that decided (the asker's covenant and region), then
 * that forms come later. `titles`: covenant id → title, so sources name covenants as people know them.
 */
export function emergencyCard(answer: Answer, lang: Lang, titles: Readonly<Record<string, string>> = {}): Card {
  const m = MESSAGES[lang];
  return expand(emergencyTemplate, {
    title: m.bot.emergencyTitle,
    ...emergencyOf(answer.decision, lang),
    sources: answer.decision.citations.map((c) => ({ label: citationLabel(titles[c.covenant] ?? c.covenant, c.article, lang), text: c.text[lang] })),
    after: m.bot.emergencyAfter,
  });
}

/** Why a question form is shown: slots the verdict depends on are missing, a new question, or changing an answered one. */
export type FormMode = 'missing' | 'new' | 'edit';

/**
 * A question form. Every slot is on it, so what was read from the question is visible and can be
 * changed: in `missing` mode the slots the verdict depends on come first and are required, then what was
 * understood, prefilled.
 */
export function formCard(question: Question, ask: Slot[], lang: Lang, warning: string | null = null, mode: FormMode = 'missing'): Card {
  const m = MESSAGES[lang];
  const known = slotsData(question);
  const label = (slot: Slot) => m.slot[slot].charAt(0).toUpperCase() + m.slot[slot].slice(1);
  const choicesFor: Record<Slot, () => { title: string; value: string }[]> = {
    from: () => partyChoices(lang),
    to: () => partyChoices(lang),
    subject: () => subjectChoices(lang),
    data: () => dataChoices(lang),
    purpose: () => purposeChoices(lang),
  };
  const field = (slot: Slot, required: boolean) => ({
    type: 'Input.ChoiceSet',
    id: slot,
    label: label(slot),
    placeholder: m.bot.choose,
    isMultiSelect: slot === 'data',
    isRequired: required,
    ...(required ? { errorMessage: m.card.chooseError } : {}),
    value: String(known[slot] ?? ''),
    choices: choicesFor[slot](),
  });
  const asked = SLOTS.filter((slot) => ask.includes(slot));
  const understood = SLOTS.filter((slot) => !ask.includes(slot));
  const heading = (text: string) => ({ type: 'TextBlock', text, weight: 'Bolder', wrap: true, spacing: 'Medium' });
  const title = { missing: m.bot.formTitle, new: m.card.formNewTitle, edit: m.card.formEditTitle }[mode];
  const intro = { missing: m.bot.formIntro, new: m.card.formNewIntro, edit: m.card.formEditIntro }[mode];
  return cardTemplate({
    body: [
      emergencyBanner(lang),
      ...(warning != null ? [warningLine(warning)] : []),
      { type: 'TextBlock', text: title, size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: intro, wrap: true, isSubtle: true },
      ...(mode === 'missing' && asked.length > 0 ? [heading(m.card.formMissing)] : []),
      ...asked.map((slot) => field(slot, true)),
      ...(understood.length > 0 ? [heading(m.card.formUnderstood)] : []),
      ...understood.map((slot) => field(slot, false)),
      { type: 'Input.Toggle', id: 'consent', title: m.bot.consentLabel, value: question.consent ? 'true' : 'false', wrap: true },
    ],
    actions: [{ type: 'Action.Execute', title: m.bot.formSubmit, verb: VERBS.submitQuestion, data: { lang }, style: 'positive' }],
  });
}

const profileTemplate = cardTemplate({
  body: [
    { type: 'TextBlock', text: '${title}', size: 'Large', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: '${intro}', wrap: true },
    {
      type: 'Input.ChoiceSet',
      id: 'party',
      label: '${label}',
      isRequired: true,
      errorMessage: '${label}',
      value: '${value}',
      choices: [{ $data: '${choices}', title: '${title}', value: '${value}' }],
    },
  ],
  actions: [{ type: 'Action.Execute', title: '${save}', verb: VERBS.saveProfile, data: { lang: '${lang}', pending: '${pending}' }, style: 'positive' }],
});

export function profileCard(lang: Lang, current: PartyRef | undefined, pendingQuestion: string | null): Card {
  const m = MESSAGES[lang].bot;
  return expand(profileTemplate, {
    title: m.profileTitle,
    intro: m.profileIntro,
    label: m.profileLabel,
    value: formatPartyRef(current) ?? '',
    choices: partyChoices(lang),
    save: m.profileSave,
    lang,
    pending: pendingQuestion ?? '',
  });
}

export function textCard(lines: string[]): Card {
  return cardTemplate({ body: lines.map((text, i) => ({ ...textLine(text), ...(i === 0 ? { weight: 'Bolder' } : {}) })) });
}
