// The engine's semantics, on a small made-up rulebook so each behaviour is visible on its own.
import assert from 'node:assert/strict';
import { compileRulebooks } from '../../src/rules/compile';
import { decide } from '../../src/rules/engine';
import { rulebookSchema, type RulebookData } from '../../src/rules/schema';
import type { Question } from '../../src/rules/types';

const t = (s: string) => ({ nl: s, en: s });

function book(overrides: Partial<Record<string, unknown>> = {}): RulebookData {
  return rulebookSchema.parse({
    id: 'proef',
    title: 'Proefconvenant',
    version: '1',
    source: { seed: 'none', document: 'test' },
    summary: t('test'),
    parties: [{ party: 'blijf-groep' }, { party: 'politie', units: ['amsterdam'] }, { party: 'lokaal-veld' }, { party: 'veilig-thuis' }],
    validity: { from: '2022-01-01', until: '2026-12-31', articles: ['9'], explanation: t('looptijd') },
    askWhom: t('de privacy officer'),
    articles: { '1': t('een'), '2': t('twee'), '3': t('drie'), '9': t('looptijd') },
    conditions: { voorwaarde: { text: t('alleen wat nodig is'), articles: ['1'] } },
    duties: { plicht: { text: t('informeer de betrokkene'), articles: ['1'], who: 'recipient' } },
    governs: [{ from: ['politie'], to: ['blijf-groep'], articles: ['1'], purposeArticles: ['2'] }],
    rules: [
      {
        id: 'adres',
        effect: 'permit',
        from: ['politie'],
        to: ['blijf-groep'],
        subjects: ['pleger'],
        data: ['naw'],
        purposes: ['risicotaxatie'],
        conditions: ['voorwaarde'],
        duties: ['plicht'],
        articles: ['1'],
        explanation: t('adres mag'),
      },
      {
        id: 'telefoon',
        effect: 'permit',
        from: ['politie'],
        to: ['blijf-groep'],
        subjects: ['pleger'],
        data: ['contactgegevens'],
        purposes: ['risicotaxatie'],
        articles: ['1'],
        explanation: t('telefoon mag zonder meer'),
      },
      { id: 'geen-medisch', effect: 'forbid', from: ['politie'], to: ['blijf-groep'], data: ['medische-gegevens'], articles: ['3'], explanation: t('nooit medisch') },
      {
        id: 'medisch-aware',
        effect: 'permit',
        from: ['politie'],
        to: ['blijf-groep'],
        data: ['medische-gegevens'],
        purposes: ['aware'],
        conditions: ['voorwaarde'],
        articles: ['1'],
        explanation: t('medisch voor aware'),
      },
      {
        id: 'via-vt',
        effect: 'route',
        from: ['politie'],
        to: ['lokaal-veld'],
        routeVia: 'veilig-thuis',
        unless: { consent: true, purposes: ['plan-van-aanpak'] },
        articles: ['2'],
        explanation: t('via VT'),
      },
      {
        id: 'plan',
        effect: 'permit',
        from: ['politie'],
        to: ['lokaal-veld'],
        purposes: ['plan-van-aanpak'],
        when: { consent: true },
        conditions: ['voorwaarde'],
        articles: ['2'],
        explanation: t('plan met toestemming'),
      },
      { id: 'acuut', effect: 'acute', articles: ['3'], explanation: t('bel 112') },
    ],
    ...overrides,
  });
}

const index = compileRulebooks([book()]);
const base: Question = { from: { party: 'politie', unit: 'amsterdam' }, to: { party: 'blijf-groep' }, subject: 'pleger', data: ['naw'], purpose: 'risicotaxatie', date: '2024-06-01' };
const ask = (q: Partial<Question>) => decide({ ...base, ...q }, index);

describe('the decision engine', () => {
  it('permits with conditions where a rule grants it under conditions', () => {
    const d = ask({});
    assert.equal(d.verdict, 'conditional');
    assert.deepEqual(
      d.conditions.map((c) => c.id),
      ['voorwaarde'],
    );
    assert.deepEqual(
      d.duties.map((c) => c.id),
      ['plicht'],
    );
    assert.deepEqual(
      d.citations.map((c) => c.article),
      ['1'],
    );
  });

  it('allows outright only where a rule grants it without conditions', () => {
    assert.equal(ask({ data: ['contactgegevens'] }).verdict, 'allowed');
  });

  it('answers not_covered, never allowed, between parties no covenant governs', () => {
    const d = ask({ from: { party: 'om' }, to: { party: 'rvdk' } });
    assert.equal(d.verdict, 'not_covered');
    assert.ok(d.askWhom.length > 0);
  });

  it('answers not_allowed for a data category the governing covenant does not list', () => {
    const d = ask({ data: ['geboortegegevens'] });
    assert.equal(d.verdict, 'not_allowed');
    assert.equal(d.rules[0]?.effect, 'exhaustive-list');
  });

  it('answers not_allowed citing purpose binding when only the purpose is outside the covenant', () => {
    const d = ask({ purpose: 'opsporing' });
    assert.equal(d.verdict, 'not_allowed');
    assert.equal(d.rules[0]?.effect, 'purpose-binding');
    assert.deepEqual(
      d.citations.map((c) => c.article),
      ['2'],
    );
  });

  it('lets a forbid beat a permit for the same case', () => {
    const d = ask({ data: ['medische-gegevens'], purpose: 'aware' });
    assert.equal(d.verdict, 'not_allowed');
    assert.deepEqual(
      d.rules.map((r) => r.id),
      ['geen-medisch'],
    );
  });

  it('routes via the named party, unless the exception holds', () => {
    const routed = ask({ to: { party: 'lokaal-veld' }, purpose: 'plan-van-aanpak' });
    assert.equal(routed.verdict, 'route_via');
    assert.equal(routed.routeVia, 'veilig-thuis');
    assert.equal(ask({ to: { party: 'lokaal-veld' }, purpose: 'plan-van-aanpak', consent: true }).verdict, 'conditional');
  });

  it('says that consent with another purpose would change a route', () => {
    const d = ask({ to: { party: 'lokaal-veld' }, purpose: 'hulpverlening' });
    const alt = d.whatWouldChange.find((a) => a.kind === 'purpose');
    assert.deepEqual(alt, { kind: 'purpose', verdict: 'conditional', purposes: ['plan-van-aanpak'], consent: true });
  });

  it('gives every data category its own verdict and the most restrictive overall', () => {
    const d = ask({ data: ['contactgegevens', 'naw', 'geboortegegevens'] });
    assert.deepEqual(
      d.perData.map((p) => p.verdict),
      ['allowed', 'conditional', 'not_allowed'],
    );
    assert.equal(d.verdict, 'not_allowed');
  });

  it('is outside its scope for a unit the covenant does not name', () => {
    const d = ask({ from: { party: 'politie', unit: 'utrecht' } });
    assert.equal(d.verdict, 'not_covered');
    assert.ok(d.whatWouldChange.some((a) => a.kind === 'scope'));
  });

  it('is outside its scope before and after its validity', () => {
    assert.equal(ask({ date: '2021-12-31' }).verdict, 'not_covered');
    assert.equal(ask({ date: '2027-01-01' }).verdict, 'not_covered');
    assert.equal(ask({ date: '2026-12-31' }).verdict, 'conditional');
    assert.ok(ask({ date: '2027-01-01' }).whatWouldChange.some((a) => a.kind === 'validity'));
  });

  it('short-circuits acute danger to the emergency route, whatever else is asked', () => {
    const d = ask({ acute: true, purpose: undefined, data: undefined });
    assert.equal(d.verdict, 'acute');
    assert.deepEqual(
      d.rules.map((r) => r.id),
      ['acuut'],
    );
  });

  it('asks for exactly the slot the verdict depends on', () => {
    const d = ask({ purpose: undefined });
    assert.equal(d.verdict, 'incomplete');
    assert.deepEqual(d.missing, ['purpose']);
  });

  it('gives the verdict when no value of the missing slot could change it', () => {
    const d = ask({ data: ['medische-gegevens'], purpose: undefined, subject: undefined });
    // Forbidden for every purpose and subject except that aware is also forbidden: the forbid wins.
    assert.equal(d.verdict, 'not_allowed');
    assert.deepEqual(d.missing, []);
  });

  it('gives the most restrictive answer when no value of the missing slot would permit anything', () => {
    // Amsterdam: the covenant's list does not name it (not_allowed); another unit: no covenant (not_covered).
    const d = ask({ from: { party: 'politie' }, data: ['geboortegegevens'] });
    assert.equal(d.verdict, 'not_allowed');
  });

  it('asks for the unit when the covenant depends on it', () => {
    const d = ask({ from: { party: 'politie' } });
    assert.equal(d.verdict, 'incomplete');
    assert.deepEqual(d.missing, ['from']);
  });

  it('does not ask for what does not matter between parties no covenant governs', () => {
    const d = decide({ from: { party: 'om' }, to: { party: 'rvdk' }, date: '2024-06-01' }, index);
    assert.equal(d.verdict, 'not_covered');
  });

  it('never reads a clock: the same question gives the same decision', () => {
    assert.deepEqual(ask({}), ask({}));
  });

  describe('a duty rule', () => {
    const dutyRule = { id: 'melden', effect: 'duty', from: ['politie'], to: ['blijf-groep', 'veilig-thuis'], purposes: ['zsm'], duties: ['plicht'], articles: ['2'], explanation: t('meld ook') };
    const withDuty = compileRulebooks([book({ rules: [...book().rules, dutyRule] })]);
    const askWith = (q: Partial<Question>) => decide({ ...base, ...q }, withDuty);

    it('decides nothing: every verdict is the one the book gives without it', () => {
      for (const q of [{ purpose: 'zsm' as const }, { to: { party: 'veilig-thuis' as const }, purpose: 'zsm' as const }, {}, { data: ['medische-gegevens' as const], purpose: 'zsm' as const }]) {
        assert.equal(askWith(q).verdict, ask(q).verdict, JSON.stringify(q));
        assert.deepEqual(askWith(q).rules, ask(q).rules);
      }
    });

    it('adds its duties and its article where it applies, also to not_covered', () => {
      const d = askWith({ to: { party: 'veilig-thuis' }, purpose: 'zsm' });
      assert.equal(d.verdict, 'not_covered');
      assert.deepEqual(
        d.duties.map((x) => x.id),
        ['plicht'],
      );
      assert.deepEqual(
        d.citations.map((c) => c.article),
        ['2'],
      );
      assert.deepEqual(
        d.dutyRules?.map((r) => r.id),
        ['melden'],
      );
    });

    it('adds nothing for another purpose', () => {
      const d = askWith({ to: { party: 'veilig-thuis' }, purpose: 'opsporing' });
      assert.deepEqual(d.duties, []);
      assert.equal(d.dutyRules, undefined);
    });

    it('is refused by the schema with conditions, or without duties', () => {
      assert.throws(() => book({ rules: [{ ...dutyRule, conditions: ['voorwaarde'] }] }), /decides nothing/);
      assert.throws(() => book({ rules: [{ ...dutyRule, duties: [] }] }), /decides nothing/);
    });
  });
});
