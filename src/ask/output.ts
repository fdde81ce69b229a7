// The `ask` command's two output forms: the contract's JSON object and a readable text. Pure.
import { MESSAGES } from '../i18n/messages';
import { citationLabel, describeAlternative, personalDataWarning, summary, uncoveredItemReasons, verdictLabel } from '../present/describe';
import { groupByAddressee, readerSideOf } from '../present/addressee';
import { dataLabel, formatPartyRef, type Lang } from '../vocabulary';
import type { Decision } from '../rules/types';
import type { Answer } from './answer';
import { emergencyLines } from '../present/emergency';
import { permits } from '../rules/engine';
import { explanationJson, renderExplanation } from './explain-text';

const addressedDuties = (d: Decision, lang: Lang) => groupByAddressee(d.duties, { discloser: d.question.from, recipient: d.question.to }, readerSideOf(d.question), lang);
/** Says which organisation the question named that no covenant covers, and on which side. */
const OUTSIDE_EVERY_COVENANT = {
  nl: (label: string, role: 'from' | 'to') => `${label} (${role === 'to' ? 'ontvanger' : 'verstrekker'}) valt onder geen enkel convenant.`,
  en: (label: string, role: 'from' | 'to') => `${label} (${role === 'to' ? 'recipient' : 'giver'}) is outside every covenant.`,
};

export function toContractJson(answer: Answer, lang: Lang) {
  const { decision: d, parsed } = answer;
  const q = d.question;
  return {
    verdict: d.verdict,
    from: formatPartyRef(q.from),
    to: formatPartyRef(q.to),
    subject: q.subject ?? null,
    data: q.data ?? [],
    purpose: q.purpose ?? null,
    consent: q.consent === true,
    acute: q.acute === true,
    date: q.date,
    covenant: d.covenant,
    citations: d.citations.map((c) => ({ covenant: c.covenant, article: c.article, text: c.text[lang] })),
    conditions: d.conditions.map((c) => c.text[lang]),
    duties: d.duties.map((c) => c.text[lang]),
    /** The same duties under who must act, seen from the asker ("reader" is the asker's own side). */
    dutiesByAddressee: addressedDuties(d, lang).map((g) => ({ who: g.key, heading: g.heading, duties: g.items.map((t) => t[lang]) })),
    routeVia: d.routeVia,
    missing: d.missing,
    perData: d.perData.map((p) => ({
      data: p.data,
      verdict: p.verdict,
      citations: p.citations.map((c) => ({ covenant: c.covenant, article: c.article })),
      rules: p.rules.map((r) => r.id),
      routeVia: p.routeVia,
    })),
    rules: d.rules.map((r) => ({ id: r.id, covenant: r.covenant, articles: r.articles, explanation: r.explanation[lang] })),
    whatWouldChange: d.whatWouldChange.map((a) => ({ kind: a.kind, verdict: a.verdict, text: describeAlternative(a, lang) })),
    askWhom: d.askWhom.map((t) => t[lang]),
    doubts: (d.doubts ?? []).map((t) => t[lang]),
    nonParties: (d.nonParties ?? []).map((n) => ({ role: n.role, id: n.id, label: n.label[lang] })),
    ...(answer.explanation ? { explanation: explanationJson(answer.explanation, lang) } : {}),
    emergency: d.verdict === 'acute' ? emergencyLines(d, lang) : [],
    personalData: parsed?.personalData ?? [],
    notUnderstood: parsed?.notUnderstood ?? [],
    unknownItems: d.unknownItems ?? [],
    notMet: (d.notMet ?? []).map((c) => ({ id: c.id, covenant: c.covenant, articles: c.articles, text: c.text[lang] })),
    unlistedData: (d.unlistedData ?? []).map((u) => u[lang]),
    lang,
  };
}

export function renderText(answer: Answer, lang: Lang): string {
  const { decision: d, parsed } = answer;
  const m = MESSAGES[lang];
  const out: string[] = [];
  const section = (title: string, lines: string[], bullet = '•') => {
    if (lines.length === 0) return;
    out.push('', `${title}:`, ...lines.map((l) => `  ${bullet} ${l}`));
  };
  const warning = personalDataWarning(parsed?.personalData ?? [], lang);
  if (warning) out.push(`⚠️  ${warning}`, '');
  out.push(verdictLabel(d.verdict, lang, d.routeVia));
  if (d.verdict === 'acute') {
    out.push(...emergencyLines(d, lang).map((l) => `  ${l}`));
  } else {
    out.push(summary(d, lang));
  }
  if (d.verdict === 'incomplete')
    section(
      m.heading.missing,
      d.missing.map((s) => m.slot[s]),
    );
  if (d.verdict === 'route_via' && d.routeVia) out.push(m.routeVia(d.routeVia));
  for (const c of d.notMet ?? []) out.push(m.card.conditionNotMet(c.text[lang], c.articles));
  if (d.verdict === 'not_covered') out.push(...uncoveredItemReasons(d, lang));
  if (d.verdict === 'not_covered') out.push(...(d.nonParties ?? []).map((n) => OUTSIDE_EVERY_COVENANT[lang](n.label[lang], n.role)), m.notCovered);
  if (d.perData.length > 1) {
    section(
      m.heading.perData,
      d.perData.map((p) => `${dataLabel(p.data)[lang]}: ${verdictLabel(p.verdict, lang, p.routeVia)}`),
    );
  }
  // An acute answer's rules are its crisis routes, already among its lines.
  if (d.verdict !== 'acute')
    section(
      m.heading.why,
      d.rules.map((r) => r.explanation[lang]),
    );
  section(
    m.heading.conditions,
    d.conditions.map((c) => c.text[lang]),
    '☐',
  );
  const dutyGroups = addressedDuties(d, lang);
  if (dutyGroups.length > 0) out.push('', `${permits(d) ? m.heading.duties : m.heading.dutiesAnyway}:`, ...dutyGroups.flatMap((g) => [`  ${g.heading}:`, ...g.items.map((t) => `    • ${t[lang]}`)]));
  section(
    m.heading.sources,
    d.citations.map((c) => `${citationLabel(c.covenant, c.article, lang)}: ${c.text[lang]}`),
  );
  section(
    m.heading.whatWouldChange,
    d.whatWouldChange.map((a) => describeAlternative(a, lang)),
  );
  section(
    m.heading.doubts,
    (d.doubts ?? []).map((t) => t[lang]),
  );
  section(
    m.heading.askWhom,
    d.askWhom.map((t) => t[lang]),
  );
  if (parsed && parsed.notUnderstood.length > 0) out.push('', `${m.heading.notUnderstood}: ${parsed.notUnderstood.join(', ')}`);
  if (answer.explanation) out.push('', ...renderExplanation(answer.explanation, lang));
  return out.join('\n');
}
