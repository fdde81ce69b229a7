// Authentication in production: every incoming token is validated by botbuilder against a local OpenID
// issuer whose key signs real JWTs (RS256). A refused request changes nothing.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Harness, type User } from './harness';
import { LocalIssuer, nowSeconds, signJwt } from '../security/local-issuer';

const user: User = { aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Sanne de Boer' };

describe('authentication in production, with real signed tokens', function () {
  this.timeout(30_000);
  const h = new Harness();
  const issuer = new LocalIssuer();
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });

  before(async () => {
    await issuer.start();
    await h.start(issuer.productionEnv());
  });
  after(async () => {
    await h.stop();
    issuer.stop();
  });

  // An activity that needs no reply, so only the authentication decides the status; its side effect is the stored reference.
  const activity = (id: string) => h.activity({ ...user, aadObjectId: id }, { type: 'installationUpdate', action: 'remove' });
  const post = async (id: string, token: string | null) => {
    const res = await h.post(activity(id), token ? { authorization: `Bearer ${token}` } : {});
    return { status: res.status, stored: (await h.store().getReference(id)) !== undefined };
  };

  const refused: [string, () => string | null][] = [
    ['no token', () => null],
    ['a wrong audience', () => issuer.token(h.serviceUrlForTests, { aud: 'someone-else' })],
    ['a wrong issuer', () => issuer.token(h.serviceUrlForTests, { iss: 'https://evil.example.org' })],
    ['an expired token', () => issuer.token(h.serviceUrlForTests, { nbf: nowSeconds() - 7200, exp: nowSeconds() - 3600 })],
    [
      'an unknown key',
      () =>
        signJwt(stranger.privateKey, 'test-key', { iss: issuer.url, aud: '11111111-2222-3333-4444-555555555555', serviceurl: h.serviceUrlForTests, nbf: nowSeconds() - 60, exp: nowSeconds() + 3600 }),
    ],
    ['a serviceUrl other than the token’s', () => issuer.token('https://smba.trafficmanager.net/elsewhere/')],
  ];
  refused.forEach(([name, token], i) => {
    it(`refuses ${name} with 401 and stores nothing`, async () => {
      const result = await post(`refused-${i}`, token());
      assert.equal(result.status, 401);
      assert.equal(result.stored, false);
    });
  });

  it('accepts a valid token', async () => {
    const result = await post('accepted', issuer.token(h.serviceUrlForTests));
    assert.equal(result.status, 200);
    assert.equal(result.stored, true);
  });

  it('refuses to start in production without credentials, with a clear message', () => {
    const res = spawnSync(join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx'), [join(__dirname, '..', '..', 'src', 'index.ts')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: '0' },
      timeout: 20_000,
    });
    assert.notEqual(res.status, 0);
    assert.match(res.stderr, /BOT_ID: in productie is BOT_ID verplicht/);
    assert.match(res.stderr, /ALLOWED_TENANTS/);
  });
});
