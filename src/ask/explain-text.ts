// The explanation of `ask --explain` as JSON and as readable text, in one language. Pure.
import type { Explanation, RuleTrace } from '../rules/explain';
import { dataLabel, type Lang } from '../vocabulary';

const WORDS = {
  nl: {
    title: 'Uitleg',
    assumed: 'Aangenomen',
    acute: 'Crisisroutes',
    outcome: { determining: 'beslist', overruled: 'geldt, maar gaat niet voor', 'not-applicable': 'geldt niet' },
    fallback: 'Zonder regel',
  },
  en: {
    title: 'Explanation',
    assumed: 'Assumed',
    acute: 'Crisis routes',
    outcome: { determining: 'decides', overruled: 'applies, but does not prevail', 'not-applicable': 'does not apply' },
    fallback: 'Without a rule',
  },
} as const;

export function explanationJson(e: Explanation, lang: Lang) {
  const rule = (r: RuleTrace) => ({ rule: r.rule, covenant: r.covenant, effect: r.effect, outcome: r.outcome, reasons: r.reasons.map((x) => x[lang]) });
  return {
    mode: e.mode,
    assumed: e.assumed.map((a) => ({ slot: a.slot, text: a.text[lang] })),
    matched: e.perData.flatMap((p) => p.rules.filter((r) => r.outcome !== 'not-applicable').map((r) => ({ data: p.data, ...rule(r) }))),
    perData: e.perData.map((p) => ({ data: p.data, verdict: p.verdict, rules: p.rules.map(rule), fallback: p.fallback?.[lang] ?? null })),
    acute: e.acute.map(rule),
  };
}

export function renderExplanation(e: Explanation, lang: Lang): string[] {
  const w = WORDS[lang];
  const out: string[] = [`${w.title}:`];
  const ruleLine = (r: RuleTrace) => {
    const head = `    ${r.outcome === 'determining' ? '✔' : r.outcome === 'overruled' ? '•' : '✘'} ${r.rule} (${r.covenant}, ${r.effect}): ${w.outcome[r.outcome]}`;
    return [head, ...r.reasons.map((x) => `        – ${x[lang]}`)];
  };
  if (e.assumed.length > 0) out.push(`  ${w.assumed}:`, ...e.assumed.map((a) => `    • ${a.text[lang]}`));
  if (e.acute.length > 0) out.push(`  ${w.acute}:`, ...e.acute.flatMap(ruleLine));
  for (const p of e.perData) {
    out.push(`  ${dataLabel(p.data)[lang]} → ${p.verdict}:`, ...p.rules.flatMap(ruleLine));
    if (p.fallback) out.push(`    ${w.fallback}: ${p.fallback[lang]}`);
  }
  return out;
}
