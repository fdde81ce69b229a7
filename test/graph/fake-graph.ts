// A fake Microsoft Graph and Entra token endpoint on loopback (HTTPS with a throw-away certificate, as
// MSAL refuses plain-HTTP authorities): OpenID configuration, client-credential tokens per tenant,
// /groups/{id}/transitiveMembers with @odata.nextLink paging, and the teamwork/installedApps calls.
// Tests change its groups, make it answer 429 or 403, and count the calls it served.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FakeMember {
  id: string;
  displayName: string;
  /** A device or a nested group: transitiveMembers lists those too. */
  type?: 'user' | 'device';
}

let certificate: { key: string; cert: string } | undefined;
function selfSigned() {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'fake-graph-'));
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    { stdio: 'ignore' },
  );
  certificate = { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  return certificate;
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
  });

export class FakeGraph {
  /** group id → tenant and members */
  groups = new Map<string, { tenantId: string; members: FakeMember[] }>();
  /** Tenants whose tokens Graph refuses with 403 (no admin consent). */
  forbidden = new Set<string>();
  /** Users for whom installation is refused (403: blocked by policy, or no consent). */
  refuseInstall = new Set<string>();
  installed = new Map<string, string>();
  pageSize = 999;
  calls: { method: string; path: string; tenantId: string | null }[] = [];
  tokens = 0;
  private throttle = { remaining: 0, retryAfterSeconds: 0 };
  private server!: Server;
  baseUrl = '';

  get ca() {
    return selfSigned().cert;
  }

  setGroup(groupId: string, tenantId: string, members: FakeMember[]) {
    this.groups.set(groupId, { tenantId, members });
  }

  /** The next `count` Graph calls get 429 with Retry-After. */
  throttleNext(count: number, retryAfterSeconds = 1) {
    this.throttle = { remaining: count, retryAfterSeconds };
  }

  graphCalls(prefix = '') {
    return this.calls.filter((c) => c.path.startsWith(`/v1.0${prefix}`));
  }

  async start() {
    this.server = createServer(selfSigned(), (req, res) => {
      this.handle(req, res).catch(() => {
        res.writeHead(500);
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const body = await readBody(req);
    const openid = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
    if (openid) {
      const t = openid[1];
      return this.json(res, 200, {
        issuer: `${this.baseUrl}/${t}/v2.0`,
        authorization_endpoint: `${this.baseUrl}/${t}/oauth2/v2.0/authorize`,
        token_endpoint: `${this.baseUrl}/${t}/oauth2/v2.0/token`,
        end_session_endpoint: `${this.baseUrl}/${t}/oauth2/v2.0/logout`,
        jwks_uri: `${this.baseUrl}/${t}/discovery/v2.0/keys`,
      });
    }
    const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
    if (token && req.method === 'POST') {
      const form = new URLSearchParams(body);
      if (form.get('grant_type') !== 'client_credentials' || !form.get('client_secret')) return this.json(res, 400, { error: 'invalid_request' });
      this.tokens++;
      return this.json(res, 200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: `token-for-${token[1]}` });
    }
    const tenantId = /^Bearer token-for-(.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
    this.calls.push({ method: req.method ?? '', path: url.pathname + url.search, tenantId });
    if (!tenantId) return this.json(res, 401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } });
    if (this.throttle.remaining > 0) {
      this.throttle.remaining--;
      return this.json(res, 429, { error: { code: 'TooManyRequests', message: 'Too many requests' } }, { 'retry-after': String(this.throttle.retryAfterSeconds) });
    }
    if (this.forbidden.has(tenantId)) return this.json(res, 403, { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } });

    const members = /^\/v1\.0\/groups\/([^/]+)\/transitiveMembers$/.exec(url.pathname);
    if (members && req.method === 'GET') {
      const group = this.groups.get(members[1]!);
      if (!group || group.tenantId !== tenantId) return this.json(res, 404, { error: { code: 'Request_ResourceNotFound', message: 'Resource does not exist.' } });
      const top = Math.min(Number(url.searchParams.get('$top') ?? 100), this.pageSize);
      const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
      const page = group.members
        .slice(skip, skip + top)
        .map((m) => ({ '@odata.type': m.type === 'device' ? '#microsoft.graph.device' : '#microsoft.graph.user', id: m.id, displayName: m.displayName }));
      const next = skip + top < group.members.length ? `${this.baseUrl}/v1.0/groups/${members[1]}/transitiveMembers?$select=id,displayName&$top=${top}&$skiptoken=${skip + top}` : undefined;
      return this.json(res, 200, { value: page, ...(next ? { '@odata.nextLink': next } : {}) });
    }
    const install = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps$/.exec(url.pathname);
    if (install && req.method === 'POST') {
      const user = decodeURIComponent(install[1]!);
      if (this.refuseInstall.has(user)) return this.json(res, 403, { error: { code: 'Forbidden', message: 'App installation is blocked by the tenant admin policy.' } });
      if (this.installed.has(user)) return this.json(res, 409, { error: { code: 'Conflict', message: 'App is already installed.' } });
      const bind = (JSON.parse(body) as Record<string, string>)['teamsApp@odata.bind'] ?? '';
      this.installed.set(user, bind.split('/').pop() ?? '');
      res.writeHead(201);
      return res.end();
    }
    if (install && req.method === 'GET') {
      const user = decodeURIComponent(install[1]!);
      const app = this.installed.get(user);
      return this.json(res, 200, { value: app ? [{ id: `installation-${user}`, teamsApp: { id: app } }] : [] });
    }
    const chat = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps\/([^/]+)\/chat$/.exec(url.pathname);
    if (chat && req.method === 'GET') {
      const user = decodeURIComponent(chat[1]!);
      if (!this.installed.has(user)) return this.json(res, 404, { error: { code: 'NotFound', message: 'Installation not found.' } });
      return this.json(res, 200, { id: `19:chat-${user}@unq.gbl.spaces` });
    }
    return this.json(res, 404, { error: { code: 'NotFound', message: `${req.method} ${url.pathname}` } });
  }
}
