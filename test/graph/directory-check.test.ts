// `npm run directory:check`: who is who from the source in use, without starting the bot.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGraph } from './fake-graph';

const root = join(__dirname, '..', '..');

// Asynchronous: the fake Graph server answers from this process while the command runs.
const check = (env: Record<string, string>, args: string[] = []) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GRAPH_') && k !== 'DIRECTORY_FILE'));
    execFile(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'src', 'cli', 'directory-check.ts'), ...args], { cwd: root, env: { ...clean, ...env } }, (error, stdout, stderr) =>
      resolve({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

describe('directory:check', function () {
  this.timeout(30_000);
  const graph = new FakeGraph();
  const dir = mkdtempSync(join(tmpdir(), 'deelwijzer-check-'));
  let env: Record<string, string> = {};
  before(async () => {
    await graph.start();
    writeFileSync(join(dir, 'groups.yaml'), 'tenants:\n  - tenantId: tenant-police\n    party: politie\n    groups:\n      - { groupId: g-ams, unit: amsterdam, roles: [staff, contact] }\n');
    writeFileSync(join(dir, 'ca.pem'), graph.ca);
    graph.setGroup('g-ams', 'tenant-police', [{ id: 'ruben', displayName: 'Ruben Visser' }]);
    env = {
      GRAPH_DIRECTORY_FILE: join(dir, 'groups.yaml'),
      GRAPH_CLIENT_ID: 'app',
      GRAPH_CLIENT_SECRET: 'secret',
      GRAPH_BASE_URL: graph.baseUrl,
      GRAPH_AUTHORITY_HOST: graph.baseUrl,
      GRAPH_TLS_CA_FILE: join(dir, 'ca.pem'),
    };
  });
  after(() => graph.stop());

  it('prints the people of the YAML file and who holds each role per organisation', async () => {
    const run = await check({ DIRECTORY_FILE: join(root, 'config', 'demo-directory.yaml') });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /politie:amsterdam\s+Ruben Visser\s+staff, contact/);
    assert.match(run.stdout, /\n {2}om\s+Sara Verbeek \| — niemand \| Ruud Kok\n/);
  });

  it('prints the people read from Graph with the calls it took', async () => {
    const run = await check(env, ['--json']);
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout) as { source: string; refresh: { calls: number }; people: { name: string; party: string }[] };
    assert.equal(out.source, 'graph');
    assert.equal(out.refresh.calls, 1);
    assert.deepEqual(
      out.people.map((p) => [p.name, p.party]),
      [['Ruben Visser', 'politie:amsterdam']],
    );
  });

  it('exits 1 naming the permission to consent when Graph refuses', async () => {
    graph.forbidden.add('tenant-police');
    const run = await check(env);
    graph.forbidden.clear();
    assert.equal(run.status, 1);
    assert.match(run.stderr, /GroupMember\.Read\.All/);
  });
});
