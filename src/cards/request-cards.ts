// Cards about disclosure requests. Each is a pure function of the stored request and who looks at it:
// rebuilt whenever it is sent or updated, never patched.
import { cardTemplate, EMERGENCY_BANNER, expandTemplate, WARNING_LINE } from './template';
import { MESSAGES } from '../i18n/messages';
import { REQUEST_MESSAGES, stateLabel } from '../i18n/request-messages';
import { ageInWorkingDays } from '../requests/deadlines';
import { AMSTERDAM, amsterdamDate } from '../time/amsterdam';
import { DELIVERIES, URGENCIES, displayId, type DisclosureRequest } from '../requests/request';
import { dataLabel, purposeLabel, subjectLabel, unitLabel, partyRefLabel, type Lang, type PartyRef, type Text } from '../vocabulary';
import { verdictLabel } from '../present/describe';
import { groupByAddressee, type ReaderSide } from '../present/addressee';
import type { Addressee } from '../rules/types';
import type { Card, CovenantTitles } from './cards';

export const REQUEST_VERBS = {
  start: 'request.start',
  file: 'request.file',
  approve: 'request.approve',
  deny: 'request.deny',
  askInfo: 'request.askInfo',
  answerInfo: 'request.answerInfo',
  withdraw: 'request.withdraw',
  refresh: 'request.refresh',
  show: 'request.show',
} as const;

const expand = expandTemplate;

/** An instant as the Dutch read it: 23-11-2026 10:15 (Amsterdam time). */
const MOMENT: Record<Lang, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { timeZone: AMSTERDAM, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: AMSTERDAM, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
};
export function formatMoment(iso: string, lang: Lang): string {
  return MOMENT[lang].format(new Date(iso)).replace(',', '');
}

export type Viewer = 'contact' | 'requester' | 'other';

export interface RequestView {
  request: DisclosureRequest;
  viewer: Viewer;
  /** The viewer's Teams id (29:…), for a card that refreshes to their own view. */
  viewerMri: string | null;
  requesterName: string;
  /** Whether the directory lists the requester at the organisation the request was filed for. */
  requesterVerified: boolean;
  deciderName: string | null;
  contactNames: string[];
  conditions: string[];
  citations: string[];
  /** The covenant's duties after sharing, shown once the request is approved, each with who must act. */
  duties?: { who?: Addressee; text: Text }[];
  /** Covenant id → title, for the "Grondslag" line. */
  titles?: CovenantTitles;
  today: string;
  lang: Lang;
}

const formTemplate = cardTemplate({
  body: [
    EMERGENCY_BANNER,
    WARNING_LINE,
    { type: 'TextBlock', text: '${title}', size: 'Large', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: '**${m.formWhat}**: ${what}', wrap: true },
    { type: 'TextBlock', text: '${intro}', wrap: true, isSubtle: true },
    { type: 'Input.Text', id: 'caseRef', label: '${m.caseRefLabel}', placeholder: '${placeholder}', isRequired: true, maxLength: 40, errorMessage: '${m.caseRefLabel}', value: '${values.caseRef}' },
    {
      type: 'Input.ChoiceSet',
      $when: '${count(units) > 0}',
      id: 'unit',
      label: '${m.unitLabel}',
      isRequired: true,
      errorMessage: '${m.unitLabel}',
      value: '${values.unit}',
      choices: [{ $data: '${units}', title: '${title}', value: '${value}' }],
    },
    {
      type: 'Input.ChoiceSet',
      id: 'urgency',
      label: '${m.urgencyLabel}',
      isRequired: true,
      errorMessage: '${m.urgencyLabel}',
      value: '${values.urgency}',
      style: 'expanded',
      choices: [{ $data: '${urgencies}', title: '${title}', value: '${value}' }],
    },
    {
      type: 'Input.ChoiceSet',
      id: 'delivery',
      label: '${m.deliveryLabel}',
      isRequired: true,
      errorMessage: '${m.deliveryLabel}',
      value: '${values.delivery}',
      style: 'expanded',
      choices: [{ $data: '${deliveries}', title: '${title}', value: '${value}' }],
    },
    {
      type: 'Input.Text',
      id: 'necessity',
      label: '${m.necessityLabel}',
      placeholder: '${m.necessityPlaceholder}',
      isMultiline: true,
      isRequired: true,
      maxLength: 1000,
      errorMessage: '${m.necessityLabel}',
      value: '${values.necessity}',
    },
  ],
  actions: [
    { type: 'Action.Execute', title: '${m.submit}', verb: REQUEST_VERBS.file, data: { lang: '${lang}', slots: '${slots}' }, style: 'positive' },
    { type: 'Action.Execute', title: '${m.cancel}', verb: 'ask.submit', data: { lang: '${lang}', known: '${slots}' }, associatedInputs: 'none' },
  ],
});

export interface FilingFormInput {
  slots: Record<string, unknown>;
  /** One sentence saying what is asked of whom. */
  what: string;
  units: string[];
  values?: { caseRef?: string; unit?: string; urgency?: string; delivery?: string; necessity?: string };
  warning?: string | null;
  /** The requesting organisation, for an example case number of its own. */
  requester?: PartyRef;
  lang: Lang;
}

export function filingFormCard(input: FilingFormInput): Card {
  const m = REQUEST_MESSAGES[input.lang];
  return expand(formTemplate, {
    warning: input.warning ?? null,
    title: m.formTitle,
    banner: MESSAGES[input.lang].card.emergencyBanner,
    what: input.what,
    intro: m.formIntro(),
    placeholder: m.caseRefPlaceholder(input.requester?.party ?? null),
    m,
    units: input.units.map((u) => ({ title: unitLabel(u)[input.lang], value: u })),
    urgencies: URGENCIES.map((u) => ({ title: m.urgency[u], value: u })),
    deliveries: DELIVERIES.map((d) => ({ title: m.delivery[d], value: d })),
    values: { caseRef: '', unit: '', urgency: 'normaal', delivery: 'schriftelijk', necessity: '', ...input.values },
    slots: input.slots,
    lang: input.lang,
  });
}

const STATE_STYLE: Record<DisclosureRequest['state'], string> = { pending: 'emphasis', info_requested: 'warning', approved: 'good', denied: 'attention', withdrawn: 'default' };

/** A button that opens a required text field (no names) and sends it with the request's id; `m.*` keys name the texts. */
function noteAction(when: string, title: string, input: { id: string; label: string; maxLength: number }, submit: { title: string; verb: string; style?: string }) {
  return {
    $when: `\${${when}}`,
    type: 'Action.ShowCard',
    title: `\${m.${title}}`,
    card: {
      type: 'AdaptiveCard',
      body: [{ type: 'Input.Text', id: input.id, label: `\${m.${input.label}}`, isMultiline: true, isRequired: true, maxLength: input.maxLength, errorMessage: `\${m.${input.label}}` }],
      actions: [{ type: 'Action.Execute', title: `\${m.${submit.title}}`, verb: submit.verb, data: { requestId: '${id}', lang: '${lang}' }, ...(submit.style ? { style: submit.style } : {}) }],
    },
  };
}

/** A heading that opens and closes the list in `key` below it (hidden at first); nothing when the list is empty. */
const toggledList = (id: string, key: string, heading: string, items: unknown[] = [{ type: 'TextBlock', $data: `\${${key}}`, text: '• ${$data}', wrap: true, size: 'Small', spacing: 'None' }]) => [
  {
    type: 'Container',
    $when: `\${count(${key}) > 0}`,
    selectAction: { type: 'Action.ToggleVisibility', title: heading, targetElements: [id] },
    items: [{ type: 'TextBlock', text: `▸ ${heading}`, weight: 'Bolder', wrap: true, size: 'Small', color: 'Accent' }],
  },
  { type: 'Container', $when: `\${count(${key}) > 0}`, id, isVisible: false, items },
];

const requestTemplate = cardTemplate({
  refresh: { $when: '${viewerMri != null}', action: { type: 'Action.Execute', verb: REQUEST_VERBS.refresh, data: { requestId: '${id}', lang: '${lang}' } }, userIds: ['${viewerMri}'] },
  body: [
    {
      type: 'Container',
      style: '${style}',
      bleed: true,
      items: [
        { type: 'TextBlock', text: '${title}', size: 'Large', weight: 'Bolder', wrap: true },
        { type: 'TextBlock', text: '${status}', weight: 'Bolder', wrap: true },
        { type: 'TextBlock', $when: '${urgent != null}', text: '${urgent}', color: 'Attention', weight: 'Bolder', wrap: true },
        { type: 'TextBlock', $when: '${overdue != null}', text: '${overdue}', color: 'Attention', wrap: true },
        { type: 'TextBlock', $when: '${nextStep != null}', text: '${nextStep}', wrap: true, weight: 'Bolder' },
      ],
    },
    { type: 'FactSet', facts: [{ $data: '${facts}', title: '${title}', value: '${value}' }] },
    { type: 'TextBlock', $when: '${necessity != null}', text: '**${m.necessity}**: ${necessity}', wrap: true },
    { type: 'TextBlock', text: '**${m.basis}**: ${basis}', wrap: true, size: 'Small' },
    { type: 'TextBlock', $data: '${citations}', text: '• ${$data}', wrap: true, size: 'Small', spacing: 'None' },
    ...toggledList('voorwaarden', 'conditions', '${m.conditions} (${count(conditions)})'),
    { type: 'TextBlock', $when: '${infoQuestion != null}', text: '**${m.infoQuestion}**: ${infoQuestion}', wrap: true },
    { type: 'TextBlock', $when: '${infoAnswer != null}', text: '**${m.infoAnswer}**: ${infoAnswer}', wrap: true },
    { type: 'TextBlock', $when: '${reason != null}', text: '**${m.reason}**: ${reason}', wrap: true },
    ...toggledList('plichten', 'duties', '${m.nextStep.duties} (${dutyCount})', [
      {
        type: 'Container',
        $data: '${duties}',
        spacing: 'Small',
        items: [
          { type: 'TextBlock', text: '**${heading}**', wrap: true, size: 'Small' },
          { type: 'TextBlock', $data: '${items}', text: '• ${$data}', wrap: true, size: 'Small', spacing: 'None' },
        ],
      },
    ]),
  ],
  actions: [
    { $when: '${can.approve}', type: 'Action.Execute', title: '${m.approve}', verb: REQUEST_VERBS.approve, data: { requestId: '${id}', lang: '${lang}' }, style: 'positive' },
    noteAction('can.deny', 'deny', { id: 'reason', label: 'denyReasonLabel', maxLength: 500 }, { title: 'denySend', verb: REQUEST_VERBS.deny, style: 'destructive' }),
    noteAction('can.askInfo', 'askInfo', { id: 'question', label: 'askInfoLabel', maxLength: 500 }, { title: 'send', verb: REQUEST_VERBS.askInfo }),
    noteAction('can.answerInfo', 'answerInfo', { id: 'answer', label: 'answerInfoLabel', maxLength: 1000 }, { title: 'send', verb: REQUEST_VERBS.answerInfo, style: 'positive' }),
    { $when: '${can.withdraw}', type: 'Action.Execute', title: '${m.withdraw}', verb: REQUEST_VERBS.withdraw, data: { requestId: '${id}', lang: '${lang}' } },
  ],
});

export function requestCard(view: RequestView): Card {
  const { request: r, lang, viewer } = view;
  const m = REQUEST_MESSAGES[lang];
  const undecided = r.state === 'pending' || r.state === 'info_requested';
  const age = ageInWorkingDays(r, view.today);
  const involved = viewer !== 'other';
  const facts = [
    { title: m.facts.from, value: `${view.requesterName} (${partyRefLabel(r.requesterParty, lang)}), ${view.requesterVerified ? m.requesterVerified : m.requesterUnverified}` },
    { title: m.facts.to, value: partyRefLabel(r.discloser, lang) },
    ...(involved ? [{ title: m.facts.caseRef, value: r.caseRef }] : []),
    { title: m.facts.subject, value: subjectLabel(r.subject)[lang] },
    { title: m.facts.data, value: r.data.map((d) => dataLabel(d)[lang]).join('; ') },
    { title: m.facts.purpose, value: purposeLabel(r.purpose)[lang] },
    { title: m.facts.consent, value: r.consent ? m.yes : m.no },
    { title: m.facts.delivery, value: m.delivery[r.delivery] },
    { title: m.facts.filed, value: m.filedOn(amsterdamDate(r.createdAt), age) },
    { title: m.facts.decides, value: undecided ? view.contactNames.join(', ') || m.nobodyYet : (view.deciderName ?? '—') },
  ];
  const when = r.decidedAt ? formatMoment(r.decidedAt, lang) : null;
  return expand(requestTemplate, {
    id: r.id,
    lang,
    viewerMri: view.viewerMri,
    style: STATE_STYLE[r.state],
    title: m.cardTitle(displayId(r.id)),
    status: m.state(r.state, view.deciderName, when),
    urgent: r.urgency === 'spoed' ? m.urgent : null,
    overdue: r.state === 'pending' && age >= r.slaDays ? m.overdue(age, r.slaDays) : null,
    facts,
    necessity: involved ? r.necessity : null,
    basis: m.basisLine(verdictLabel(r.snapshot.verdict, lang, null), r.snapshot.rulebooks.map((b) => `${view.titles?.[b.id] ?? b.id} ${b.version}`).join(', ')),
    citations: view.citations,
    conditions: view.conditions,
    infoQuestion: involved ? r.infoQuestion : null,
    infoAnswer: involved ? r.infoAnswer : null,
    reason: involved && r.state === 'denied' ? r.decisionReason : null,
    nextStep: r.state === 'approved' && involved ? nextStep(view) : null,
    ...dutiesFor(view, r.state === 'approved' && involved ? (view.duties ?? []) : []),
    m,
    can: {
      approve: viewer === 'contact' && undecided,
      deny: viewer === 'contact' && undecided,
      askInfo: viewer === 'contact' && r.state === 'pending',
      answerInfo: viewer === 'requester' && r.state === 'info_requested',
      withdraw: viewer === 'requester' && undecided,
    },
  });
}

/** The duties under who must act, seen from the viewer: the contact discloses, the requester receives. */
function dutiesFor(view: RequestView, duties: { who?: Addressee; text: Text }[]) {
  const reader: ReaderSide = view.viewer === 'contact' ? 'discloser' : view.viewer === 'requester' ? 'recipient' : null;
  const groups = groupByAddressee(duties, { discloser: view.request.discloser, recipient: view.request.recipient }, reader, view.lang);
  return { duties: groups.map((g) => ({ heading: g.heading, items: g.items.map((t) => t[view.lang]) })), dutyCount: duties.length };
}

/** After approval, what the person looking at the card does next: deliver, or receive and inform the data subject. */
function nextStep(view: RequestView): string {
  const { request: r, lang } = view;
  const m = REQUEST_MESSAGES[lang];
  const delivery = m.delivery[r.delivery].toLowerCase();
  return view.viewer === 'contact'
    ? m.nextStep.discloser(delivery, `${view.requesterName} (${partyRefLabel(r.recipient, lang)})`)
    : m.nextStep.recipient(
        delivery,
        partyRefLabel(r.discloser, lang).replace(/^./, (c) => c.toUpperCase()),
      );
}

export interface ListItem {
  request: DisclosureRequest;
  whoDecides: string;
  /** Offer "Verzoek intrekken": the reader filed it and it is undecided. */
  canWithdraw?: boolean;
}

const listTemplate = cardTemplate({
  body: [
    { type: 'TextBlock', text: '${title}', size: 'Large', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', $when: '${count(items) == 0}', text: '${empty}', wrap: true },
    {
      $data: '${items}',
      type: 'Container',
      separator: true,
      items: [
        { type: 'TextBlock', text: '${line}', wrap: true },
        { type: 'TextBlock', text: '${what}', wrap: true, size: 'Small', spacing: 'None' },
        {
          type: 'ActionSet',
          actions: [
            { type: 'Action.Execute', title: '${$root.m.open}', verb: REQUEST_VERBS.show, data: { requestId: '${id}', lang: '${$root.lang}' } },
            { $when: '${withdraw}', type: 'Action.Execute', title: '${$root.m.withdraw}', verb: REQUEST_VERBS.withdraw, data: { requestId: '${id}', lang: '${$root.lang}' } },
          ],
        },
      ],
    },
  ],
});

export function requestListCard(title: string, empty: string, items: ListItem[], today: string, lang: Lang): Card {
  const m = REQUEST_MESSAGES[lang];
  return expand(listTemplate, {
    title,
    empty,
    lang,
    m,
    items: items.map(({ request: r, whoDecides, canWithdraw }) => ({
      id: r.id,
      line: m.listLine(displayId(r.id), stateLabel(r.state, lang), ageInWorkingDays(r, today), whoDecides),
      what: m.listWhat(r.data.map((d) => dataLabel(d)[lang]).join(', '), subjectLabel(r.subject)[lang], partyRefLabel(r.discloser, lang)),
      withdraw: canWithdraw === true && (r.state === 'pending' || r.state === 'info_requested'),
    })),
  });
}
