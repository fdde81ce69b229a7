// rules:check: one finding per problem, naming file and line; the shipped rulebooks have none.
import assert from 'node:assert/strict';
import { checkRulebooks, type Finding } from '../../src/covenants/check';
import { readRulebookSources, type RulebookSource } from '../../src/covenants/sources';
import { RULEBOOK_DIR } from '../../src/rules/load';
import { ALMERE_DIR, RENEWAL_DIR, withBuiltIn } from './fixtures';

const builtIn = readRulebookSources([RULEBOOK_DIR]);
const [almere] = readRulebookSources([ALMERE_DIR]) as [RulebookSource];
const [renewal] = readRulebookSources([RENEWAL_DIR]) as [RulebookSource];

/** The built-in rulebooks plus the Almere fixture with its rulebook and examples text edited. */
function checkEdited(edit: { rulebook?: (text: string) => string; examples?: (text: string) => string }): Finding[] {
  const rulebook = edit.rulebook ? edit.rulebook(almere.rulebook.text) : almere.rulebook.text;
  const examples = edit.examples ? edit.examples(almere.examples!.text) : almere.examples!.text;
  assert.ok(rulebook !== almere.rulebook.text || examples !== almere.examples!.text, 'the edit changed something');
  return checkRulebooks([...builtIn, { rulebook: { ...almere.rulebook, text: rulebook }, examples: { ...almere.examples!, text: examples } }]);
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const extraRule = (yaml: string) => (text: string) => `${text.trimEnd()}\n\n${yaml.trim().replace(/^/gm, '  ')}\n`;

describe('rules:check', () => {
  it('finds nothing in the rulebooks that ship', () => {
    assert.deepEqual(checkRulebooks(builtIn), []);
  });

  it('finds nothing in the fictional Almere covenant added beside them', () => {
    assert.deepEqual(checkRulebooks(readRulebookSources(withBuiltIn(ALMERE_DIR))), []);
  });

  it('decides a covenant’s worked examples without its renewal, so the examples after its end still hold', () => {
    assert.deepEqual(checkRulebooks(readRulebookSources(withBuiltIn(ALMERE_DIR, RENEWAL_DIR))), []);
  });

  it('still names a worked example of the renewal that no longer comes out', () => {
    const edited = { ...renewal.examples!, text: renewal.examples!.text.replace('expect: { verdict: not_covered, rules: [] }\n', 'expect: { verdict: conditional, rules: [] }\n') };
    assert.notEqual(edited.text, renewal.examples!.text);
    const findings = checkRulebooks([...builtIn, { rulebook: renewal.rulebook, examples: edited }]);
    assert.ok(findings.length > 0 && findings.every((f) => f.kind === 'example' && f.file === renewal.examples!.file), JSON.stringify(findings));
  });

  it('names the file and line of a data category the vocabulary does not know', () => {
    const findings = checkEdited({ rulebook: (t) => t.replace('data: [veiligheidsinformatie]', 'data: [schoenmaat]') });
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.kind, 'schema');
    assert.equal(findings[0]!.file, almere.rulebook.file);
    assert.equal(findings[0]!.line, lineOf(almere.rulebook.text, 'data: [veiligheidsinformatie]'));
    assert.match(findings[0]!.message, /rules\.1\.data\.0/);
  });

  it('names the line of text that is not YAML', () => {
    const findings = checkEdited({ rulebook: (t) => t.replace('  - id: rf-terugmelding-wijkteam', '  - id: [rf-terugmelding-wijkteam') });
    assert.ok(
      findings.some((f) => f.kind === 'schema' && /not valid YAML/.test(f.message)),
      JSON.stringify(findings),
    );
  });

  it('names the worked example whose verdict no longer comes out, at its line', () => {
    const findings = checkEdited({ examples: (t) => t.replace('expect: { verdict: allowed, articles: ["2.3"]', 'expect: { verdict: not_allowed, articles: ["2.3"]') });
    assert.deepEqual(
      findings.map((f) => [f.kind, f.file, f.line]),
      [['example', almere.examples!.file, lineOf(almere.examples!.text, '- name: het wijkteam meldt terug')]],
    );
    assert.match(findings[0]!.message, /expected not_allowed, got allowed/);
  });

  it('names a rule that decides none of the worked examples', () => {
    const findings = checkEdited({ examples: (t) => t.replace(/- name: het wijkteam meldt terug[^\n]*\n[^\n]*\n[^\n]*\n/, '') });
    assert.deepEqual(
      findings.map((f) => [f.kind, f.line]),
      [['coverage', lineOf(almere.rulebook.text, '  - id: rf-terugmelding-wijkteam')]],
    );
  });

  it('names a rule that can never fire (a unit outside the covenant)', () => {
    const findings = checkEdited({
      rulebook: extraRule(`
- id: rf-lelystad
  effect: permit
  from: [lokaal-veld]
  to: [veilig-thuis]
  fromUnits: [lelystad]
  data: [naw]
  articles: ["2.1"]
  explanation: { nl: Alleen Lelystad., en: Only Lelystad. }`),
    });
    const never = findings.filter((f) => f.kind === 'never-fires');
    assert.equal(never.length, 1);
    assert.match(never[0]!.message, /rule rf-lelystad can never fire/);
  });

  it('names a permit that a forbid shadows wherever it applies', () => {
    const findings = checkEdited({
      rulebook: extraRule(`
- id: rf-nooit-terugmelden
  effect: forbid
  from: [lokaal-veld]
  to: [veilig-thuis]
  purposes: [terugmelding]
  articles: ["2.3"]
  explanation: { nl: Nooit terugmelden., en: Never report back. }`),
    });
    const shadowed = findings.filter((f) => f.kind === 'shadowed');
    assert.equal(shadowed.length, 1);
    assert.equal(shadowed[0]!.line, lineOf(almere.rulebook.text, '  - id: rf-terugmelding-wijkteam'));
    assert.match(shadowed[0]!.message, /permit rf-terugmelding-wijkteam never decides: wherever it applies, forbid rf-nooit-terugmelden wins/);
  });

  it('names an exception that reopens a data category no permit in that direction grants', () => {
    const findings = checkEdited({
      rulebook: extraRule(`
- id: rf-politie-alleen-met-toestemming
  effect: forbid
  from: [veilig-thuis]
  to: [lokaal-veld]
  data: [politiegegevens]
  unless: { consent: true }
  articles: ["3"]
  explanation: { nl: Alleen met toestemming., en: Only with consent. }`),
    });
    assert.ok(
      findings.some((f) => f.kind === 'not-granted' && /politiegegevens is listed for veilig-thuis → lokaal-veld in the exception of rule rf-politie-alleen-met-toestemming/.test(f.message)),
      JSON.stringify(findings),
    );
  });

  it('names the renewal that overlaps the covenant it renews, at its succeeds line', () => {
    const early = { ...renewal, rulebook: { ...renewal.rulebook, text: renewal.rulebook.text.replace('from: "2027-09-17"', 'from: "2027-06-01"') } };
    const findings = checkRulebooks([...builtIn, early]);
    assert.deepEqual(
      findings.map((f) => [f.kind, f.file, f.line]),
      [['schema', renewal.rulebook.file, lineOf(renewal.rulebook.text, 'succeeds:')]],
    );
  });
});
