// The explorer shows a covenant whose party, data category and purpose come from its folder's vocabulary.yaml
// with their labels, and takes the added ids in a query.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { start } from '../../src/index';
import { ZVH_DIR } from '../covenants/fixtures';

describe('the explorer with a covenant that brings its own vocabulary', function () {
  this.timeout(20_000);
  let bot: Awaited<ReturnType<typeof start>>;
  let base = '';
  before(async () => {
    bot = await start({
      PORT: '0',
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      OUTBOX_INTERVAL_MS: '0',
      DEADLINE_INTERVAL_MS: '0',
      PURGE_INTERVAL_MS: '0',
      DIGEST_CRON: 'off',
      DATABASE_URL: `sqlite:/tmp/deelwijzer-vocabulary-${process.pid}-${Date.now()}.db`,
      RULEBOOK_DIRS: ZVH_DIR,
    });
    await new Promise<void>((resolve) => (bot.server.listening ? resolve() : bot.server.once('listening', () => resolve())));
    base = `http://127.0.0.1:${(bot.server.address() as AddressInfo).port}`;
  });
  after(async () => {
    bot.server.close();
    await bot.store.close();
  });

  it('names the new party with its region, and the new data category and purpose by their labels', async () => {
    const query = new URLSearchParams({ dir: 'zorg-en-veiligheidshuis:gooi-en-vechtstreek>reclassering', purpose: 'persoonsgerichte-aanpak' });
    const text = await (await fetch(`${base}/covenants/zvh-gooi-vechtstreek-2026?${query.toString()}`)).text();
    assert.match(text, /Zorg- en Veiligheidshuis Gooi en Vechtstreek → reclassering \(3RO\) · persoonsgerichte aanpak \(PGA\) van het Zorg- en Veiligheidshuis/);
    const report = /<tr><th scope="row">verslag van het casusoverleg in het Zorg- en Veiligheidshuis<\/th>(.*?)<\/tr>/.exec(text)?.[1] ?? '';
    assert.match(report, /3\.1/, 'the report row cites art. 3.1 where it may go');
    assert.match(report, /3\.3/, 'and art. 3.3 where it may not');
  });

  it('answers a search with the added words by the same engine', async () => {
    const body = { question: 'Mag ik het casusverslag over de pleger delen met de reclassering voor de persoonsgerichte aanpak?', as: 'zorg-en-veiligheidshuis:gooi-en-vechtstreek' };
    const res = await fetch(`${base}/covenants/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal(res.status, 200);
    const answer = (await res.json()) as { verdict: string; data: string[]; purpose: string };
    assert.equal(answer.verdict, 'conditional');
    assert.deepEqual(answer.data, ['casusverslag']);
    assert.equal(answer.purpose, 'persoonsgerichte-aanpak');
  });
});
