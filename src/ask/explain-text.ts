// The explanation of `ask --explain` as JSON and as readable text, in one language. Pure.
import type { Explanation, RuleTrace } from '../rules/explain';
import { dataLabel, subjectLabel, type Lang } from '../vocabulary';

const WORDS = {
  nl: {
    title: 'Uitleg',
    assumed: 'Aangenomen',
    acute: 'Crisisroutes',
    outcome: { determining: 'beslist', overruled: 'geldt, maar gaat niet voor', 'adds-duties': 'geldt: voegt een plicht toe, beslist niets', 'not-applicable': 'geldt niet' },
    fallback: 'Zonder regel',
    outside: 'In geen convenant genoemd',
    part: 'Over',
  },
  en: {
    title: 'Explanation',
    assumed: 'Assumed',
    acute: 'Crisis routes',
    outcome: { determining: 'decides', overruled: 'applies, but does not prevail', 'adds-duties': 'applies: adds a duty, decides nothing', 'not-applicable': 'does not apply' },
    fallback: 'Without a rule',
    outside: 'Named in no covenant',
    part: 'About',
  },
} as const;

const MARKS: Record<RuleTrace['outcome'], string> = { determining: '✔', overruled: '•', 'adds-duties': '+', 'not-applicable': '✘' };

export interface ExplanationJson {
  mode: Explanation['mode'];
  assumed: { slot: string; text: string }[];
  matched: { data: string; rule: string; covenant: string; effect: string; outcome: string; reasons: string[] }[];
  perData: { data: string; verdict: string; rules: { rule: string; covenant: string; effect: string; outcome: string; reasons: string[] }[]; fallback: string | null }[];
  acute: { rule: string; covenant: string; effect: string; outcome: string; reasons: string[] }[];
  parts: ({ subject: string; verdict: string } & ExplanationJson)[];
  outside: { role: 'from' | 'to'; id: string; text: string }[];
}

export function explanationJson(e: Explanation, lang: Lang): ExplanationJson {
  const rule = (r: RuleTrace) => ({ rule: r.rule, covenant: r.covenant, effect: r.effect, outcome: r.outcome, reasons: r.reasons.map((x) => x[lang]) });
  return {
    mode: e.mode,
    assumed: e.assumed.map((a) => ({ slot: a.slot, text: a.text[lang] })),
    matched: e.perData.flatMap((p) => p.rules.filter((r) => r.outcome !== 'not-applicable').map((r) => ({ data: p.data, ...rule(r) }))),
    perData: e.perData.map((p) => ({ data: p.data, verdict: p.verdict, rules: p.rules.map(rule), fallback: p.fallback?.[lang] ?? null })),
    acute: e.acute.map(rule),
    parts: e.parts.map((p) => ({ subject: p.subject, verdict: p.explanation.verdict, ...explanationJson(p.explanation, lang) })),
    outside: e.outside.map((o) => ({ role: o.role, id: o.id, text: o.text[lang] })),
  };
}

export function renderExplanation(e: Explanation, lang: Lang): string[] {
  return [`${WORDS[lang].title}:`, ...explanationBody(e, lang, '  ')];
}

/** The explanation's lines under its title, each starting with `indent` (a part's lines are indented once more). */
function explanationBody(e: Explanation, lang: Lang, indent: string): string[] {
  const w = WORDS[lang];
  const out: string[] = [];
  const ruleLine = (r: RuleTrace) => [`${indent}  ${MARKS[r.outcome]} ${r.rule} (${r.covenant}, ${r.effect}): ${w.outcome[r.outcome]}`, ...r.reasons.map((x) => `${indent}      – ${x[lang]}`)];
  if (e.assumed.length > 0) out.push(`${indent}${w.assumed}:`, ...e.assumed.map((a) => `${indent}  • ${a.text[lang]}`));
  if (e.outside.length > 0) out.push(`${indent}${w.outside}:`, ...e.outside.map((o) => `${indent}  • ${o.text[lang]}`));
  if (e.acute.length > 0) out.push(`${indent}${w.acute}:`, ...e.acute.flatMap(ruleLine));
  for (const p of e.perData) {
    out.push(`${indent}${dataLabel(p.data)[lang]} → ${p.verdict}:`, ...p.rules.flatMap(ruleLine));
    if (p.fallback) out.push(`${indent}  ${w.fallback}: ${p.fallback[lang]}`);
  }
  for (const part of e.parts) {
    // The shared assumptions are said once, above.
    const own = { ...part.explanation, assumed: part.explanation.assumed.filter((a) => a.slot !== 'date' && a.slot !== 'consent') };
    out.push(`${indent}${w.part} ${subjectLabel(part.subject)[lang]} → ${part.explanation.verdict}:`, ...explanationBody(own, lang, `${indent}  `));
  }
  return out;
}
