// At least 2,000 generated malformed HTTP requests at /api/messages: wrong methods, content types,
// encodings (broken gzip, a gzip bomb), multipart uploads, oversized, truncated or non-JSON bodies, and
// JSON that is not an activity. Each gets a 4xx, the bot's process (its own, so its memory is its own)
// never exits, its memory stays bounded and no stored record changes. Prints the figures.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { sql } from 'kysely';
import { BODY_LIMIT_BYTES } from '../../src/http/json-body';
import { freePort } from '../../src/net/free-port';
import { openDatabase, type Db } from '../../src/store/database';
import { rawRequest, type RawRequest } from './raw-http';
import { QUIET_BOT_ENV } from '../bot/harness';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
const root = join(__dirname, '..', '..');

/** The resident memory of a process, from Linux's /proc. */
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;

/** A valid activity, which each generator below breaks in its own way. */
const valid = (): Record<string, unknown> => ({
  type: 'message',
  id: `fuzz-${Math.random().toString(36).slice(2)}`,
  timestamp: new Date().toISOString(),
  serviceUrl: 'http://127.0.0.1:9/',
  channelId: 'msteams',
  from: { id: '29:fuzz', aadObjectId: '00000000-0000-0000-0000-0000000000f1', name: 'Fuzz' },
  recipient: { id: '28:deelwijzer', name: 'Deelwijzer' },
  conversation: { id: 'conv-fuzz', conversationType: 'personal', tenantId: 'tenant-demo' },
  text: 'help',
});

describe('the endpoint under 2,000 generated malformed requests', function () {
  this.timeout(600_000);
  let bot: ChildProcess;
  let url = '';
  let db: Db;
  let exited: number | null | undefined;
  const health = async () => (await fetch(`${url}/healthz`)).status;

  before(async () => {
    const port = await freePort();
    const file = join(tmpdir(), `deelwijzer-fuzz-${process.pid}-${Date.now()}.db`);
    url = `http://127.0.0.1:${port}`;
    bot = spawn(process.execPath, ['--require', 'tsx/cjs', join(root, 'src', 'index.ts')], {
      cwd: root,
      stdio: 'ignore',
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        ...QUIET_BOT_ENV,
        DATABASE_URL: `sqlite:${file}`,
      },
    });
    bot.on('exit', (code) => (exited = code));
    for (let i = 0; i < 300 && (await health().catch(() => 0)) !== 200; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    db = openDatabase({ kind: 'sqlite', path: file });
  });
  after(async () => {
    bot.kill();
    await db.destroy();
  });

  const snapshot = async () => {
    const counts: Record<string, number> = {};
    for (const { name: table } of await db.introspection.getTables()) counts[table] = Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]!.n);
    return counts;
  };

  it('answers every one with a 4xx, stays up, grows by a few MB at most and changes nothing', async () => {
    // A valid activity with one required part broken: removed, or of the wrong type or form.
    const account = [undefined, null, 42, 'x', { id: 42 }, { id: '' }, {}];
    const breaks: [string, unknown[]][] = [
      ['type', [undefined, null, 42, '', []]],
      ['serviceUrl', [undefined, null, 42, 'not a url', 'javascript:alert(1)', 'ftp://example.org/']],
      ['channelId', [undefined, null, 42, '']],
      ['from', account],
      ['recipient', account],
      ['conversation', account],
      ['timestamp', [null, 42, 'not a date', '2026-13-45T99:99:99Z']],
    ];
    const broken = fc.constantFrom(...breaks.flatMap(([field, values]) => values.map((value) => [field, value] as const))).map(([field, value]) => {
      const a = valid();
      if (value === undefined) delete a[field];
      else a[field] = value;
      return JSON.stringify(a);
    });
    const nonActivity = fc.oneof(
      fc.json({ maxDepth: 3 }).filter((j) => !j.startsWith('{')),
      fc.constant('{}'),
      fc.constant('{"type":"message"}'),
      fc.constant('['.repeat(5_000) + ']'.repeat(5_000)),
      fc.constant(JSON.stringify({ value: JSON.parse('{"a":'.repeat(40) + '1' + '}'.repeat(40)) })),
    );
    const isJson = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const notJson = fc
      .oneof(
        fc.string({ maxLength: 200 }),
        fc.uint8Array({ minLength: 1, maxLength: 400 }).map((b) => Buffer.from(b).toString('latin1')),
        fc.nat({ max: 400 }).map((cut) => JSON.stringify(valid()).slice(0, cut)),
      )
      .filter((text) => !isJson(text));
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024), { level: 9 });
    const json = { 'content-type': 'application/json' };

    const malformed = fc.oneof<fc.Arbitrary<{ kind: string; request: RawRequest }>[]>(
      broken.map((body) => ({ kind: 'broken activity', request: { headers: json, body } })),
      nonActivity.map((body) => ({ kind: 'not an activity', request: { headers: json, body } })),
      notJson.map((body) => ({ kind: 'not JSON', request: { headers: json, body } })),
      fc
        .constantFrom(
          'text/plain',
          'application/xml',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=b',
          'multipart/form-data',
          'application/json; charset=utf-16',
          'application/jsonx',
          '',
          'application/json///;;;',
        )
        .map((type) => ({
          kind: 'content type',
          request: {
            headers: (type ? { 'content-type': type } : {}) as Record<string, string>,
            body: type.startsWith('multipart') ? `--b\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\n\r\n${'x'.repeat(2_000)}\r\n--b--\r\n` : JSON.stringify(valid()),
          },
        })),
      fc.constantFrom('gzip', 'deflate', 'br', 'gzip, deflate', 'x-gzip', 'compress', 'zstd', 'garbage').map((encoding) => ({
        kind: 'encoding',
        request: { headers: { ...json, 'content-encoding': encoding }, body: encoding === 'gzip' ? gzipSync(JSON.stringify(valid())) : 'not compressed at all' },
      })),
      fc.constant({ kind: 'gzip bomb', request: { headers: { ...json, 'content-encoding': 'gzip' }, body: bomb } }),
      fc.integer({ min: BODY_LIMIT_BYTES + 1, max: 400 * 1024 }).map((size) => ({ kind: 'oversized', request: { headers: json, body: JSON.stringify({ ...valid(), text: 'x'.repeat(size) }) } })),
      fc
        .constantFrom('GET', 'PUT', 'DELETE', 'PATCH')
        .map((method) => ({ kind: 'method', request: { method, headers: json, body: method === 'GET' || method === 'DELETE' ? undefined : JSON.stringify(valid()) } })),
    );

    const statuses = new Map<number, number>();
    const kinds = new Map<string, number>();
    const before = await snapshot();
    const pid = bot.pid!;
    const started = rssOf(pid);
    // Sampled every 10 requests: the largest rise between two samples is what a bad request can cost. The
    // heap also grows to its working size under the load (V8 collects lazily), which the total bound allows.
    let last = started;
    let peak = started;
    let largestRise = 0;
    const series: number[] = [];
    let count = 0;
    await fc.assert(
      fc.asyncProperty(malformed, async ({ kind, request }) => {
        count++;
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        const { status } = await rawRequest(url, request);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const size = request.body ? Buffer.byteLength(request.body) : 0;
        // An upload over the limit may see the connection closed after its 413, before it finished sending.
        assert.ok((status >= 400 && status < 500) || (status === 0 && size > BODY_LIMIT_BYTES), `${kind}: status ${status}`);
        if (count % 100 === 0) assert.equal(await health(), 200, 'still up');
        if (count % 10 === 0) {
          const rss = rssOf(pid);
          largestRise = Math.max(largestRise, rss - last);
          peak = Math.max(peak, rss);
          last = rss;
        }
        if (count % 200 === 0) series.push(Math.round(last / 1024 / 1024));
      }),
      { numRuns: RUNS, seed: 20261201 },
    );
    const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
    console.log(
      `      fuzz: ${count} requests; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; kinds ${JSON.stringify(Object.fromEntries(kinds))}; ` +
        `RSS ${mb(started)} MB at the start, peak ${mb(peak)} MB (+${mb(peak - started)}), largest rise in 10 requests ${mb(largestRise)} MB; every 200 requests (MB) ${series.join(',')}`,
    );
    assert.ok(count >= RUNS);
    assert.equal(exited, undefined, 'the process never exited');
    assert.equal(await health(), 200, 'the bot is still up');
    assert.ok(largestRise < 8 * 1024 * 1024, `RSS rose by ${mb(largestRise)} MB within 10 requests`);
    assert.ok(peak - started < 48 * 1024 * 1024, `RSS grew by ${mb(peak - started)} MB in all`);
    assert.deepEqual(await snapshot(), before, 'no stored record changed');
  });
});
