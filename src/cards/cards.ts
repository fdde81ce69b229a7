// Adaptive Cards (1.5), each a pure function of its input: templates expanded with plain data, and the verdict card built directly.
import { cardTemplate, expandTemplate, warningLine, WARNING_LINE } from './template';
import type { Answer } from '../ask/answer';
import { MESSAGES } from '../i18n/messages';
import { REQUEST_MESSAGES } from '../i18n/request-messages';
import { citationLabel, describeAlternative, personalDataWarning, summary, verdictLabel } from '../present/describe';
import type { Question } from '../rules/types';
import { DATA_LABELS, formatPartyRef, partyRefLabel, type Lang, type PartyRef, type Slot, type Verdict } from '../vocabulary';
import { dataChoices, partyChoices, purposeChoices, subjectChoices } from './options';

export type Card = { type: 'AdaptiveCard'; [key: string]: unknown };

/** Verbs of the card actions, handled by the bot. */
export const VERBS = {
  submitQuestion: 'ask.submit',
  newQuestion: 'ask.new',
  editQuestion: 'ask.edit',
  saveProfile: 'profile.save',
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

const welcomeTemplate = cardTemplate({
  body: [
    { type: 'TextBlock', text: '${title}', size: 'Large', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: '${does}', wrap: true },
    { type: 'TextBlock', text: '${doesNot}', wrap: true, isSubtle: true },
    { type: 'TextBlock', text: '${privacy}', wrap: true, weight: 'Bolder', color: 'Attention' },
    { type: 'TextBlock', text: '${examplesTitle}', wrap: true, weight: 'Bolder', spacing: 'Medium' },
  ],
  actions: [
    {
      $data: '${examples}',
      type: 'Action.Submit',
      title: '${$data}',
      data: { msteams: { type: 'imBack', value: '${$data}' } },
    },
  ],
});

export function welcomeCard(lang: Lang): Card {
  const m = MESSAGES[lang].bot;
  return expand(welcomeTemplate, {
    title: m.welcomeTitle,
    does: m.welcomeDoes,
    doesNot: m.welcomeDoesNot,
    privacy: m.privacy,
    examplesTitle: m.examplesTitle,
    examples: m.examples,
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

/** A heading and the given elements, or nothing when there are none. */
const section = (heading: string, items: object[]) =>
  items.length > 0 ? [{ type: 'Container', items: [{ type: 'TextBlock', text: heading, weight: 'Bolder', wrap: true }, ...items] }] : [];

const textLine = (text: string) => ({ type: 'TextBlock', text, wrap: true });

/**
 * `fileRequest`: offer "Verzoek indienen", for a verdict that lets the asker request the data from its holder.
 * Built directly rather than from a template: it answers every question, and expanding a template of this
 * size cost more than deciding the question itself (see `npm run bench`).
 */
export function verdictCard(answer: Answer, lang: Lang, options: { fileRequest?: boolean } = {}): Card {
  const { decision: d, parsed } = answer;
  const m = MESSAGES[lang];
  const note =
    d.verdict === 'route_via' && d.routeVia ? m.routeVia(partyRefLabel({ party: d.routeVia }, lang)) : d.verdict === 'not_covered' ? m.notCovered : null;
  const warning = personalDataWarning(parsed?.personalData ?? [], lang);
  const slots = slotsData(d.question);
  return cardTemplate({
    body: [
      ...(warning != null ? [warningLine(warning)] : []),
      {
        type: 'Container',
        style: VERDICT_STYLE[d.verdict],
        bleed: true,
        items: [
          { type: 'TextBlock', text: verdictLabel(d.verdict, lang, d.routeVia), size: 'Large', weight: 'Bolder', wrap: true },
          { type: 'TextBlock', text: summary(d, lang), wrap: true, isSubtle: true },
          ...(note != null ? [textLine(note)] : []),
        ],
      },
      ...(d.perData.length > 1
        ? [
            {
              type: 'Container',
              items: [
                { type: 'TextBlock', text: m.bot.verdictPerData, weight: 'Bolder', wrap: true },
                { type: 'FactSet', facts: d.perData.map((p) => ({ title: DATA_LABELS[p.data][lang], value: verdictLabel(p.verdict, lang, p.routeVia) })) },
              ],
            },
          ]
        : []),
      ...section(m.heading.why, d.rules.map((r) => textLine(r.explanation[lang]))),
      ...section(m.heading.conditions, d.conditions.map((c, i) => ({ type: 'Input.Toggle', id: `voorwaarde-${i + 1}`, title: c.text[lang], wrap: true, value: 'false' }))),
      ...section(m.heading.duties, d.duties.map((c) => textLine(`• ${c.text[lang]}`))),
      ...section(m.heading.sources, d.citations.map((c) => ({ type: 'TextBlock', text: `**${citationLabel(c.covenant, c.article, lang)}**: ${c.text[lang]}`, wrap: true, size: 'Small' }))),
      ...section(m.heading.whatWouldChange, d.whatWouldChange.map((a) => textLine(`• ${describeAlternative(a, lang)}`))),
      ...section(m.heading.askWhom, d.askWhom.map((t) => textLine(m.askWhomLine(t[lang])))),
    ],
    actions: [
      ...(options.fileRequest
        ? [{ type: 'Action.Execute', title: REQUEST_MESSAGES[lang].fileButton, verb: 'request.start', data: { lang, slots }, style: 'positive' }]
        : []),
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
        { type: 'TextBlock', $data: '${lines}', text: '${$data}', wrap: true, size: 'Medium', weight: 'Bolder' },
      ],
    },
    { type: 'TextBlock', $data: '${sources}', text: '**${label}**: ${text}', wrap: true, size: 'Small' },
    { type: 'TextBlock', text: '${after}', wrap: true, isSubtle: true },
  ],
});

export function emergencyCard(answer: Answer, lang: Lang): Card {
  const m = MESSAGES[lang];
  return expand(emergencyTemplate, {
    title: m.bot.emergencyTitle,
    lines: m.emergency,
    sources: answer.decision.citations.map((c) => ({ label: citationLabel(c.covenant, c.article, lang), text: c.text[lang] })),
    after: m.bot.emergencyAfter,
  });
}

const formTemplate = cardTemplate({
  body: [
    WARNING_LINE,
    { type: 'TextBlock', text: '${title}', size: 'Large', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: '${intro}', wrap: true, isSubtle: true },
    {
      $data: '${fields}',
      type: 'Input.ChoiceSet',
      id: '${id}',
      label: '${label}',
      placeholder: '${placeholder}',
      isMultiSelect: '${multi}',
      isRequired: true,
      errorMessage: '${label}',
      value: '${value}',
      choices: [{ $data: '${choices}', title: '${title}', value: '${value}' }],
    },
    { type: 'Input.Toggle', id: 'consent', title: '${consentLabel}', value: '${consent}', wrap: true },
  ],
  actions: [{ type: 'Action.Execute', title: '${submit}', verb: VERBS.submitQuestion, data: { known: '${known}', lang: '${lang}' }, style: 'positive' }],
});

/**
 * A form asking for the given slots, prefilled with what is known; the other known slots travel along
 * in the action's data so the submission is a whole question.
 */
export function formCard(question: Question, ask: Slot[], lang: Lang, warning: string | null = null): Card {
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
  const fields = ask.map((slot) => ({
    id: slot,
    label: label(slot),
    placeholder: m.bot.choose,
    multi: slot === 'data',
    value: String(known[slot] ?? ''),
    choices: choicesFor[slot](),
  }));
  const carried = Object.fromEntries(Object.entries(known).filter(([k]) => !ask.includes(k as Slot) && k !== 'consent'));
  return expand(formTemplate, {
    warning,
    title: m.bot.formTitle,
    intro: m.bot.formIntro,
    fields,
    consentLabel: m.bot.consentLabel,
    consent: question.consent ? 'true' : 'false',
    submit: m.bot.formSubmit,
    known: carried,
    lang,
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
