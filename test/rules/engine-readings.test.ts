// Doubts, units that may be left out, crisis routes per asker, answers for an open subject or data, and
// the explanation: each on a small made-up rulebook so the behaviour is visible on its own.
import assert from 'node:assert/strict';
import { compileRulebooks } from '../../src/rules/compile';
import { decide } from '../../src/rules/engine';
import { explain } from '../../src/rules/explain';
import { rulebookSchema } from '../../src/rules/schema';
import type { Question } from '../../src/rules/types';

const t = (s: string) => ({ nl: s, en: s });

const index = compileRulebooks([
  rulebookSchema.parse({
    id: 'proef',
    title: 'Proefconvenant',
    version: '1',
    source: { seed: 'none', document: 'test' },
    summary: t('test'),
    parties: [
      { party: 'veilig-thuis', units: ['regio'] },
      { party: 'lokaal-veld', units: ['stad'], unitOptional: true },
    ],
    validity: { from: '2022-01-01', until: '2026-12-31', articles: ['9'], explanation: t('looptijd'), doubts: [{ from: '2026-12-31', until: '2026-12-31', text: t('laatste dag onzeker') }] },
    askWhom: t('de privacy officer'),
    articles: { '1': t('een'), '9': t('looptijd') },
    conditions: { voorwaarde: { text: t('alleen wat nodig is'), articles: ['1'] } },
    duties: {},
    rules: [
      { id: 'crisis', effect: 'acute', from: ['veilig-thuis'], articles: ['1'], explanation: t('Bel eerst 112. Dan de crisisdienst.') },
      {
        id: 'overdracht',
        effect: 'permit',
        from: ['veilig-thuis'],
        to: ['lokaal-veld'],
        subjects: ['kind', 'slachtoffer'],
        data: ['naw', 'feiten-omstandigheden'],
        purposes: ['hulpverlening'],
        conditions: ['voorwaarde'],
        articles: ['1'],
        explanation: t('overdracht'),
        doubt: t('twee lezingen'),
      },
      { id: 'geen-melder', effect: 'forbid', from: ['veilig-thuis'], to: ['lokaal-veld'], subjects: ['melder', 'getuige'], articles: ['1'], explanation: t('geen melders') },
    ],
  }),
]);

const base: Question = { from: { party: 'veilig-thuis', unit: 'regio' }, to: { party: 'lokaal-veld' }, subject: 'kind', data: ['naw'], purpose: 'hulpverlening', date: '2024-06-01' };
const ask = (q: Partial<Question>) => decide({ ...base, ...q }, index);

describe('readings the engine makes explicit', () => {
  it('shows the doubt of a determining rule that takes the safer reading', () => {
    assert.deepEqual(ask({}).doubts, [t('twee lezingen')]);
  });

  it('shows a covenant’s doubt on its doubtful days, also when the answer is that it does not apply', () => {
    assert.deepEqual(ask({ date: '2026-12-31' }).doubts, [t('twee lezingen'), t('laatste dag onzeker')]);
    assert.equal(ask({ date: '2026-12-30', subject: 'derde' }).doubts, undefined);
  });

  it('takes a party whose unit may be left out as within the covenant, but not a unit it does not list', () => {
    assert.equal(ask({}).verdict, 'conditional');
    assert.equal(ask({ to: { party: 'lokaal-veld', unit: 'stad' } }).verdict, 'conditional');
    assert.equal(ask({ to: { party: 'lokaal-veld', unit: 'elders' } }).verdict, 'not_covered');
  });

  it('gives the crisis route only to the asker it is for, with the unit named', () => {
    assert.deepEqual(
      decide({ ...base, acute: true, asker: { party: 'veilig-thuis', unit: 'regio' } }, index).rules.map((r) => r.id),
      ['crisis'],
    );
    assert.deepEqual(decide({ ...base, acute: true, asker: { party: 'lokaal-veld' } }, index).rules, []);
    assert.deepEqual(decide({ ...base, acute: true, asker: { party: 'veilig-thuis', unit: 'regio' }, date: '2030-01-01' }, index).citations, []);
  });

  it('answers an open subject for the people it may be about, and names those it may not', () => {
    const d = ask({ subject: undefined });
    assert.equal(d.verdict, 'conditional');
    const limit = d.conditions.find((c) => c.id === 'alleen-over-deze-personen')!;
    assert.match(limit.text.nl, /Niet over: .*melder.*getuige/);
  });

  it('asks for the subject when the people it may be about get different rules', () => {
    const split = compileRulebooks([{ ...index.books[0]!.data, rules: [...index.books[0]!.data.rules, { ...index.books[0]!.data.rules[1]!, id: 'pleger-apart', subjects: ['pleger'] }] }]);
    assert.deepEqual(decide({ ...base, subject: undefined }, split).missing, ['subject']);
  });

  it('answers open data for the data that may go, and names the data that may not', () => {
    const d = ask({ data: undefined });
    assert.equal(d.verdict, 'conditional');
    assert.deepEqual(
      d.perData.map((p) => p.data),
      ['naw', 'feiten-omstandigheden'],
    );
    assert.match(d.conditions.find((c) => c.id === 'alleen-deze-gegevens')!.text.nl, /Niet: .*medische/);
  });

  it('explains without changing the decision', () => {
    const q = { ...base, subject: 'melder' as const };
    assert.deepEqual(explain(q, index).decision, decide(q, index));
  });

  it('explains which rule decided and why the others did not apply', () => {
    const { explanation } = explain({ ...base, subject: 'melder' }, index);
    const rules = explanation.perData[0]!.rules;
    assert.deepEqual(
      rules.map((r) => [r.rule, r.outcome]),
      [
        ['overdracht', 'not-applicable'],
        ['geen-melder', 'determining'],
      ],
    );
    assert.equal(rules[0]!.reasons.length, 1);
  });

  it('says when a party without its unit was assumed to be within the covenant', () => {
    assert.ok(explain(base, index).explanation.assumed.some((a) => a.slot === 'unit'));
  });
});
