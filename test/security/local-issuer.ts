// A local OpenID issuer whose key signs real JWTs (RS256), for production-mode tests: the bot validates
// tokens against it exactly as against Bot Framework's.
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const BOT_ID = '11111111-2222-3333-4444-555555555555';

const base64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

export function signJwt(privateKey: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const payload = base64url(JSON.stringify(claims));
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey);
  return `${header}.${payload}.${base64url(signature)}`;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

export class LocalIssuer {
  readonly key = generateKeyPairSync('rsa', { modulusLength: 2048 });
  url = '';
  private server!: Server;

  /** `endorsements`: the channels the key vouches for, as in Bot Framework's key list. */
  async start(endorsements: string[] = ['msteams']) {
    this.server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.url === '/.well-known/openid-configuration') res.end(JSON.stringify({ issuer: this.url, jwks_uri: `${this.url}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
      else res.end(JSON.stringify({ keys: [{ ...this.key.publicKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256', endorsements }] }));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop() {
    this.server.close();
  }

  /** The bot's environment in production against this issuer. */
  productionEnv(extra: Record<string, string> = {}) {
    return {
      NODE_ENV: 'production',
      BOT_ID,
      BOT_PASSWORD: 'not-used-for-incoming',
      ALLOWED_TENANTS: 'tenant-demo',
      BOT_OPENID_METADATA_URL: `${this.url}/.well-known/openid-configuration`,
      BOT_TOKEN_ISSUER: this.url,
      ...extra,
    };
  }

  /** A valid token for the bot, for activities from `serviceUrl`; `fields` override claims. */
  token(serviceUrl: string, fields: Record<string, unknown> = {}) {
    return signJwt(this.key.privateKey, 'test-key', { iss: this.url, aud: BOT_ID, serviceurl: serviceUrl, nbf: nowSeconds() - 60, exp: nowSeconds() + 3600, ...fields });
  }
}
