// Sentences of the managers' weekly digest, per language.
import type { Lang } from '../vocabulary';

export interface DigestMessages {
  title: (week: string, scope: string) => string;
  period: (from: string, to: string) => string;
  soFar: string;
  headline: string;
  questions: string;
  filed: string;
  received: string;
  approved: string;
  denied: string;
  withdrawn: string;
  pending: string;
  pendingNow: string;
  overdue: string;
  oldest: string;
  median: string;
  escalations: string;
  deadLetters: string;
  breachesReported: string;
  breachesOpen: string;
  breachesLate: string;
  hours: (h: number) => string;
  days: (d: number) => string;
  none: string;
  trendTitle: string;
  trendQuestions: string;
  trendRequests: string;
  trendDecided: string;
  trendLine: (now: number, average: number) => string;
  verdictsTitle: string;
  overdueTitle: string;
  overdueLine: (ref: string, age: number, discloser: string, recipient: string) => string;
  covenantsTitle: string;
  ends: (title: string, until: string, days: number) => string;
  ended: (title: string, until: string) => string;
  renewedBy: (title: string, until: string, days: number, successor: string, from: string) => string;
  evaluationDue: (title: string, year: number, article: string) => string;
  evaluationHeld: (title: string, year: number) => string;
  recordEvaluation: (title: string) => string;
  openRequests: string;
  chartTitle: string;
  unreachableManagers: (week: string, names: string) => string;
  notAManager: string;
  evaluationRecorded: (title: string, year: number) => string;
  evaluationRefused: string;
  weekLabel: string;
}

const nl: DigestMessages = {
  title: (week, scope) => `Weekoverzicht ${week}: ${scope}`,
  period: (from, to) => `${from} tot en met ${to}. Alleen aantallen: geen vragen, namen of zaaknummers.`,
  soFar: 'Deze week tot nu toe.',
  headline: 'Deze week',
  questions: 'Vragen gesteld',
  filed: 'Verzoeken ingediend',
  received: 'Verzoeken ontvangen',
  approved: 'Goedgekeurd',
  denied: 'Afgewezen',
  withdrawn: 'Ingetrokken',
  pending: 'Open aan het eind van de week',
  pendingNow: 'Nu nog open',
  overdue: 'Waarvan over de termijn',
  oldest: 'Oudste open verzoek',
  median: 'Mediane tijd tot beslissing',
  escalations: 'Escalaties naar een leidinggevende',
  deadLetters: 'Berichten niet afgeleverd',
  breachesReported: 'Datalekken gemeld',
  breachesOpen: 'Datalekken nog open',
  breachesLate: 'Waarvan langer dan 72 uur',
  hours: (h) => (h < 1 ? 'minder dan een uur' : `${h} uur`),
  days: (d) => `${d} ${d === 1 ? 'werkdag' : 'werkdagen'}`,
  none: '—',
  trendTitle: 'Vergeleken met het gemiddelde van de vier weken ervoor',
  trendQuestions: 'Vragen',
  trendRequests: 'Verzoeken',
  trendDecided: 'Beslissingen',
  trendLine: (now, average) => `${now} (gemiddeld ${average}) ${now > average ? '↑' : now < average ? '↓' : '→'}`,
  verdictsTitle: 'Antwoorden op vragen',
  overdueTitle: 'Verzoeken over de termijn',
  overdueLine: (ref, age, discloser, recipient) => `${ref}: ${age} werkdagen open (${recipient} → ${discloser})`,
  covenantsTitle: 'Wat de convenanten van je vragen',
  ends: (title, until, days) => `${title} loopt af op ${until} (nog ${days} dagen): zorg op tijd voor verlenging of een nieuw convenant.`,
  ended: (title, until) => `${title} is afgelopen op ${until}: er is geen geldige grondslag meer onder dit convenant.`,
  renewedBy: (title, until, days, successor, from) => `${title} ${days >= 0 ? `loopt af op ${until} (nog ${days} dagen)` : `is afgelopen op ${until}`}. Vanaf ${from} geldt de opvolger: ${successor}.`,
  evaluationDue: (title, year, article) => `De evaluatie van ${year} van ${title} moet nog worden gehouden (art. ${article}).`,
  evaluationHeld: (title, year) => `De evaluatie van ${year} van ${title} is vastgelegd.`,
  recordEvaluation: (title) => `Evaluatie gehouden: ${title}`,
  openRequests: 'Openstaande verzoeken',
  chartTitle: 'Vragen per week',
  unreachableManagers: (week, names) => `Weekoverzicht ${week}: deze leidinggevenden hebben Deelwijzer nooit geopend en kregen hun overzicht niet: ${names}. Vraag hen Deelwijzer in Teams te openen.`,
  notAManager: 'Het weekoverzicht is voor leidinggevenden in de lijst van Deelwijzer. Vraag je privacy officer als dat niet klopt.',
  evaluationRecorded: (title, year) => `Vastgelegd: de evaluatie van ${year} van ${title} is gehouden.`,
  evaluationRefused: 'Alleen een leidinggevende of privacy officer van een partij van dit convenant kan de evaluatie vastleggen. Er is niets veranderd.',
  weekLabel: 'week',
};

const en: DigestMessages = {
  title: (week, scope) => `Weekly digest ${week}: ${scope}`,
  period: (from, to) => `${from} to ${to}. Counts only: no questions, names or case numbers.`,
  soFar: 'This week so far.',
  headline: 'This week',
  questions: 'Questions asked',
  filed: 'Requests filed',
  received: 'Requests received',
  approved: 'Approved',
  denied: 'Denied',
  withdrawn: 'Withdrawn',
  pending: 'Open at the end of the week',
  pendingNow: 'Open right now',
  overdue: 'Of which past the deadline',
  oldest: 'Oldest open request',
  median: 'Median time to a decision',
  escalations: 'Escalations to a manager',
  deadLetters: 'Messages not delivered',
  breachesReported: 'Data breaches reported',
  breachesOpen: 'Data breaches still open',
  breachesLate: 'Of which past 72 hours',
  hours: (h) => (h < 1 ? 'less than an hour' : `${h} hours`),
  days: (d) => `${d} working ${d === 1 ? 'day' : 'days'}`,
  none: '—',
  trendTitle: 'Compared with the average of the four weeks before',
  trendQuestions: 'Questions',
  trendRequests: 'Requests',
  trendDecided: 'Decisions',
  trendLine: (now, average) => `${now} (average ${average}) ${now > average ? '↑' : now < average ? '↓' : '→'}`,
  verdictsTitle: 'Answers to questions',
  overdueTitle: 'Requests past the deadline',
  overdueLine: (ref, age, discloser, recipient) => `${ref}: open ${age} working days (${recipient} → ${discloser})`,
  covenantsTitle: 'What the covenants ask of you',
  ends: (title, until, days) => `${title} ends on ${until} (${days} days left): arrange an extension or a new covenant in time.`,
  ended: (title, until) => `${title} ended on ${until}: this covenant no longer gives a basis.`,
  renewedBy: (title, until, days, successor, from) => `${title} ${days >= 0 ? `ends on ${until} (${days} days left)` : `ended on ${until}`}. From ${from} its successor applies: ${successor}.`,
  evaluationDue: (title, year, article) => `The ${year} evaluation of ${title} is still to be held (art. ${article}).`,
  evaluationHeld: (title, year) => `The ${year} evaluation of ${title} has been recorded.`,
  recordEvaluation: (title) => `Evaluation held: ${title}`,
  openRequests: 'Open requests',
  chartTitle: 'Questions per week',
  unreachableManagers: (week, names) => `Weekly digest ${week}: these managers never opened Deelwijzer and did not get their digest: ${names}. Ask them to open Deelwijzer in Teams.`,
  notAManager: 'The weekly digest is for managers in Deelwijzer’s directory. Ask your privacy officer if that is wrong.',
  evaluationRecorded: (title, year) => `Recorded: the ${year} evaluation of ${title} has been held.`,
  evaluationRefused: 'Only a manager or privacy officer of a party to this covenant can record the evaluation. Nothing changed.',
  weekLabel: 'week',
};

export const DIGEST_MESSAGES: Record<Lang, DigestMessages> = { nl, en };
