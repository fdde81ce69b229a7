// Questions written from the covenants by a second reader, answered end to end (parser + engine).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answer } from '../../src/ask/answer';
import { askInputSchema } from '../../src/ask/input';
import { loadRules } from '../../src/rules/load';
import { formatPartyRef } from '../../src/vocabulary';

interface Line {
  id: string;
  question: string;
  as?: string;
  date?: string;
  expect: { verdict: string; from?: string; to?: string; subject?: string; data?: string[]; purpose?: string; article?: string };
  source?: string;
}

const file = join(__dirname, 'questions.jsonl');
const lines: Line[] = existsSync(file)
  ? readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Line)
  : [];
const PERMITS = new Set(['allowed', 'conditional']);

describe('the acceptance questions written from the covenants', () => {
  const index = loadRules();
  const results = lines.map((line) => {
    const input = askInputSchema.parse({ question: line.question, as: line.as, date: line.date ?? '2025-06-01' });
    const { decision } = answer(input, index, '2025-06-01');
    const q = decision.question;
    const got: Record<string, unknown> = {
      from: formatPartyRef(q.from),
      to: formatPartyRef(q.to),
      subject: q.subject ?? null,
      data: [...(q.data ?? [])].sort().join(','),
      purpose: q.purpose ?? null,
    };
    const slotChecks = Object.entries(line.expect)
      .filter(([k]) => k in got)
      .map(([k, v]) => ({ slot: k, ok: (k === 'data' ? [...(v as string[])].sort().join(',') : v) === got[k], want: v, got: got[k] }));
    return { line, verdict: decision.verdict, slotChecks, citations: decision.citations };
  });

  it('has questions to answer', () => {
    assert.ok(lines.length >= 100, `only ${lines.length} acceptance questions`);
  });

  it('never permits what the covenants do not permit', () => {
    const falsePermits = results.filter((r) => PERMITS.has(r.verdict) && !PERMITS.has(r.line.expect.verdict));
    assert.deepEqual(
      falsePermits.map((r) => `${r.line.id} ${r.line.question} → ${r.verdict} (expected ${r.line.expect.verdict})`),
      [],
    );
  });

  it('gives the expected verdict for at least 90% of the questions', () => {
    const wrong = results.filter((r) => r.verdict !== r.line.expect.verdict);
    const share = 1 - wrong.length / results.length;
    if (wrong.length) console.log(`      verdicts wrong (${wrong.length}):\n${wrong.map((r) => `        ${r.line.id} ${r.verdict} ≠ ${r.line.expect.verdict}: ${r.line.question}`).join('\n')}`);
    assert.ok(share >= 0.9, `verdict accuracy ${(share * 100).toFixed(1)}%`);
  });

  it('understands at least 85% of the stated slots', () => {
    const checks = results.flatMap((r) => r.slotChecks.map((c) => ({ ...c, id: r.line.id, question: r.line.question })));
    const wrong = checks.filter((c) => !c.ok);
    const share = 1 - wrong.length / checks.length;
    if (wrong.length)
      console.log(
        `      slots wrong (${wrong.length}/${checks.length}):\n${wrong.map((c) => `        ${c.id} ${c.slot}: ${JSON.stringify(c.got)} ≠ ${JSON.stringify(c.want)}: ${c.question}`).join('\n')}`,
      );
    assert.ok(share >= 0.85, `slot accuracy ${(share * 100).toFixed(1)}%`);
  });

  it('cites the expected article for the questions that name one', () => {
    const withArticle = results.filter((r) => r.line.expect.article && r.verdict === r.line.expect.verdict);
    const missing = withArticle.filter((r) => {
      const [covenant, article] = r.line.expect.article!.split('#');
      return !r.citations.some((c) => c.covenant === covenant && c.article === article);
    });
    if (missing.length)
      console.log(
        `      articles not cited (${missing.length}):\n${missing.map((r) => `        ${r.line.id} ${r.line.expect.article}: ${r.citations.map((c) => `${c.covenant}#${c.article}`).join(' ')}`).join('\n')}`,
      );
    assert.ok(missing.length <= withArticle.length * 0.1, `${missing.length} of ${withArticle.length} expected articles not cited`);
  });
});
