// The explorer's HTTP side: the decision as JSON with zod-checked input, what it refuses, and that it
// is a public, framable, read-only page.
import assert from 'node:assert/strict';
import { startExplorerBot } from './explorer-bot';

describe('the explorer over HTTP', function () {
  this.timeout(20_000);
  let bot: Awaited<ReturnType<typeof startExplorerBot>>;
  before(async () => (bot = await startExplorerBot()));
  after(() => bot.stop());

  const ask = (body: unknown) => fetch(`${bot.base}/covenants/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('answers a free-text question as the ask command does, in JSON', async () => {
    const res = await ask({ question: 'Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?', as: 'politie:amsterdam', date: '2026-03-01' });
    assert.equal(res.status, 200);
    const json = (await res.json()) as { verdict: string; covenant: string; citations: { article: string }[] };
    assert.equal(json.verdict, 'conditional');
    assert.equal(json.covenant, 'blijf-politie-2022');
    assert.ok(json.citations.some((c) => c.article === '4.2'));
  });

  it('decides by the date of the disclosure: the renewal from 17 September 2027', async () => {
    const slots = { from: 'politie:amsterdam', to: 'blijf-groep', subject: 'kind', data: ['contactgegevens'], purpose: 'plaatsing' };
    const before = (await (await ask({ ...slots, date: '2027-09-15' })).json()) as { verdict: string };
    const between = (await (await ask({ ...slots, date: '2027-09-16' })).json()) as { verdict: string; doubts: string[] };
    const after = (await (await ask({ ...slots, date: '2027-09-17' })).json()) as { verdict: string; covenant: string };
    assert.equal(before.verdict, 'not_allowed');
    assert.equal(between.verdict, 'not_covered');
    assert.ok(between.doubts.length > 0, 'the day between the two readings shows the doubt');
    assert.deepEqual([after.verdict, after.covenant], ['conditional', 'blijf-politie-2027']);
  });

  it('refuses an unknown purpose with a message naming the field', async () => {
    const res = await ask({ from: 'politie:amsterdam', purpose: 'nieuwsgierigheid' });
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { error: string }).error, /^purpose: onbekend doel/);
  });

  it('refuses fields it does not know', async () => {
    const res = await ask({ question: 'mag ik delen', name: 'x' });
    assert.equal(res.status, 400);
  });

  it('may be framed by Teams only, and tells browsers not to keep answers', async () => {
    const res = await fetch(`${bot.base}/covenants`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'self' https:\/\/teams\.microsoft\.com/);
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });

  it('shows the page in English for a Teams locale', async () => {
    const text = await (await fetch(`${bot.base}/covenants?lang=en-us`)).text();
    assert.match(text, /<html lang="en">/);
    assert.match(text, /All covenants/);
  });

  it('escapes what was typed when it shows the question again', async () => {
    const res = await fetch(`${bot.base}/covenants/zoek`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ question: '<script>alert(1)</script> mag ik het adres delen', as: 'nergens' }),
    });
    const text = await res.text();
    assert.equal(res.status, 400, 'an unknown organisation is refused');
    assert.ok(!text.includes('<script>alert(1)</script>'));
    assert.ok(text.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.match(text, /onbekende partij/);
  });

  it('marks a matrix cell decided on a safer reading and lists that doubt under the matrix', async () => {
    const query = new URLSearchParams({ dir: 'veilig-thuis>rvdk', purpose: 'veiligheidsoverleg' });
    const text = await (await fetch(`${bot.base}/covenants/vuistregels-zorg-straf?${query.toString()}`)).text();
    const medical = /<tr><th scope="row">medische gegevens[^<]*<\/th>(.*?)<\/tr>/.exec(text)?.[1] ?? '';
    assert.match(medical, /<a class="doubt" href="#doubt-1" title="Twijfel\? Vraag je privacy officer">\?1<\/a>/);
    assert.match(text, /<h3>Twijfel\? Vraag je privacy officer<\/h3><ol class="doubts"><li id="doubt-1">Vuistregel 7 zegt dat Veilig Thuis/);
  });

  it('shows an answer decided on a safer reading with its doubt, under "Twijfel? Vraag je privacy officer"', async () => {
    const question = 'Mag ik medische gegevens van het kind delen met de Raad voor de Kinderbescherming in het veiligheidsoverleg?';
    const res = await fetch(`${bot.base}/covenants/zoek`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ question, as: 'veilig-thuis:flevoland' }),
    });
    assert.equal(res.status, 200);
    assert.match(await res.text(), /<h3>Twijfel\? Vraag je privacy officer<\/h3><ul class="doubts"><li>Vuistregel 7 zegt dat Veilig Thuis/);
  });

  it('says where the time to answer a request comes from', async () => {
    const text = await (await fetch(`${bot.base}/covenants/regio-flevoland-almere-2026?lang=en`)).text();
    assert.match(
      text,
      /Time to answer a request<\/h2><p>A request is answered within 3 working days\.<\/p><p class="badges"><span class="badge source-privacy-officer-default">Source: default of the privacy officer<\/span>/,
    );
  });

  it('answers a covenant that does not exist with 404 and a way back', async () => {
    const res = await fetch(`${bot.base}/covenants/bestaat-niet`);
    assert.equal(res.status, 404);
    assert.match(await res.text(), /href="\/covenants\?lang=nl"/);
  });
});
