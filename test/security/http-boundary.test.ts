// The HTTP boundary (issue 16, failures 3 and 4): only application/json up to 256 kB, never inflated,
// never written to disk, and in production nothing read before a token is there. Every bad request is a
// 4xx and the process stays up.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createGzip } from 'node:zlib';
import { request } from 'node:http';
import { Harness, type User } from '../bot/harness';
import { LocalIssuer } from './local-issuer';
import { rawRequest } from './raw-http';

const user: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Sanne de Boer' };

/** A gzip body of about 200 kB that inflates to 200 MB of zeros, made without holding the 200 MB. */
function gzipBomb(): Promise<Buffer> {
  return new Promise((resolve) => {
    const gzip = createGzip({ level: 9 });
    const out: Buffer[] = [];
    gzip.on('data', (c: Buffer) => out.push(c));
    gzip.on('end', () => resolve(Buffer.concat(out)));
    const zeros = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < 200; i++) gzip.write(zeros);
    gzip.end();
  });
}

const multipart = (boundary: string) =>
  [`--${boundary}`, 'Content-Disposition: form-data; name="file"; filename="upload.bin"', 'Content-Type: application/octet-stream', '', 'x'.repeat(50_000), `--${boundary}--`, ''].join('\r\n');

const json = { 'content-type': 'application/json' };
const tempFiles = () => readdirSync(tmpdir()).length;

function boundaryTests(mode: 'development' | 'production') {
  const h = new Harness();
  const issuer = new LocalIssuer();
  let bomb: Buffer;
  const auth = (): Record<string, string> => (mode === 'production' ? { authorization: `Bearer ${issuer.token(h.serviceUrlForTests)}` } : {});
  const activity = () => JSON.stringify(h.activity(user, { type: 'message', text: 'help' }));

  before(async () => {
    bomb = await gzipBomb();
    if (mode === 'production') await issuer.start();
    await h.start(mode === 'production' ? issuer.productionEnv() : { ALLOWED_TENANTS: '' });
  });
  after(async () => {
    await h.stop();
    if (mode === 'production') issuer.stop();
  });

  it('refuses a body marked gzip that is not gzip with 415, and stays up', async () => {
    const res = await rawRequest(h.url, { headers: { ...json, ...auth(), 'content-encoding': 'gzip' }, body: 'this is not gzip' });
    assert.equal(res.status, 415);
    assert.equal(await h.health(), 200);
  });

  it('refuses a gzip body that inflates to 200 MB with 415, without growing', async () => {
    const before = process.memoryUsage().rss;
    const res = await rawRequest(h.url, { headers: { ...json, ...auth(), 'content-encoding': 'gzip', 'content-length': bomb.length }, body: bomb });
    assert.equal(res.status, 415);
    assert.ok(process.memoryUsage().rss - before < 16 * 1024 * 1024, 'grew by less than 16 MB');
    assert.equal(await h.health(), 200);
  });

  it('refuses a multipart upload with 415 and writes no file', async () => {
    const files = tempFiles();
    const res = await rawRequest(h.url, { headers: { ...auth(), 'content-type': 'multipart/form-data; boundary=xyz' }, body: multipart('xyz') });
    assert.equal(res.status, 415);
    assert.equal(tempFiles(), files);
  });

  it('refuses other content types and encodings with 415', async () => {
    const variants: Record<string, string>[] = [
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/x-www-form-urlencoded' },
      {},
      { ...json, 'content-encoding': 'deflate' },
      { ...json, 'content-encoding': 'br' },
      { 'content-type': 'application/json; charset=latin1' },
    ];
    for (const headers of variants) {
      const res = await rawRequest(h.url, { headers: { ...auth(), ...headers }, body: activity() });
      assert.equal(res.status, 415, JSON.stringify(headers));
    }
  });

  it('refuses a body over 256 kB with 413, declared or streamed', async () => {
    const big = JSON.stringify({ ...JSON.parse(activity()), text: 'x'.repeat(300 * 1024) });
    assert.equal((await rawRequest(h.url, { headers: { ...json, ...auth(), 'content-length': Buffer.byteLength(big) }, body: big })).status, 413);
    const streamed = await rawRequest(h.url, { headers: { ...json, ...auth() }, body: big, chunk: 16 * 1024 });
    assert.ok(streamed.status === 413 || streamed.status === 0, `status ${streamed.status}`);
    assert.equal(await h.health(), 200);
  });

  it('refuses a body that is not JSON, or nested deeper than an activity, with 400', async () => {
    assert.equal((await rawRequest(h.url, { headers: { ...json, ...auth() }, body: '{"type": "message",' })).status, 400);
    assert.equal((await rawRequest(h.url, { headers: { ...json, ...auth() }, body: '['.repeat(10_000) + ']'.repeat(10_000) })).status, 400);
  });

  it('answers a well-formed activity', async () => {
    assert.equal((await rawRequest(h.url, { headers: { ...json, ...auth() }, body: activity() })).status, 200);
  });

  if (mode === 'production') {
    it('answers 401 to a request without a token before its body has arrived', async () => {
      const status = await new Promise<number>((resolve, reject) => {
        const r = request(new URL('/api/messages', h.url), { method: 'POST', headers: { ...json, 'content-length': 200_000 }, agent: false }, (res) => {
          resolve(res.statusCode ?? 0);
          r.destroy();
        });
        r.on('error', () => undefined);
        r.write('{"type":"message",');
        setTimeout(() => reject(new Error('no answer while the body was still coming')), 5_000);
      });
      assert.equal(status, 401);
    });
  }
}

describe('the HTTP boundary in development mode', function () {
  this.timeout(60_000);
  boundaryTests('development');
});

describe('the HTTP boundary in production, with the local issuer', function () {
  this.timeout(60_000);
  boundaryTests('production');
});
