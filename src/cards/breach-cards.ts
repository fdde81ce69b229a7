// Cards about data breaches: the report form and the breach card, pure functions of the stored breach
// and who looks at it, rebuilt after every step.
import { cardTemplate, EMERGENCY_BANNER, expandTemplate, WARNING_LINE } from './template';
import { MESSAGES } from '../i18n/messages';
import { BREACH_KINDS, ENCRYPTION, PEOPLE_RANGES, deadlineOf, policeReportRequired, type Breach } from '../breach/breach';
import { BREACH_MESSAGES } from '../i18n/breach-messages';
import { vocabulary, dataLabel, knownUnits, subjectLabel, formatPartyRef, partyRefLabel, type Lang, type Text } from '../vocabulary';
import { citationLabel } from '../present/describe';
import type { Card, CovenantTitles } from './cards';
import { formatMoment } from './request-cards';

export const BREACH_VERBS = { report: 'breach.report', ack: 'breach.ack', policeReport: 'breach.policeReport', ap: 'breach.ap', refresh: 'breach.refresh' } as const;

const expand = expandTemplate;
export const breachRef = (id: string) => `DL-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;

const choice = (id: string, label: string, extra: Record<string, unknown> = {}) => ({
  type: 'Input.ChoiceSet',
  id,
  label: `\${m.${label}}`,
  isRequired: true,
  errorMessage: '${m.required}',
  value: `\${values.${id}}`,
  choices: [{ $data: `\${choices.${id}}`, title: '${title}', value: '${value}' }],
  ...extra,
});

const formTemplate = cardTemplate({
  body: [
    EMERGENCY_BANNER,
    WARNING_LINE,
    { type: 'TextBlock', text: '${m.formTitle}', size: 'Large', weight: 'Bolder', wrap: true, color: 'Attention' },
    { type: 'TextBlock', text: '${m.formIntro}', wrap: true },
    choice('kind', 'kindLabel'),
    { type: 'Input.Date', id: 'discoveredDate', label: '${m.discoveredLabel}', isRequired: true, errorMessage: '${m.required}', value: '${values.discoveredDate}' },
    { type: 'Input.Time', id: 'discoveredTime', label: '${m.discoveredTimeLabel}', isRequired: true, errorMessage: '${m.required}', value: '${values.discoveredTime}' },
    choice('encrypted', 'encryptedLabel', { style: 'expanded' }),
    choice('parties', 'partiesLabel', { isMultiSelect: true }),
    choice('subjects', 'subjectsLabel', { isMultiSelect: true }),
    choice('data', 'dataLabel', { isMultiSelect: true }),
    choice('people', 'peopleLabel'),
  ],
  actions: [{ type: 'Action.Execute', title: '${m.submit}', verb: BREACH_VERBS.report, data: { lang: '${lang}' }, style: 'destructive' }],
});

export interface BreachFormValues {
  kind?: string;
  discoveredDate?: string;
  discoveredTime?: string;
  encrypted?: string;
  parties?: string;
  subjects?: string;
  data?: string;
  people?: string;
}

export function breachFormCard(lang: Lang, values: BreachFormValues, warning: string | null = null): Card {
  const m = BREACH_MESSAGES[lang];
  const parties = vocabulary()
    .parties.flatMap((party) => [{ party }, ...knownUnits(party).map((unit) => ({ party, unit }))])
    .map((ref) => ({ title: partyRefLabel(ref, lang), value: formatPartyRef(ref)! }));
  return expand(formTemplate, {
    banner: MESSAGES[lang].card.emergencyBanner,
    m,
    lang,
    warning,
    values: { kind: '', discoveredDate: '', discoveredTime: '', encrypted: '', parties: '', subjects: '', data: '', people: '', ...values },
    choices: {
      kind: BREACH_KINDS.map((k) => ({ title: m.kind[k], value: k })),
      encrypted: ENCRYPTION.map((e) => ({ title: m.encrypted[e], value: e })),
      parties,
      subjects: vocabulary().subjects.map((s) => ({ title: subjectLabel(s)[lang], value: s })),
      data: vocabulary().dataCategories.map((d) => ({ title: dataLabel(d)[lang], value: d })),
      people: PEOPLE_RANGES.map((p) => ({ title: m.people[p], value: p })),
    },
  });
}

export interface BreachView {
  breach: Breach;
  /** recipient: may mark it seen; officer: the reporter's privacy officer, records the outcome; reporter: records the police report. */
  viewer: 'officer' | 'recipient' | 'reporter';
  viewerId: string;
  viewerMri: string | null;
  names: Record<string, string>;
  /** The articles on breaches of the breach's covenants. */
  sources: { covenant: string; article: string; text: Text }[];
  /** Covenant id → title: covenants are shown by name. */
  titles: CovenantTitles;
  now: string;
  lang: Lang;
}

const breachTemplate = cardTemplate({
  refresh: { $when: '${viewerMri != null}', action: { type: 'Action.Execute', verb: BREACH_VERBS.refresh, data: { breachId: '${id}', lang: '${lang}' } }, userIds: ['${viewerMri}'] },
  body: [
    {
      type: 'Container',
      style: 'attention',
      bleed: true,
      items: [
        { type: 'TextBlock', text: '${title}', size: 'Large', weight: 'Bolder', wrap: true },
        { type: 'TextBlock', text: '${reportedBy}', wrap: true },
        { type: 'TextBlock', text: '${clock}', wrap: true, weight: 'Bolder' },
      ],
    },
    { type: 'FactSet', facts: [{ $data: '${facts}', title: '${title}', value: '${value}' }] },
    { type: 'TextBlock', $when: '${police != null}', text: '🚓 ${police.duty}', wrap: true, weight: 'Bolder' },
    { type: 'TextBlock', $when: '${police != null}', text: '${police.status}', wrap: true },
    { type: 'TextBlock', text: '${seen}', wrap: true, isSubtle: true },
    { type: 'TextBlock', text: '${m.sources}', weight: 'Bolder', wrap: true, size: 'Small' },
    { type: 'TextBlock', $data: '${sources}', text: '**${label}**: ${text}', wrap: true, size: 'Small', spacing: 'None' },
  ],
  actions: [
    { $when: '${can.ack}', type: 'Action.Execute', title: '${m.ack}', verb: BREACH_VERBS.ack, data: { breachId: '${id}', lang: '${lang}' }, style: 'positive' },
    { $when: '${can.police}', type: 'Action.Execute', title: '${m.policeButton}', verb: BREACH_VERBS.policeReport, data: { breachId: '${id}', lang: '${lang}' } },
    {
      $when: '${can.ap}',
      type: 'Action.ShowCard',
      title: '${m.apButton}',
      card: {
        type: 'AdaptiveCard',
        body: [
          {
            type: 'Input.ChoiceSet',
            id: 'apDecision',
            label: '${m.apDecisionLabel}',
            isRequired: true,
            errorMessage: '${m.required}',
            style: 'expanded',
            choices: [{ $data: '${apChoices}', title: '${title}', value: '${value}' }],
          },
          { type: 'Input.Date', id: 'apDate', label: '${m.apDateLabel}' },
          { type: 'Input.Time', id: 'apTime', label: '${m.apTimeLabel}' },
          { type: 'Input.Toggle', id: 'apPartiesAgreed', title: '${m.apAgreedLabel}', value: 'false', wrap: true },
        ],
        actions: [{ type: 'Action.Execute', title: '${m.save}', verb: BREACH_VERBS.ap, data: { breachId: '${id}', lang: '${lang}' }, style: 'positive' }],
      },
    },
  ],
});

export function breachCard(view: BreachView): Card {
  const { breach: b, lang, viewer } = view;
  const m = BREACH_MESSAGES[lang];
  const name = (id: string | null) => (id ? (view.names[id] ?? id) : '—');
  const deadline = deadlineOf(b);
  const hoursLeft = Math.floor((Date.parse(deadline) - Date.parse(view.now)) / 3_600_000);
  const open = b.apDecision === null;
  const police = policeReportRequired(b);
  const acked = new Set(b.acknowledgements.map((a) => a.userId));
  const titleOf = (covenant: string) => view.titles[covenant] ?? covenant;
  return expand(breachTemplate, {
    id: b.id,
    lang,
    m,
    viewerMri: view.viewerMri,
    title: m.cardTitle(breachRef(b.id)),
    reportedBy: m.reportedBy(name(b.reporterId), partyRefLabel(b.reporterParty, lang), formatMoment(b.createdAt, lang)),
    clock: open
      ? hoursLeft >= 0
        ? m.deadline(formatMoment(deadline, lang), hoursLeft)
        : m.deadlinePassed(formatMoment(deadline, lang))
      : b.apDecision === 'notified'
        ? m.apNotified(formatMoment(b.apNotifiedAt!, lang), b.apPartiesAgreed)
        : m.apNotRequired(name(b.apRecordedBy)),
    facts: [
      { title: m.facts.kind, value: m.kind[b.kind] },
      { title: m.facts.discovered, value: formatMoment(b.discoveredAt, lang) },
      { title: m.facts.encrypted, value: m.encrypted[b.encrypted] },
      { title: m.facts.parties, value: b.parties.map((p) => partyRefLabel(p, lang)).join(', ') },
      { title: m.facts.subjects, value: b.subjects.map((s) => subjectLabel(s)[lang]).join(', ') },
      { title: m.facts.data, value: b.data.map((d) => dataLabel(d)[lang]).join('; ') },
      { title: m.facts.people, value: m.people[b.people] },
      { title: m.facts.covenants, value: b.covenants.map(titleOf).join('; ') || '—' },
    ],
    police: police ? { duty: m.policeDuty, status: b.policeReportAt ? m.policeDone(formatMoment(b.policeReportAt, lang)) : m.policeOpen } : null,
    seen: b.acknowledgements.length > 0 ? m.seenBy(b.acknowledgements.map((a) => `${name(a.userId)} (${formatMoment(a.at, lang)})`).join(', ')) : m.nobodySeen,
    sources: [...view.sources.map((s) => ({ label: citationLabel(titleOf(s.covenant), s.article, lang), text: s.text[lang] })), { label: m.gdprLabel, text: m.gdpr }],
    apChoices: (['notified', 'not_required'] as const).map((d) => ({ title: m.apDecision[d], value: d })),
    can: {
      ack: viewer !== 'reporter' && !acked.has(view.viewerId),
      police: police && !b.policeReportAt && (viewer === 'officer' || viewer === 'reporter'),
      ap: viewer === 'officer' && open,
    },
  });
}
