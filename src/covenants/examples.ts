// Worked examples as data: an example's question in the engine's terms, and what differs from what it expects. Pure.
import type { RuleIndex } from '../rules/compile';
import { decide } from '../rules/engine';
import type { Example } from '../rules/schema';
import type { Decision, Question } from '../rules/types';
import { parsePartyRef, vocabulary as vocabularyInUse, type PartyRef, type Vocabulary } from '../vocabulary';

function ref(text: string | undefined, vocabulary: Vocabulary): PartyRef | undefined {
  if (text === undefined) return undefined;
  const parsed = parsePartyRef(text, vocabulary);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

export function questionOf(example: Example, vocabulary: Vocabulary = vocabularyInUse()): Question {
  const { as, ...q } = example.question;
  return { ...q, from: ref(q.from, vocabulary), to: ref(q.to, vocabulary), ...(as ? { asker: ref(as, vocabulary) } : {}) };
}

export interface ExampleOutcome {
  decision: Decision;
  /** One sentence per expectation the decision does not meet; empty when the example holds. */
  failures: string[];
}

/** Decides the example and compares with what it expects; `covenant` is the rulebook the example belongs to. */
export function runExample(example: Example, covenant: string, index: RuleIndex): ExampleOutcome {
  const decision = decide(questionOf(example, index.vocabulary), index);
  const expect = example.expect;
  const failures: string[] = [];
  if (decision.verdict !== expect.verdict) failures.push(`expected ${expect.verdict}, got ${decision.verdict}`);
  const cited = decision.citations.filter((c) => c.covenant === covenant).map((c) => c.article);
  for (const article of expect.articles ?? []) {
    if (!cited.includes(article)) failures.push(`expected art. ${article} of ${covenant} among ${JSON.stringify(cited)}`);
  }
  const exactly = (what: string, got: string[], want: string[] | undefined) => {
    if (want && JSON.stringify([...got].sort()) !== JSON.stringify([...want].sort())) {
      failures.push(`expected exactly the ${what} ${JSON.stringify([...want].sort())}, got ${JSON.stringify([...got].sort())}`);
    }
  };
  exactly(
    'determining rules',
    decision.rules.map((r) => r.id),
    expect.rules,
  );
  exactly(
    'conditions',
    decision.conditions.map((c) => c.id),
    expect.conditions,
  );
  exactly(
    'duties',
    decision.duties.map((c) => c.id),
    expect.duties,
  );
  if (expect.doubt !== undefined && (decision.doubts ?? []).length > 0 !== expect.doubt) {
    failures.push(expect.doubt ? 'expected a doubt ("twijfel: vraag je privacy officer")' : 'expected no doubt');
  }
  if (expect.missing && JSON.stringify(decision.missing) !== JSON.stringify(expect.missing)) {
    failures.push(`expected missing ${JSON.stringify(expect.missing)}, got ${JSON.stringify(decision.missing)}`);
  }
  if (expect.routeVia && decision.routeVia !== expect.routeVia) failures.push(`expected route via ${expect.routeVia}, got ${decision.routeVia ?? 'none'}`);
  return { decision, failures };
}
