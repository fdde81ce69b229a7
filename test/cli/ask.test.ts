// The `ask` command as a user runs it: a real process, its output and exit status.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function ask(args: string[], input?: string) {
  const result = spawnSync(tsx, [join(root, 'src', 'cli', 'ask.ts'), ...args], { cwd: root, input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ISSUE_QUESTION = 'Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?';

describe('the ask command', function () {
  this.timeout(30_000);

  it('answers the police question about the perpetrator address as conditional under art. 4.2', () => {
    const { status, stdout } = ask(['--json', '--as', 'politie:amsterdam', '--date', '2025-05-01', ISSUE_QUESTION]);
    assert.equal(status, 0);
    const out = JSON.parse(stdout);
    assert.equal(out.verdict, 'conditional');
    assert.equal(out.from, 'politie:amsterdam');
    assert.equal(out.to, 'blijf-groep');
    assert.equal(out.subject, 'pleger');
    assert.deepEqual(out.data, ['naw']);
    assert.equal(out.purpose, 'risicotaxatie');
    assert.equal(out.covenant, 'blijf-politie-2022');
    assert.ok(out.citations.some((c: { covenant: string; article: string }) => c.covenant === 'blijf-politie-2022' && c.article === '4.2'));
    assert.ok(out.conditions.length > 0);
    assert.deepEqual(out.missing, []);
    assert.equal(out.routeVia, null);
    assert.equal(out.perData[0].data, 'naw');
  });

  it('answers not_covered for the same question after the covenant has ended', () => {
    const { status, stdout } = ask(['--json', '--as', 'politie:amsterdam', '--date', '2028-01-01', ISSUE_QUESTION]);
    assert.equal(status, 0);
    assert.equal(JSON.parse(stdout).verdict, 'not_covered');
  });

  it('prints a readable Dutch answer by default', () => {
    const { status, stdout } = ask(['--as', 'politie:amsterdam', '--date', '2025-05-01', ISSUE_QUESTION]);
    assert.equal(status, 0);
    assert.match(stdout, /Mag onder voorwaarden/);
    assert.match(stdout, /Voorwaarden:/);
    assert.match(stdout, /blijf-politie-2022, art\. 4\.2/);
  });

  it('answers structured flags without free text', () => {
    const { status, stdout } = ask(['--json', '--from', 'veilig-thuis:rotterdam-rijnmond', '--to', 'lokaal-veld', '--subject', 'kind', '--data', 'zorgmelding', '--date', '2025-05-01']);
    assert.equal(status, 0);
    const out = JSON.parse(stdout);
    assert.equal(out.verdict, 'not_allowed');
    assert.equal(out.purpose, null);
  });

  it('exits 0 with incomplete and names the missing slot', () => {
    const { status, stdout } = ask(['--json', '--from', 'politie:amsterdam', '--to', 'blijf-groep', '--subject', 'pleger', '--data', 'naw', '--date', '2025-05-01']);
    assert.equal(status, 0);
    const out = JSON.parse(stdout);
    assert.equal(out.verdict, 'incomplete');
    assert.deepEqual(out.missing, ['purpose']);
  });

  it('exits 2 with a clear message for an unknown data category', () => {
    const { status, stderr, stdout } = ask(['--json', '--from', 'politie:amsterdam', '--to', 'blijf-groep', '--data', 'schoenmaat']);
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /schoenmaat|onbekend gegeven/);
  });

  it('exits 2 for an unknown flag, a bad date and an unknown party', () => {
    assert.equal(ask(['--frm', 'politie']).status, 2);
    assert.match(ask(['--date', '2025-02-30', '--from', 'om', '--to', 'rvdk']).stderr, /datum|date/);
    assert.match(ask(['--from', 'brandweer', '--to', 'om']).stderr, /onbekende partij/);
  });

  it('reads JSON lines and answers each in order, reporting bad lines without stopping', () => {
    const input = [
      JSON.stringify({ question: ISSUE_QUESTION, as: 'politie:amsterdam', date: '2025-05-01' }),
      'dit is geen json',
      JSON.stringify({ from: 'politie:amsterdam', to: 'blijf-groep', subject: 'pleger', data: ['naw'], purpose: 'opsporing', date: '2025-05-01' }),
      JSON.stringify({ from: 'politie', data: 'naw' }),
      JSON.stringify({ question: 'hij staat nu voor de deur met een mes', as: 'blijf-groep' }),
    ].join('\n');
    const { status, stdout } = ask(['--jsonl'], input);
    assert.equal(status, 0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, 5);
    assert.equal(lines[0].verdict, 'conditional');
    assert.ok(lines[1].error);
    assert.equal(lines[2].verdict, 'not_allowed');
    assert.ok(lines[3].error);
    assert.equal(lines[4].verdict, 'acute');
  });

  it('explains every line of --jsonl --explain, also an organisation outside every covenant and a question about a parent', () => {
    const input = [
      JSON.stringify({ question: 'mag ik het adres van cliente aan de woningcorporatie geven', as: 'blijf-groep', date: '2025-05-01' }),
      JSON.stringify({ question: 'mag ik het adres van de moeder aan blijf geven voor de risicotaxatie', as: 'politie:amsterdam', date: '2025-05-01' }),
      JSON.stringify({ question: ISSUE_QUESTION, as: 'politie:amsterdam', date: '2025-05-01' }),
    ].join('\n');
    const { status, stdout } = ask(['--jsonl', '--explain'], input);
    assert.equal(status, 0);
    const modes = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).explanation.mode);
    assert.deepEqual(modes, ['outside-every-covenant', 'each-subject', 'complete']);
  });

  it('answers in English when the question is English', () => {
    const { stdout } = ask(['--as', 'politie:amsterdam', '--date', '2025-05-01', 'Can I share the address of the perpetrator with Blijf Groep for the risk assessment?']);
    assert.match(stdout, /Allowed under conditions/);
  });

  it('warns when the question contains personal data, without repeating it', () => {
    const { stdout } = ask(['--json', '--as', 'blijf-groep', '--date', '2025-05-01', 'Mag ik het telefoonnummer 06-12345678 van de cliënte delen met de politie Amsterdam voor AWARE?']);
    const out = JSON.parse(stdout);
    assert.ok(out.personalData.includes('phone'));
    assert.ok(!stdout.includes('12345678'));
  });
});
