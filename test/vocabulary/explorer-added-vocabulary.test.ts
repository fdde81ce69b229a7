// The explorer shows a covenant whose party, data category and purpose come from its folder's vocabulary.yaml
// with their labels, and takes the added ids in a query.
import assert from 'node:assert/strict';
import { ZVH_DIR } from '../covenants/fixtures';
import { startExplorerBot } from '../explorer/explorer-bot';

describe('the explorer with a covenant that brings its own vocabulary', function () {
  this.timeout(20_000);
  let bot: Awaited<ReturnType<typeof startExplorerBot>>;
  before(async () => (bot = await startExplorerBot([ZVH_DIR])));
  after(() => bot.stop());

  it('names the new party with its region, and the new data category and purpose by their labels', async () => {
    const query = new URLSearchParams({ dir: 'zorg-en-veiligheidshuis:gooi-en-vechtstreek>reclassering', purpose: 'persoonsgerichte-aanpak' });
    const text = await (await fetch(`${bot.base}/covenants/zvh-gooi-vechtstreek-2026?${query.toString()}`)).text();
    assert.match(text, /Zorg- en Veiligheidshuis Gooi en Vechtstreek → reclassering \(3RO\) · persoonsgerichte aanpak \(PGA\) van het Zorg- en Veiligheidshuis/);
    const report = /<tr><th scope="row">verslag van het casusoverleg in het Zorg- en Veiligheidshuis<\/th>(.*?)<\/tr>/.exec(text)?.[1] ?? '';
    assert.match(report, /3\.1/, 'the report row cites art. 3.1 where it may go');
    assert.match(report, /3\.3/, 'and art. 3.3 where it may not');
  });

  it('answers a search with the added words by the same engine', async () => {
    const body = { question: 'Mag ik het casusverslag over de pleger delen met de reclassering voor de persoonsgerichte aanpak?', as: 'zorg-en-veiligheidshuis:gooi-en-vechtstreek' };
    const res = await fetch(`${bot.base}/covenants/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal(res.status, 200);
    const answer = (await res.json()) as { verdict: string; data: string[]; purpose: string };
    assert.equal(answer.verdict, 'conditional');
    assert.deepEqual(answer.data, ['casusverslag']);
    assert.equal(answer.purpose, 'persoonsgerichte-aanpak');
  });
});
