// "A wrong mag is the worst defect": invariants over every question the vocabulary can form.
import assert from 'node:assert/strict';
import { dataBit, purposeBit, subjectBit, type RuleIndex } from '../../src/rules/compile';
import { decide, type DecideTrace } from '../../src/rules/engine';
import { loadRules } from '../../src/rules/load';
import { emergencyLines } from '../../src/present/emergency';
import type { Decision, Question } from '../../src/rules/types';
import { subjectLabel, vocabulary, type Verdict } from '../../src/vocabulary';
import { sweep, sweepRefs } from './sweep';

const index = loadRules();
const PERMITS: ReadonlySet<Verdict> = new Set(['allowed', 'conditional']);
const permits = (d: Decision) => PERMITS.has(d.verdict);
const TODAY = '2025-03-01';

type Check = (q: Question, d: Decision) => string | null;

/** One pass over the sweep on a date (one question in `every`), the first violation of each check by name. */
function violations(date: string, checks: Record<string, Check>, every = 1): Record<string, string | null> {
  const found: Record<string, string | null> = Object.fromEntries(Object.keys(checks).map((k) => [k, null]));
  let i = 0;
  for (const q of sweep(index, date)) {
    if (i++ % every !== 0) continue;
    const d = decide(q, index);
    for (const [name, check] of Object.entries(checks)) {
      if (found[name] !== null) continue;
      const problem = check(q, d);
      if (problem) found[name] = `${JSON.stringify(q)}: ${problem}`;
    }
  }
  return found;
}

function compiledRule(index: RuleIndex, id: string) {
  for (const list of index.byPair.values()) for (const rule of list) if (rule.id === id) return rule;
  return undefined;
}

describe('the sweep over the whole vocabulary', function () {
  this.timeout(60_000);

  it('covers every party with the units the rulebooks name and one they do not', () => {
    const refs = sweepRefs(index).map((r) => (r.unit ? `${r.party}:${r.unit}` : r.party));
    for (const ref of ['politie:amsterdam', 'politie:rotterdam', 'politie:ergens-anders', 'veilig-thuis:zuid-holland-zuid', 'lokaal-veld', 'lokaal-veld:ergens-anders', 'blijf-groep'])
      assert.ok(refs.includes(ref), ref);
  });

  const today = violations(TODAY, {
    broader(q, d) {
      if (!permits(d)) return null;
      if (d.citations.length === 0) return 'a permit without a citation';
      if (d.verdict === 'conditional' && d.conditions.length === 0) return 'conditional without conditions';
      for (const ref of d.rules) {
        const rule = compiledRule(index, ref.id);
        if (!rule || rule.effect !== 'permit') return `determining rule ${ref.id} is not a permit`;
        if ((rule.subjectMask & subjectBit(q.subject!)) === 0) return `${ref.id} does not list subject ${q.subject}`;
        if ((rule.dataMask & dataBit(q.data![0]!)) === 0) return `${ref.id} does not list ${q.data![0]}`;
        if ((rule.purposeMask & purposeBit(q.purpose!)) === 0) return `${ref.id} does not list purpose ${q.purpose}`;
        if (rule.whenConsent === true && !q.consent) return `${ref.id} needs consent`;
        if ((rule.book.validFrom ?? '') > q.date || (rule.book.validUntil ?? '9999') < q.date) return `${ref.id} is out of its dates`;
      }
      return null;
    },
    reporters: (q, d) => (q.to!.party === 'lokaal-veld' && (q.subject === 'melder' || q.subject === 'getuige') && permits(d) ? d.verdict : null),
    medical(q, d) {
      if (!permits(d)) return null;
      if (q.data![0] === 'medische-gegevens') return 'medical data';
      if (q.data![0] === 'zorgmelding' && q.to!.party === 'lokaal-veld') return 'the report form to the local field';
      return null;
    },
    outright: (_q, d) => (d.verdict === 'allowed' ? 'allowed outright' : null),
    route: (_q, d) => (d.verdict === 'route_via' && !d.routeVia ? 'route without routeVia' : null),
    dutiesWithoutPermit: (_q, d) => (!permits(d) && d.duties.length > 0 && !d.dutyRules?.length ? `${d.verdict} with duties but no duty rule` : null),
  });

  it('never permits, and never answers from a permit rule, beyond what that rule lists (subject, data, purpose, consent, dates), nor without citation and conditions', () => {
    assert.equal(today.broader, null);
  });

  it('never permits sharing names or other data of reporters and witnesses with the local field', () => {
    assert.equal(today.reporters, null);
  });

  it('never permits medical data, nor the police report form to the local field', () => {
    assert.equal(today.medical, null);
  });

  it('never gives "allowed" outright: every permit names the conditions to meet', () => {
    assert.equal(today.outright, null);
  });

  it('gives duties with an answer that permits nothing only from a duty rule (vuistregel 1: the CORV report with every ZSM report)', () => {
    assert.equal(today.dutiesWithoutPermit, null);
  });

  it('always names the party to go through when the answer is a route', () => {
    assert.equal(today.route, null);
  });

  it('permits nothing before the first covenant started (seed 004: 3 October 2017)', () => {
    assert.equal(violations('2017-10-02', { before: (_q, d) => (permits(d) || d.verdict === 'route_via' ? d.verdict : null) }, 7).before, null);
  });

  it('answers nothing from a covenant on a day it is not in force', () => {
    const inForce = (id: string, date: string) => {
      const book = index.books.find((b) => b.id === id)!;
      return (book.validFrom ?? '') <= date && date <= (book.validUntil ?? '9999');
    };
    for (const date of ['2019-06-01', '2027-09-16']) {
      assert.equal(violations(date, { outOfForce: (_q, d) => d.rules.map((r) => r.covenant).find((c) => !inForce(c, date)) ?? null }, 7).outOfForce, null, date);
    }
  });

  it('answers danger now with the emergency route first, whatever else the question says', () => {
    let i = 0;
    for (const q of sweep(index, TODAY)) {
      if (i++ % 997 !== 0) continue;
      for (const asker of [q.from!, q.to!]) {
        const d = decide({ ...q, acute: true, asker }, index);
        assert.equal(d.verdict, 'acute');
        for (const lang of ['nl', 'en'] as const) assert.match(emergencyLines(d, lang)[0]!, /^(Bel|Call) 112/);
      }
    }
  });

  it('answers a question that leaves the subject or the data open only for what each of them permits on its own', () => {
    let i = 0;
    let checked = 0;
    for (const q of sweep(index, TODAY)) {
      if (i++ % 151 !== 0) continue;
      for (const open of [{ subject: undefined }, { data: undefined }, { subject: undefined, data: undefined }]) {
        const asked = { ...q, ...open };
        const trace: DecideTrace = { mode: 'complete', open: [], completion: null, tried: 0 };
        const d = decide(asked, index, trace);
        if (trace.mode !== 'answerable-part') continue;
        checked++;
        const c = trace.completion!;
        for (const subject of asked.subject ? [asked.subject] : vocabulary().subjects) {
          for (const data of c.data) {
            const one = decide({ ...q, subject, data: [data] }, index).verdict;
            if (one === d.verdict) continue;
            assert.ok(!PERMITS.has(one) && one !== 'route_via', `${JSON.stringify(asked)}: ${subject}/${data} gives ${one}, the answer ${d.verdict}`);
            const limit = d.conditions.find((r) => r.id === 'alleen-over-deze-personen');
            assert.ok(limit && limit.text.nl.split('Niet over:')[1]!.includes(subjectLabel(subject).nl), `${subject} is excluded by name`);
          }
        }
      }
    }
    assert.ok(checked > 0, 'the sweep reaches such questions');
  });
});
