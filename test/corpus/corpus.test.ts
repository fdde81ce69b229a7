// The regression corpus: questions as busy professionals type them, each with the parse and the verdict a careful
// privacy officer would give from the seeds. Unsafe misses fail outright; the verdict score has a floor.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod/v4';
import { answer } from '../../src/ask/answer';
import { askInputSchema } from '../../src/ask/input';
import { loadRules } from '../../src/rules/load';
import { VERDICTS, formatPartyRef } from '../../src/vocabulary';
import { vocabularyIdSchema } from '../../src/vocabulary-schema';

/** The share of verdicts that must be right, set at what parser and rules reach (100% before the rules branch merged; printed). */
const VERDICT_FLOOR = 0.99;

const party = z.string().regex(/^[a-z-]+(:[a-z0-9-]+)?$/);
const entrySchema = z
  .object({
    id: z.string().min(1),
    class: z.string().min(1),
    as: party,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    question: z.string().min(1),
    expect: z
      .object({
        from: party.nullable(),
        to: party.nullable(),
        subject: vocabularyIdSchema('subjects', (valid) => `one of ${valid.join(', ')}`).nullable(),
        data: z.array(vocabularyIdSchema('dataCategories', (valid) => `one of ${valid.join(', ')}`)),
        purpose: vocabularyIdSchema('purposes', (valid) => `one of ${valid.join(', ')}`).nullable(),
        consent: z.boolean(),
        acute: z.boolean(),
        nonParties: z.array(z.object({ role: z.enum(['from', 'to']), id: z.string() }).strict()),
        /** What the question names to share that no category covers (data-categories.yaml `unlisted`); checked when given. */
        unlisted: z.array(z.string()).optional(),
        verdict: z.enum(VERDICTS),
      })
      .strict(),
    /** The rules work (issue 15 §1, item number) this expected verdict needs; its parse is still checked. */
  })
  .strict();
type Entry = z.infer<typeof entrySchema>;

const file = join(__dirname, 'questions.jsonl');
const entries: Entry[] = readFileSync(file, 'utf8')
  .split('\n')
  .map((line, k) => ({ line, k }))
  .filter(({ line }) => line.trim())
  .map(({ line, k }) => {
    const result = entrySchema.safeParse(JSON.parse(line));
    if (!result.success) throw new Error(`questions.jsonl line ${k + 1}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return result.data;
  });

const PERMITS = new Set(['allowed', 'conditional']);
/** More permissive than expected: a permit where a refusal, a route, "not covered" or a question was due, or allowed where conditions were. */
const morePermissive = (got: string, want: string) => (PERMITS.has(got) && !PERMITS.has(want)) || (got === 'allowed' && want === 'conditional');

describe('the regression corpus of questions as staff type them', () => {
  const index = loadRules();
  const results = entries.map((entry) => {
    // The entry's date is the day it is asked, as the bot's today: a day in the past the question names still counts.
    const input = askInputSchema.parse({ question: entry.question, as: entry.as });
    const { decision, parsed } = answer(input, index, entry.date);
    const s = parsed!.slots;
    const parse = {
      from: formatPartyRef(s.from),
      to: formatPartyRef(s.to),
      subject: s.subject ?? null,
      data: [...s.data].sort(),
      purpose: s.purpose ?? null,
      consent: s.consent,
      acute: s.acute,
      nonParties: parsed!.nonParties.filter((n) => n.kind === 'organisation').map(({ role, id }) => ({ role, id })),
    };
    return { entry, parse, unlisted: parsed!.unlistedData.map((u) => u.id), verdict: decision.verdict };
  });

  it(`holds at least 400 questions (${entries.length})`, () => assert.ok(entries.length >= 400));

  it('answers every danger-now question as acute', () => {
    const missed = results.filter((r) => r.entry.expect.acute && r.verdict !== 'acute');
    assert.deepEqual(
      missed.map((r) => `${r.entry.id} ${r.entry.question} → ${r.verdict}`),
      [],
    );
  });

  it('never gives a verdict more permissive than the expected one', () => {
    const unsafe = results.filter((r) => morePermissive(r.verdict, r.entry.expect.verdict));
    assert.deepEqual(
      unsafe.map((r) => `${r.entry.id} ${r.entry.question} → ${r.verdict} (expected ${r.entry.expect.verdict})`),
      [],
    );
  });

  it(`gives the expected verdict for at least ${VERDICT_FLOOR * 100}% of the questions`, () => {
    const wrong = results.filter((r) => r.verdict !== r.entry.expect.verdict);
    const score = 1 - wrong.length / results.length;
    console.log(`      corpus verdict score: ${(score * 100).toFixed(1)}% (${results.length - wrong.length}/${results.length})`);
    if (wrong.length) console.log(wrong.map((r) => `        ${r.entry.id} ${r.verdict} ≠ ${r.entry.expect.verdict}: ${r.entry.question}`).join('\n'));
    assert.ok(score >= VERDICT_FLOOR, `verdict score ${(score * 100).toFixed(1)}%`);
  });

  for (const r of results) {
    it(`reads ${r.entry.id}: ${r.entry.question}`, () => {
      const { verdict: _verdict, ...want } = r.entry.expect;
      assert.deepEqual(
        { ...r.parse, ...(want.unlisted ? { unlisted: r.unlisted } : {}), nonParties: [...r.parse.nonParties].sort((a, b) => a.id.localeCompare(b.id)) },
        { ...want, data: [...want.data].sort(), nonParties: [...want.nonParties].sort((a, b) => a.id.localeCompare(b.id)) },
      );
    });
  }
});
