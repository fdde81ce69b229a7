// The logs of a full run: JSON lines with a request id per turn, and none of what people typed.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Harness, actionByVerb, cardOf, type CardJson, type User } from './harness';

const directory = join(__dirname, '..', '..', 'config', 'demo-directory.yaml');
const shelter: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Sanne de Boer' };
const police: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a2', name: 'Ruben Visser' };
const reporter: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a3', name: 'Fatima El Amrani' };
const removed: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a4', name: 'Karin Smit' };

const verbData = (card: CardJson | undefined, verb: string) => actionByVerb(card, verb)?.data;

describe('the logs of a full run', function () {
  this.timeout(60_000);
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const h = new Harness();
  const secrets = ['Jan Jansen', '111222333', '0612345678', 'BG-2026-7777', 'opname vannacht', 'Niet nodig voor deze zaak', 'Sanne', 'Ruben', 'Fatima', 'Karin', 'Bearer'];

  before(async () => {
    await h.start({ DIRECTORY_FILE: directory, ALLOWED_TENANTS: 'tenant-demo', LOG_LEVEL: 'info' }, { logDestination: sink });
    for (const user of [police, shelter, reporter]) await h.install(user);
    await h.say(shelter, 'Mag ik het adres van Jan Jansen, BSN 111222333, tel 0612345678, delen met de politie?');
    const asked = await h.say(shelter, 'Mag de politie Amsterdam ons de geweldsincidenten van de pleger geven voor de risicotaxatie?');
    const form = await h.execute(shelter, 'request.start', verbData(cardOf(asked.replies[0]), 'request.start')!);
    const filed = await h.execute(shelter, 'request.file', {
      ...verbData(form.card, 'request.file'),
      caseRef: 'BG-2026-7777',
      urgency: 'spoed',
      delivery: 'mondeling',
      necessity: 'Spoed: opname vannacht.',
    });
    const requestId = verbData(filed.card, 'request.withdraw')!.requestId;
    await h.drain();
    await h.execute(police, 'request.deny', { requestId, lang: 'nl', reason: 'Niet nodig voor deze zaak.' });
    await h.say(reporter, 'telefoon kwijt');
    await h.say(shelter, 'help');
    await h.post(h.activity(shelter, { type: 'message', text: 'hallo' }), { authorization: 'Bearer abc.def.ghi' });
    // A reply the connector refuses: the turn fails, and its log line says how.
    h.refuse.add(`conv-${removed.aadObjectId}`);
    await h.say(removed, 'help');
    await h.drain();
    await new Promise((resolve) => setTimeout(resolve, 200));
  });
  after(() => h.stop());

  it('are JSON lines with an event name', () => {
    assert.ok(lines.length > 10);
    for (const line of lines) assert.equal(typeof (JSON.parse(line) as { event?: unknown }).event, 'string', line);
  });

  it('carry one request id per turn', () => {
    const turns = lines.map((l) => JSON.parse(l) as { event: string; requestId?: string }).filter((l) => l.event === 'turn');
    assert.ok(turns.length >= 8);
    assert.ok(turns.every((t) => typeof t.requestId === 'string'));
    assert.equal(new Set(turns.map((t) => t.requestId)).size, turns.length);
    const question = lines.map((l) => JSON.parse(l) as { event: string; requestId?: string }).find((l) => l.event === 'question');
    assert.ok(question?.requestId, 'events inside a turn carry its id');
  });

  it('keep the type and status of an error, not its message', () => {
    const failed = lines.map((l) => JSON.parse(l) as { event: string; error?: string; status?: number }).find((l) => l.event === 'turn-error');
    assert.ok(failed, 'the failed turn was logged');
    assert.match(failed.error ?? '', /^[A-Z][A-Za-z]*Error$/);
    assert.equal(failed.status, 403);
    assert.ok(!lines.join('\n').includes('[verwijderd]'), 'nothing needed redacting');
  });

  it('contain no question text, names, case numbers, reasons or tokens', () => {
    const all = lines.join('\n');
    for (const secret of secrets) assert.ok(!all.includes(secret), `found "${secret}" in the logs`);
  });
});
