// Worked examples as data: an example's question in the engine's terms, and what differs from what it expects. Pure.
import type { RuleIndex } from '../rules/compile';
import { decide } from '../rules/engine';
import type { Example } from '../rules/schema';
import type { Decision, Question } from '../rules/types';
import { parsePartyRef, type PartyRef } from '../vocabulary';

function ref(text: string | undefined): PartyRef | undefined {
  if (text === undefined) return undefined;
  const parsed = parsePartyRef(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

export function questionOf(example: Example): Question {
  const q = example.question;
  return { ...q, from: ref(q.from), to: ref(q.to) };
}

export interface ExampleOutcome {
  decision: Decision;
  /** One sentence per expectation the decision does not meet; empty when the example holds. */
  failures: string[];
}

/** Decides the example and compares with what it expects; `covenant` is the rulebook the example belongs to. */
export function runExample(example: Example, covenant: string, index: RuleIndex): ExampleOutcome {
  const decision = decide(questionOf(example), index);
  const expect = example.expect;
  const failures: string[] = [];
  if (decision.verdict !== expect.verdict) failures.push(`expected ${expect.verdict}, got ${decision.verdict}`);
  const cited = decision.citations.filter((c) => c.covenant === covenant).map((c) => c.article);
  for (const article of expect.articles ?? []) {
    if (!cited.includes(article)) failures.push(`expected art. ${article} of ${covenant} among ${JSON.stringify(cited)}`);
  }
  for (const rule of expect.rules ?? []) {
    if (!decision.rules.some((r) => r.id === rule)) failures.push(`expected rule ${rule} among ${decision.rules.map((r) => r.id).join(', ') || 'none'}`);
  }
  if (expect.missing && JSON.stringify(decision.missing) !== JSON.stringify(expect.missing)) {
    failures.push(`expected missing ${JSON.stringify(expect.missing)}, got ${JSON.stringify(decision.missing)}`);
  }
  if (expect.routeVia && decision.routeVia !== expect.routeVia) failures.push(`expected route via ${expect.routeVia}, got ${decision.routeVia ?? 'none'}`);
  return { decision, failures };
}
