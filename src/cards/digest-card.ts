// The managers' weekly digest as an Adaptive Card: a pure function of the computed digest.
import { cardTemplate, expandTemplate } from './template';
import type { Digest } from '../digest/compute';
import { DIGEST_MESSAGES } from '../i18n/digest-messages';
import { parsePartyRef, partyRefLabel, VERDICTS, type Lang } from '../vocabulary';
import { verdictLabel } from '../present/describe';
import type { Card } from './cards';

export const DIGEST_VERBS = { open: 'digest.open', evaluationHeld: 'digest.evaluationHeld' } as const;

const label = (ref: string, lang: Lang) => {
  const parsed = parsePartyRef(ref);
  return 'error' in parsed ? ref : partyRefLabel(parsed, lang);
};
const dutchDate = (iso: string, lang: Lang) => (lang === 'nl' ? iso.split('-').reverse().join('-') : iso);
const average = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)) * 10) / 10;

const template = cardTemplate({
  body: [
    {
      type: 'Container',
      style: 'emphasis',
      bleed: true,
      items: [
        { type: 'TextBlock', text: '${title}', size: 'Large', weight: 'Bolder', wrap: true },
        { type: 'TextBlock', text: '${period}', wrap: true, isSubtle: true },
        { type: 'TextBlock', $when: '${soFar != null}', text: '${soFar}', wrap: true, isSubtle: true },
      ],
    },
    { type: 'TextBlock', text: '${m.headline}', weight: 'Bolder', wrap: true },
    { type: 'FactSet', facts: [{ $data: '${figures}', title: '${title}', value: '${value}' }] },
    {
      type: 'Chart.VerticalBar',
      title: '${m.chartTitle}',
      xAxisTitle: '${m.weekLabel}',
      data: [{ $data: '${chart}', x: '${x}', y: '${y}' }],
      fallback: {
        type: 'Container',
        items: [
          { type: 'TextBlock', text: '${m.chartTitle}', weight: 'Bolder', wrap: true },
          { type: 'FactSet', facts: [{ $data: '${chart}', title: '${x}', value: '${label}' }] },
        ],
      },
    },
    { type: 'TextBlock', text: '${m.trendTitle}', weight: 'Bolder', wrap: true },
    { type: 'FactSet', facts: [{ $data: '${trend}', title: '${title}', value: '${value}' }] },
    {
      type: 'Container',
      $when: '${count(verdicts) > 0}',
      items: [
        { type: 'TextBlock', text: '${m.verdictsTitle}', weight: 'Bolder', wrap: true },
        { type: 'FactSet', facts: [{ $data: '${verdicts}', title: '${title}', value: '${value}' }] },
      ],
    },
    {
      type: 'Container',
      $when: '${count(overdue) > 0}',
      items: [
        { type: 'TextBlock', text: '${m.overdueTitle}', weight: 'Bolder', wrap: true, color: 'Attention' },
        { type: 'TextBlock', $data: '${overdue}', text: '• ${$data}', wrap: true, spacing: 'None' },
      ],
    },
    {
      type: 'Container',
      $when: '${count(duties) > 0}',
      items: [
        { type: 'TextBlock', text: '${m.covenantsTitle}', weight: 'Bolder', wrap: true },
        { type: 'TextBlock', $data: '${duties}', text: '• ${$data}', wrap: true, spacing: 'None' },
      ],
    },
  ],
  actions: [
    { type: 'Action.Execute', title: '${m.openRequests}', verb: DIGEST_VERBS.open, data: { lang: '${lang}' } },
    { $data: '${evaluations}', type: 'Action.Execute', title: '${title}', verb: DIGEST_VERBS.evaluationHeld, data: { lang: '${$root.lang}', covenant: '${covenant}', year: '${year}' } },
  ],
});

export function digestCard(d: Digest, lang: Lang, options: { soFar?: boolean } = {}): Card {
  const m = DIGEST_MESSAGES[lang];
  const r = d.requests;
  const year = Number(d.lastDay.slice(0, 4));
  const figures = [
    [m.questions, d.questions.total],
    [m.filed, r.filed],
    [m.received, r.received],
    [m.approved, r.approved],
    [m.denied, r.denied],
    [m.withdrawn, r.withdrawn],
    [options.soFar ? m.pendingNow : m.pending, r.pending],
    [m.overdue, r.overdue],
    [m.oldest, r.oldestPendingWorkingDays === null ? m.none : m.days(r.oldestPendingWorkingDays)],
    [m.median, r.medianHoursToDecision === null ? m.none : m.hours(r.medianHoursToDecision)],
    [m.escalations, r.escalations],
    [m.deadLetters, r.deadLetters],
    [m.breachesReported, d.breaches.reported],
    [m.breachesOpen, d.breaches.open],
    [m.breachesLate, d.breaches.past72Hours],
  ].map(([title, value]) => ({ title: String(title), value: String(value) }));
  const before = (values: number[]) => average(values.slice(0, -1));
  const last = (values: number[]) => values[values.length - 1]!;
  return expandTemplate(template, {
    title: m.title(d.week, label(d.scope, lang)),
    period: m.period(dutchDate(d.firstDay, lang), dutchDate(d.lastDay, lang)),
    soFar: options.soFar ? m.soFar : null,
    m,
    lang,
    figures,
    chart: d.trend.weeks.map((w, i) => ({ x: w.slice(5), y: d.trend.questions[i]!, label: String(d.trend.questions[i]!) })),
    trend: [
      { title: m.trendQuestions, value: m.trendLine(last(d.trend.questions), before(d.trend.questions)) },
      { title: m.trendRequests, value: m.trendLine(last(d.trend.filed), before(d.trend.filed)) },
      { title: m.trendDecided, value: m.trendLine(last(d.trend.decided), before(d.trend.decided)) },
    ],
    verdicts: VERDICTS.filter((v) => (d.questions.byVerdict[v] ?? 0) > 0).map((v) => ({ title: verdictLabel(v, lang, null), value: String(d.questions.byVerdict[v]) })),
    overdue: d.overdue.map((o) => m.overdueLine(o.ref, o.ageWorkingDays, label(o.discloser, lang), label(o.recipient, lang))),
    duties: d.covenants.flatMap((c) => [
      ...(c.daysToEnd !== null ? [endLine(c, m, lang)] : []),
      ...(c.evaluationArticle ? [c.evaluationDue ? m.evaluationDue(c.title, year, c.evaluationArticle) : m.evaluationHeld(c.title, year)] : []),
    ]),
    evaluations: d.covenants.filter((c) => c.evaluationDue).map((c) => ({ title: m.recordEvaluation(c.title), covenant: c.id, year })),
  });
}

/** When a covenant ends: the renewal that takes over, or the call to arrange one. */
function endLine(c: Digest['covenants'][number], m: (typeof DIGEST_MESSAGES)[Lang], lang: Lang): string {
  const until = dutchDate(c.validUntil!, lang);
  if (c.successor) return m.renewedBy(c.title, until, c.daysToEnd!, c.successor.title, c.successor.validFrom ? dutchDate(c.successor.validFrom, lang) : until);
  return c.daysToEnd! >= 0 ? m.ends(c.title, until, c.daysToEnd!) : m.ended(c.title, until);
}
