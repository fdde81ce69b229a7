// The managers' weekly digest through the Bot Framework protocol: staff and a manager of Blijf Groep, a
// police contact, and a manager of another organisation.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayInAmsterdam } from '../../src/clock';
import type { Digest } from '../../src/digest/compute';
import { isoWeekOf, weekWindow } from '../../src/time/iso-weeks';
import { Harness, actionByVerb, cardOf, cardText, type User } from './harness';

const root = join(__dirname, '..', '..');
const directory = join(tmpdir(), `deelwijzer-digest-directory-${process.pid}.yaml`);
writeFileSync(
  directory,
  `${readFileSync(join(root, 'config', 'demo-directory.yaml'), 'utf8')}  - aadObjectId: mgr-vt
    name: Manager Veilig Thuis
    party: veilig-thuis:rotterdam-rijnmond
    roles: [manager]
`,
);
const shelter: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Sanne de Boer' };
const police: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a2', name: 'Ruben Visser' };
const manager: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a4', name: 'Karin Smit' };
const otherManager: User = { aadObjectId: 'mgr-vt', name: 'Manager Veilig Thuis' };
const question = 'Mag de politie Amsterdam ons de geweldsincidenten van de pleger geven voor de risicotaxatie?';

describe('the weekly digest, through the Bot Framework protocol', function () {
  this.timeout(90_000);
  const h = new Harness();
  const week = isoWeekOf(todayInAmsterdam());
  const digestCli = (...args: string[]) =>
    spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'src', 'cli', 'digest.ts'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: h.databaseUrl, DIRECTORY_FILE: directory },
    });

  async function file(caseRef: string) {
    const asked = await h.say(shelter, question);
    const form = await h.execute(shelter, 'request.start', actionByVerb(cardOf(asked.replies[0]), 'request.start')!.data!);
    const filed = await h.execute(shelter, 'request.file', {
      ...actionByVerb(form.card, 'request.file')!.data,
      caseRef,
      urgency: 'normaal',
      delivery: 'schriftelijk',
      necessity: 'Voor de risicotaxatie.',
    });
    return actionByVerb(filed.card, 'request.withdraw')!.data!.requestId as string;
  }

  before(async () => {
    await h.start({ DIRECTORY_FILE: directory, ALLOWED_TENANTS: 'tenant-demo' });
    for (const user of [police, shelter, manager, otherManager]) await h.install(user);
    const approved = await file('BG-2026-1');
    await file('BG-2026-2');
    await h.say(shelter, 'Mag ik bij de politie de incidenten van de pleger opvragen voor de risicotaxatie?');
    await h.say(police, 'Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?');
    await h.execute(police, 'request.approve', { requestId: approved, lang: 'nl' });
    await h.drain();
    await h.store().flushQuestions();
  });
  after(() => h.stop());

  it('digest --json gives the counts a test computes from the raw records', async () => {
    const res = digestCli('--week', week, '--json');
    assert.equal(res.status, 0, res.stderr);
    const digests = JSON.parse(res.stdout) as Digest[];
    const mine = digests.find((d) => d.managerId === manager.aadObjectId)!;
    const { from, to } = weekWindow(week);
    const inWeek = (at: string | null) => at !== null && at >= from && at < to;
    const questions = (await h.db.selectFrom('question_log').selectAll().execute()).filter((q) => q.party.split(':')[0] === 'blijf-groep' && inWeek(q.at));
    const requests = (await h.db.selectFrom('requests').selectAll().execute()).filter((r) => [r.discloser, r.recipient].some((p) => p.split(':')[0] === 'blijf-groep'));
    assert.equal(mine.questions.total, questions.length);
    assert.equal(mine.questions.total, 3, 'the question asked before each filing, and one that is not allowed');
    assert.equal(mine.questions.byVerdict.conditional, questions.filter((q) => q.verdict === 'conditional').length);
    assert.equal(mine.questions.byVerdict.not_allowed, 1);
    assert.equal(mine.requests.filed, requests.filter((r) => r.recipient === 'blijf-groep' && inWeek(r.created_at)).length);
    assert.equal(mine.requests.filed, 2);
    assert.equal(mine.requests.approved, requests.filter((r) => r.state === 'approved' && inWeek(r.decided_at)).length);
    assert.equal(mine.requests.approved, 1);
    assert.equal(mine.requests.pending, requests.filter((r) => r.state === 'pending').length);
    assert.equal(mine.requests.pending, 1);
    assert.equal(mine.requests.overdue, 0);
    assert.ok(
      mine.covenants.some((c) => c.id === 'blijf-politie-2022' && c.evaluationDue),
      'this year’s evaluation is still to be held',
    );
  });

  it('shows a manager of another organisation none of these counts', () => {
    const other = (JSON.parse(digestCli('--week', week, '--json', '--manager', otherManager.aadObjectId).stdout) as Digest[])[0]!;
    assert.equal(other.questions.total, 0);
    assert.deepEqual(
      Object.values(other.requests).filter((v) => typeof v === 'number' && v > 0),
      [],
    );
    assert.ok(!other.covenants.some((c) => c.id === 'blijf-politie-2022'));
  });

  it('digest --send delivers one digest card to the manager, and running it again delivers nothing new', async () => {
    const first = digestCli('--week', week, '--send');
    assert.equal(first.status, 0, first.stderr);
    const delivered = await h.drain();
    const toManager = delivered.filter((s) => s.path.includes(`conv-${manager.aadObjectId}`));
    assert.equal(toManager.length, 1);
    const text = cardText(cardOf(toManager[0]));
    assert.match(text, new RegExp(`Weekoverzicht ${week}: Blijf Groep`));
    assert.match(text, /"title":"Vragen gesteld","value":"3"/);
    assert.match(text, /"title":"Verzoeken ingediend","value":"2"/);
    assert.match(text, /"title":"Goedgekeurd","value":"1"/);
    assert.match(text, /Chart\.VerticalBar/);
    assert.doesNotMatch(text, /BG-2026/, 'no case numbers in a digest');
    const toOther = delivered.filter((s) => s.path.includes(`conv-${otherManager.aadObjectId}`));
    assert.equal(toOther.length, 1);
    assert.match(cardText(cardOf(toOther[0])), /"title":"Vragen gesteld","value":"0"/);
    const again = digestCli('--week', week, '--send');
    assert.equal(again.status, 0);
    assert.match(again.stderr, /verstuurd naar de outbox: 0; al eerder verstuurd: 2/);
    assert.equal((await h.drain()).length, 0);
  });

  it('shows a manager this week so far when they type digest, and refuses others', async () => {
    const res = await h.say(manager, 'digest');
    assert.match(cardText(cardOf(res.replies[0])), /Deze week tot nu toe/);
    const staff = await h.say(shelter, 'digest');
    assert.match(cardText(cardOf(staff.replies[0])), /voor leidinggevenden/);
  });

  it('opens the organisation’s open requests from the digest card', async () => {
    const res = await h.execute(manager, 'digest.open', { lang: 'nl' });
    assert.match(cardText(res.card), /Openstaande verzoeken: Blijf Groep/);
    assert.equal((cardText(res.card).match(/DW-[0-9A-F]{8}/g) ?? []).length, 1);
  });

  it('records this year’s evaluation from the card, once, for a manager of a party only', async () => {
    const year = Number(todayInAmsterdam().slice(0, 4));
    const refused = await h.execute(otherManager, 'digest.evaluationHeld', { lang: 'nl', covenant: 'blijf-politie-2022', year });
    assert.match(cardText(refused.card), /Er is niets veranderd/);
    const recorded = await h.execute(manager, 'digest.evaluationHeld', { lang: 'nl', covenant: 'blijf-politie-2022', year });
    assert.match(cardText(recorded.card), /Vastgelegd/);
    const mine = (JSON.parse(digestCli('--week', week, '--json', '--manager', manager.aadObjectId).stdout) as Digest[])[0]!;
    assert.equal(mine.covenants.find((c) => c.id === 'blijf-politie-2022')!.evaluationDue, false);
  });

  it('refuses an unknown week with a clear message', () => {
    const res = digestCli('--week', '2025-W53');
    assert.equal(res.status, 2);
    assert.match(res.stderr, /geen bestaande ISO-week/);
  });
});
