// rules:diff: the verdicts that change between two sets of rulebooks, grouped by rule and article.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { diffRuleSets, examplesChanged } from '../../src/covenants/diff';
import { formatDiff } from '../../src/covenants/diff-report';
import { readRuleSet } from '../../src/covenants/rule-sets';
import { RULEBOOK_DIR } from '../../src/rules/load';
import { RENEWAL_DIR, withBuiltIn } from './fixtures';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');
const today = '2026-12-01';
const current = readRuleSet([RULEBOOK_DIR]);
const renewed = readRuleSet(withBuiltIn(RENEWAL_DIR));
const diff = diffRuleSets(current, renewed, today);
const oldRule = (id: string) => current.index.books.find((b) => b.id === 'blijf-politie-2022')!.data.rules.find((r) => r.id === id)!;

describe('rules:diff', () => {
  it('finds no change between a set of rulebooks and itself, and decides nothing it need not', () => {
    const same = diffRuleSets(current, readRuleSet([RULEBOOK_DIR]), today);
    assert.deepEqual([same.changed, same.decided, same.examples, same.renewals], [0, 0, [], []]);
  });

  it('shows the renewal against the version it renews: every combination of the dropped rule goes from conditional to not allowed', () => {
    const [renewal] = diff.renewals;
    assert.equal(renewal!.renews.id, 'blijf-politie-2022');
    assert.equal(renewal!.renewal.id, 'blijf-politie-2027');
    const dropped = renewal!.groups.find((g) => g.from.rules.some((r) => r.id === 'bp-politie-info-derde'))!;
    assert.equal(dropped.from.verdict, 'conditional');
    assert.equal(dropped.to.verdict, 'not_allowed');
    assert.deepEqual(
      dropped.to.rules.map((r) => r.articles),
      [['4.1', '4.2']],
    );
    const rule = oldRule('bp-politie-info-derde');
    const policeUnits = 3;
    assert.equal(dropped.count, policeUnits * rule.data!.length * rule.purposes!.length * 2, 'each unit, category and purpose, with and without consent');
  });

  it('shows what the renewal adds: a child’s contact details for placement go from not allowed to conditional', () => {
    const added = diff.renewals[0]!.groups.find((g) => g.to.rules.some((r) => r.id === 'bp-contact-kind-plaatsing'))!;
    assert.deepEqual([added.from.verdict, added.to.verdict], ['not_allowed', 'conditional']);
    assert.match(added.samples[0]!, /kind, contactgegevens, plaatsing, 2027-09-17/);
  });

  it('names the worked example of 1.0 whose verdict the renewal changes, with its file and line', () => {
    assert.ok(examplesChanged(diff));
    const name = 'na afloop van de looptijd regelt het convenant niets meer';
    const line = current.examples.find((e) => e.example.name === name)!.line;
    assert.deepEqual(
      diff.examples.map((e) => [e.name, e.from, e.to, e.file, e.line]),
      [[name, 'not_covered', 'conditional', join(RULEBOOK_DIR, 'blijf-politie-2022.examples.yaml'), line]],
    );
  });

  it('prints the groups with the rules and articles before and after', () => {
    const text = formatDiff(diff);
    const dropped = diff.renewals[0]!.groups.find((g) => g.from.rules.some((r) => r.id === 'bp-politie-info-derde'))!;
    assert.ok(text.includes(`${dropped.count} combinaties gaan van conditional naar not_allowed`));
    assert.match(text, /was: {2}conditional: blijf-politie-2022 bp-politie-info-derde \(art\. 4\.2, art\. 3\.1, art\. 5\.7, art\. 5\.10\)/);
    assert.match(text, /nu: {3}not_allowed: blijf-politie-2027#lijst-1 \(art\. 4\.1, art\. 4\.2\)/);
  });

  it('reads the old side from git and exits 1 when a worked example changes (command line, text and JSON)', async function () {
    this.timeout(60_000);
    const cli = (args: string[]) =>
      run('npx', ['tsx', 'src/cli/rules-diff.ts', ...args], { cwd: root }).then(
        (r) => ({ code: 0, stdout: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
      );
    const args = ['--from', 'HEAD', '--to', RULEBOOK_DIR, '--to', RENEWAL_DIR, '--date', today];
    const [text, json] = await Promise.all([cli(args), cli([...args, '--json'])]);
    assert.equal(text.code, 1);
    assert.match(text.stdout, /src\/rules\/rulebooks\/blijf-politie-2022\.examples\.yaml:\d+: "na afloop van de looptijd/);
    assert.equal(json.code, 1);
    assert.equal(JSON.parse(json.stdout).renewals[0].renewal.id, 'blijf-politie-2027');
  });
});
