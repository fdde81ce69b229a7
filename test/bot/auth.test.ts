// Authentication in production: every incoming token is validated by botbuilder against a local OpenID
// issuer whose key signs real JWTs (RS256). A refused request changes nothing.
import assert from 'node:assert/strict';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Harness, type User } from './harness';

const BOT_ID = '11111111-2222-3333-4444-555555555555';
const user: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Sanne de Boer' };

const base64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');
function sign(privateKey: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const payload = base64url(JSON.stringify(claims));
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey);
  return `${header}.${payload}.${base64url(signature)}`;
}

describe('authentication in production, with real signed tokens', function () {
  this.timeout(30_000);
  const h = new Harness();
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let issuerServer: Server;
  let issuer = '';
  const now = () => Math.floor(Date.now() / 1000);

  before(async () => {
    issuerServer = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.url === '/.well-known/openid-configuration') res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
      else res.end(JSON.stringify({ keys: [{ ...key.publicKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256', endorsements: ['msteams'] }] }));
    });
    await new Promise<void>((resolve) => issuerServer.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(issuerServer.address() as AddressInfo).port}`;
    await h.start({
      NODE_ENV: 'production',
      BOT_ID,
      BOT_PASSWORD: 'not-used-for-incoming',
      ALLOWED_TENANTS: 'tenant-demo',
      BOT_OPENID_METADATA_URL: `${issuer}/.well-known/openid-configuration`,
      BOT_TOKEN_ISSUER: issuer,
    });
  });
  after(async () => {
    await h.stop();
    issuerServer.close();
  });

  const claims = (fields: Record<string, unknown> = {}) => ({ iss: issuer, aud: BOT_ID, serviceurl: h.serviceUrlForTests, nbf: now() - 60, exp: now() + 3600, ...fields });
  // An activity that needs no reply, so only the authentication decides the status; its side effect is the stored reference.
  const activity = (id: string) => h.activity({ ...user, aadObjectId: id }, { type: 'installationUpdate', action: 'remove' });
  const post = async (id: string, token: string | null) => {
    const res = await h.post(activity(id), token ? { authorization: `Bearer ${token}` } : {});
    return { status: res.status, stored: (await h.store().getReference(id)) !== undefined };
  };

  const refused: [string, () => string | null][] = [
    ['no token', () => null],
    ['a wrong audience', () => sign(key.privateKey, 'test-key', claims({ aud: 'someone-else' }))],
    ['a wrong issuer', () => sign(key.privateKey, 'test-key', claims({ iss: 'https://evil.example.org' }))],
    ['an expired token', () => sign(key.privateKey, 'test-key', claims({ nbf: now() - 7200, exp: now() - 3600 }))],
    ['an unknown key', () => sign(stranger.privateKey, 'test-key', claims())],
    ['a serviceUrl other than the token’s', () => sign(key.privateKey, 'test-key', claims({ serviceurl: 'https://smba.trafficmanager.net/elsewhere/' }))],
  ];
  refused.forEach(([name, token], i) => {
    it(`refuses ${name} with 401 and stores nothing`, async () => {
      const result = await post(`refused-${i}`, token());
      assert.equal(result.status, 401);
      assert.equal(result.stored, false);
    });
  });

  it('accepts a valid token', async () => {
    const result = await post('accepted', sign(key.privateKey, 'test-key', claims()));
    assert.equal(result.status, 200);
    assert.equal(result.stored, true);
  });

  it('refuses to start in production without credentials, with a clear message', () => {
    const res = spawnSync(join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx'), [join(__dirname, '..', '..', 'src', 'index.ts')], { encoding: 'utf8', env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: '0' }, timeout: 20_000 });
    assert.notEqual(res.status, 0);
    assert.match(res.stderr, /BOT_ID: in productie is BOT_ID verplicht/);
    assert.match(res.stderr, /ALLOWED_TENANTS/);
  });
});
