// Disclosure requests through the Bot Framework protocol: staff at Blijf Groep files, the contact person
// of police unit Amsterdam approves, an outsider is refused; records and cards follow.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { sql } from 'kysely';
import { Harness, actionByVerb, cardOf, cardText, type User } from './harness';

const root = join(__dirname, '..', '..');
const directory = join(root, 'config', 'demo-directory.yaml');
const shelter: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Sanne de Boer' };
const police: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a2', name: 'Ruben Visser' };
const outsider: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a3', name: 'Fatima El Amrani' };
const question = 'Mag de politie Amsterdam ons de geweldsincidenten van de pleger geven voor de risicotaxatie?';

const cli = (script: string, args: string[], databaseUrl: string) =>
  spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'src', 'cli', script), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: databaseUrl } });

async function fileRequest(h: Harness, caseRef: string, extra: Record<string, unknown> = {}) {
  const asked = await h.say(shelter, question);
  const start = actionByVerb(cardOf(asked.replies[0]), 'request.start');
  assert.ok(start, 'the verdict card offers "Verzoek indienen"');
  const form = await h.execute(shelter, 'request.start', start.data!);
  const submit = actionByVerb(form.card, 'request.file')!;
  return h.execute(shelter, 'request.file', {
    ...submit.data,
    caseRef,
    urgency: 'normaal',
    delivery: 'schriftelijk',
    necessity: 'Nodig voor de risicotaxatie bij opname; minder informatie volstaat niet.',
    ...extra,
  });
}

describe('disclosure requests, through the Bot Framework protocol', function () {
  this.timeout(60_000);
  const h = new Harness();
  before(async () => {
    await h.start({ DIRECTORY_FILE: directory, ALLOWED_TENANTS: 'tenant-demo' });
    await h.install(police);
    await h.install(shelter);
  });
  after(() => h.stop());

  it('offers "Verzoek indienen" on a conditional verdict where another organisation holds the data', async () => {
    const { replies } = await h.say(shelter, question);
    const card = cardOf(replies[0]);
    assert.match(cardText(card), /Mag onder voorwaarden/);
    assert.equal(actionByVerb(card, 'request.start')?.title, 'Verzoek indienen');
  });

  it('does not offer it to the organisation that holds the data itself', async () => {
    const { replies } = await h.say(police, 'Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?');
    assert.equal(actionByVerb(cardOf(replies[0]), 'request.start'), undefined);
  });

  it('opens a filing form asking for case number, urgency, necessity and delivery', async () => {
    const asked = await h.say(shelter, question);
    const form = await h.execute(shelter, 'request.start', actionByVerb(cardOf(asked.replies[0]), 'request.start')!.data!);
    const text = cardText(form.card);
    for (const id of ['caseRef', 'urgency', 'necessity', 'delivery']) assert.match(text, new RegExp(`"id":"${id}"`));
  });

  it('keeps what was typed in the other fields when it refuses a case number, and clears the case number', async () => {
    const res = await fileRequest(h, 'Jansen', { urgency: 'spoed' });
    const inputs = Object.fromEntries((res.card!.body as { id?: string; value?: string }[]).filter((e) => e.id).map((e) => [e.id, e.value]));
    assert.equal(inputs.caseRef, '');
    assert.equal(inputs.urgency, 'spoed');
    assert.match(String(inputs.necessity), /Nodig voor de risicotaxatie/);
  });

  it('refuses a case number that looks like a name, and files nothing', async () => {
    const before = await h.db.selectFrom('requests').select('id').execute();
    const res = await fileRequest(h, 'Jansen');
    assert.match(cardText(res.card), /lijkt op een naam/);
    assert.equal((await h.db.selectFrom('requests').select('id').execute()).length, before.length);
  });

  it('refuses a case number that is a BSN or a date of birth', async () => {
    assert.match(cardText((await fileRequest(h, '111222333')).card), /BSN/);
    assert.match(cardText((await fileRequest(h, '12-05-1980')).card), /geboortedatum/);
  });

  it('files a request, tells the requester who decides, and sends the contact person an approval card', async () => {
    const filed = await fileRequest(h, 'BG-2026-0142');
    assert.match(cardText(filed.card), /Wacht op een beslissing/);
    assert.match(cardText(filed.replies[0] ? cardOf(filed.replies[0]) : undefined), /ligt bij Ruben Visser/);
    const delivered = await h.drain();
    const toPolice = delivered.find((s) => s.path.includes(`conv-${police.aadObjectId}`));
    const card = cardOf(toPolice);
    assert.ok(card, 'the contact person received a card');
    assert.ok(actionByVerb(card, 'request.approve'), 'with Goedkeuren');
    assert.ok(actionByVerb(card, 'request.deny'), 'with Afwijzen');
    assert.ok(actionByVerb(card, 'request.askInfo'), 'with Meer informatie vragen');
    assert.deepEqual((card!.refresh as { userIds: string[] }).userIds, [`29:${police.aadObjectId}`]);
    const row = await h.db.selectFrom('requests').selectAll().where('case_ref', '=', 'BG-2026-0142').executeTakeFirstOrThrow();
    assert.equal(row.discloser, 'politie:amsterdam');
    assert.equal(row.recipient, 'blijf-groep');
    const snapshot = JSON.parse(row.snapshot);
    assert.equal(snapshot.verdict, 'conditional');
    assert.ok(snapshot.citations.some((c: { article: string }) => c.article === '4.2'));
  });

  it('refuses the outsider’s Goedkeuren and changes nothing; the contact approves; both see the decision', async () => {
    const filed = await fileRequest(h, 'BG-2026-0200');
    const requestId = actionByVerb(filed.card, 'request.withdraw')!.data!.requestId as string;
    const toPolice = (await h.drain()).find((s) => s.path.includes(`conv-${police.aadObjectId}`))!;
    const auditBefore = (await h.store().readAudit()).length;

    const refused = await h.execute(outsider, 'request.approve', { requestId, lang: 'nl' });
    assert.match(cardText(refused.card), /Alleen een contactpersoon/);
    assert.equal((await h.requests.get(requestId))!.state, 'pending');
    assert.equal((await h.store().readAudit()).length, auditBefore, 'no record for a refused action');

    const approved = await h.execute(police, 'request.approve', { requestId, lang: 'nl' });
    assert.match(cardText(approved.card), /Goedgekeurd door Ruben Visser/);
    assert.equal(actionByVerb(approved.card, 'request.approve'), undefined, 'no buttons after the decision');
    const after = await h.drain();
    const update = after.find((s) => s.method === 'PUT' && s.path.includes(`conv-${police.aadObjectId}`));
    assert.ok(update, 'the contact’s card is updated in place');
    assert.ok(update.path.endsWith(`/activities/${encodeURIComponent('sent-' + (h.sent.indexOf(toPolice) + 1))}`), 'the card that was sent');
    assert.match(cardText(cardOf(update)), /Goedgekeurd door Ruben Visser/);
    const toRequester = after.find((s) => s.method === 'POST' && s.path.includes(`conv-${shelter.aadObjectId}`));
    assert.match(cardText(cardOf(toRequester)), /Goedgekeurd door Ruben Visser/, 'the requester is notified');

    const again = await h.execute(police, 'request.approve', { requestId, lang: 'nl' });
    assert.match(cardText(cardOf(again.replies[0])), /al beslist door Ruben Visser op \d\d-\d\d-\d{4} \d\d:\d\d/);
  });

  it('redraws the card the requester filed from in the language she wrote in, not her client locale', async () => {
    const dutchInEnglishTeams: User = { ...shelter, locale: 'en-US' };
    const asked = await h.say(dutchInEnglishTeams, question);
    const form = await h.execute(dutchInEnglishTeams, 'request.start', actionByVerb(cardOf(asked.replies[0]), 'request.start')!.data!);
    const submit = actionByVerb(form.card, 'request.file')!;
    const filed = await h.execute(
      dutchInEnglishTeams,
      'request.file',
      { ...submit.data, caseRef: 'BG-2026-0400', urgency: 'normaal', delivery: 'schriftelijk', necessity: 'Voor de risicotaxatie.' },
      { replyToId: 'card-of-sanne-nl' },
    );
    const requestId = actionByVerb(filed.card, 'request.withdraw')!.data!.requestId as string;
    await h.drain();
    await h.execute(police, 'request.approve', { requestId, lang: 'nl' });
    const update = (await h.drain()).find((s) => s.method === 'PUT' && s.path.endsWith('/activities/card-of-sanne-nl'));
    assert.match(cardText(cardOf(update)), /Goedgekeurd door Ruben Visser/);
    assert.doesNotMatch(cardText(cardOf(update)), /Approved by/);
  });

  it('updates the card the requester filed from in place', async () => {
    const asked = await h.say(shelter, question);
    const start = actionByVerb(cardOf(asked.replies[0]), 'request.start')!;
    const form = await h.execute(shelter, 'request.start', start.data!);
    const submit = actionByVerb(form.card, 'request.file')!;
    const filed = await h.execute(
      shelter,
      'request.file',
      { ...submit.data, caseRef: 'BG-2026-0300', urgency: 'spoed', delivery: 'mondeling', necessity: 'Spoed: opname vannacht.' },
      { replyToId: 'card-of-sanne' },
    );
    const requestId = actionByVerb(filed.card, 'request.withdraw')!.data!.requestId as string;
    await h.drain();
    await h.execute(police, 'request.deny', { requestId, lang: 'nl', reason: 'Niet noodzakelijk voor deze opname.' });
    const after = await h.drain();
    const update = after.find((s) => s.method === 'PUT' && s.path.endsWith('/activities/card-of-sanne'));
    assert.match(cardText(cardOf(update)), /Afgewezen door Ruben Visser/);
    assert.match(cardText(cardOf(update)), /Niet noodzakelijk/);
  });

  it('requires a reason to deny and keeps the card as it was', async () => {
    const filed = await fileRequest(h, 'BG-2026-0400');
    const requestId = actionByVerb(filed.card, 'request.withdraw')!.data!.requestId as string;
    const res = await h.execute(police, 'request.deny', { requestId, lang: 'nl', reason: '  ' });
    assert.ok(actionByVerb(res.card, 'request.approve'), 'the buttons are still there');
    assert.match(cardText(cardOf(res.replies[0])), /Vul een reden/);
    assert.equal((await h.requests.get(requestId))!.state, 'pending');
  });

  it('lets the contact ask for information and the requester answer it on the card', async () => {
    const filed = await fileRequest(h, 'BG-2026-0500');
    const requestId = actionByVerb(filed.card, 'request.withdraw')!.data!.requestId as string;
    await h.drain();
    const asked = await h.execute(police, 'request.askInfo', { requestId, lang: 'nl', question: 'Is er al een melding bij Veilig Thuis gedaan?' });
    assert.match(cardText(asked.card), /Meer informatie gevraagd/);
    const toRequester = (await h.drain()).find((s) => s.path.includes(`conv-${shelter.aadObjectId}`) && s.method === 'POST');
    const answerAction = actionByVerb(cardOf(toRequester), 'request.answerInfo');
    assert.ok(answerAction, 'the requester can answer on the card');
    const answered = await h.execute(shelter, 'request.answerInfo', { ...answerAction.data, answer: 'Ja, vorige week.' });
    assert.match(cardText(answered.card), /Wacht op een beslissing/);
    assert.match(cardText(answered.card), /Ja, vorige week/);
  });

  it('refuses personal data in a reason and sends nothing', async () => {
    const filed = await fileRequest(h, 'BG-2026-0600');
    const requestId = actionByVerb(filed.card, 'request.withdraw')!.data!.requestId as string;
    await h.drain();
    const res = await h.execute(police, 'request.askInfo', { requestId, lang: 'nl', question: 'Belt u mij op 06-12345678?' });
    assert.match(cardText(cardOf(res.replies[0])), /persoonsgegevens/);
    assert.equal((await h.requests.get(requestId))!.state, 'pending');
    assert.equal((await h.drain()).length, 0);
  });

  it('lets the requester withdraw an undecided request, and not someone else’s', async () => {
    const filed = await fileRequest(h, 'BG-2026-0700');
    const requestId = actionByVerb(filed.card, 'request.withdraw')!.data!.requestId as string;
    const notMine = await h.execute(police, 'request.withdraw', { requestId, lang: 'nl' });
    assert.match(cardText(cardOf(notMine.replies[0])), /niet jouw verzoek/);
    const withdrawn = await h.execute(shelter, 'request.withdraw', { requestId, lang: 'nl' });
    assert.match(cardText(withdrawn.card), /Ingetrokken/);
  });

  it('has effect once when the same activity is delivered twice', async () => {
    const filed = await fileRequest(h, 'BG-2026-0800');
    const requestId = actionByVerb(filed.card, 'request.withdraw')!.data!.requestId as string;
    const fixed = { id: 'approve-once' };
    await h.execute(police, 'request.approve', { requestId, lang: 'nl' }, fixed);
    const auditAfterFirst = (await h.store().readAudit()).length;
    const second = await h.execute(police, 'request.approve', { requestId, lang: 'nl' }, fixed);
    assert.equal((await h.store().readAudit()).length, auditAfterFirst);
    assert.equal(second.replies.length, 0, 'no "already decided" message either');
    assert.match(cardText(second.card), /Goedgekeurd/);
  });

  it('decides through an Action.Submit message from an older client, once when it is delivered twice', async () => {
    const filed = await fileRequest(h, 'BG-2026-0850');
    const requestId = actionByVerb(filed.card, 'request.withdraw')!.data!.requestId as string;
    const submit = h.activity(police, { id: 'approve-by-message', type: 'message', value: { verb: 'request.approve', requestId, lang: 'nl' } });
    await h.post(submit);
    assert.equal((await h.requests.get(requestId))!.state, 'approved');
    const auditAfterFirst = (await h.store().readAudit()).length;
    await h.post(submit);
    assert.equal((await h.store().readAudit()).length, auditAfterFirst);
  });

  it('files once when the filing activity is delivered twice', async () => {
    const asked = await h.say(shelter, question);
    const form = await h.execute(shelter, 'request.start', actionByVerb(cardOf(asked.replies[0]), 'request.start')!.data!);
    const data = { ...actionByVerb(form.card, 'request.file')!.data, caseRef: 'BG-2026-0900', urgency: 'normaal', delivery: 'schriftelijk', necessity: 'Voor de risicotaxatie.' };
    await h.execute(shelter, 'request.file', data, { id: 'file-once' });
    await h.execute(shelter, 'request.file', data, { id: 'file-once' });
    assert.equal((await h.db.selectFrom('requests').select('id').where('case_ref', '=', 'BG-2026-0900').execute()).length, 1);
  });

  it('lists "mijn verzoeken" for the requester and "openstaande verzoeken" for the contact', async () => {
    await fileRequest(h, 'BG-2026-1000');
    const mine = await h.say(shelter, 'mijn verzoeken');
    assert.match(cardText(cardOf(mine.replies[0])), /Mijn verzoeken/);
    assert.match(cardText(cardOf(mine.replies[0])), /Wacht op een beslissing · (\d+ werkdag(en)? open|minder dan een werkdag open) · ligt bij Ruben Visser/);
    assert.match(cardText(cardOf(mine.replies[0])), /over pleger \/ verdachte, gevraagd aan politie-eenheid Amsterdam/);
    const open = await h.say(police, 'openstaande verzoeken');
    assert.match(cardText(cardOf(open.replies[0])), /Openstaande verzoeken/);
    assert.match(cardText(cardOf(open.replies[0])), /DW-[0-9A-F]{8}/);
    const notContact = await h.say(shelter, 'openstaande verzoeken');
    assert.match(cardText(cardOf(notContact.replies[0])), /geen contactpersoon/);
  });

  it('lists the approval with disclosures --case, and audit:verify fails after one audit row is edited', async () => {
    const json = cli('disclosures.ts', ['--case', 'BG-2026-0200', '--json'], h.databaseUrl);
    assert.equal(json.status, 0, json.stderr);
    const list = JSON.parse(json.stdout) as { discloser: string; recipient: string; data: string[]; basis: string[] }[];
    assert.equal(list.length, 1);
    assert.equal(list[0]!.discloser, 'politie:amsterdam');
    assert.equal(list[0]!.recipient, 'blijf-groep');
    assert.deepEqual(list[0]!.data, ['geweldsincidenten']);
    assert.ok(list[0]!.basis.includes('blijf-politie-2022 4.2'));
    const text = cli('disclosures.ts', ['--case', 'BG-2026-0200'], h.databaseUrl);
    assert.match(text.stdout, /politie-eenheid Amsterdam aan Blijf Groep: bij de politie bekende geweldsincidenten over pleger/);
    assert.equal(cli('audit-verify.ts', [], h.databaseUrl).status, 0);
    await sql`update audit_log set data = replace(data, 'BG-2026-0200', 'BG-2026-0201') where kind = 'request.approved'`.execute(h.db);
    const bad = cli('audit-verify.ts', [], h.databaseUrl);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /klopt NIET: regel \d+/);
  });
});
