// Installing Deelwijzer for one person through Graph, against the fake Graph server.
import assert from 'node:assert/strict';
import { graphClient } from '../../src/graph/client';
import { installForUser, installPermissionProblem } from '../../src/graph/install';
import { FakeGraph } from './fake-graph';

describe('installing the app for a person through Graph', function () {
  this.timeout(20_000);
  const graph = new FakeGraph();
  const client = () => graphClient({ baseUrl: graph.baseUrl, authorityHost: graph.baseUrl, clientId: 'app', clientSecret: 'secret', extraCa: graph.ca }, 'tenant-police');
  before(() => graph.start());
  after(() => graph.stop());
  beforeEach(() => {
    graph.installed.clear();
    graph.refuseInstall.clear();
    graph.calls = [];
  });

  it('installs the catalog app and returns the personal chat it opens', async () => {
    assert.deepEqual(await installForUser(client(), graph.baseUrl, 'ruben', 'catalog-app'), { ok: true, chatId: '19:chat-ruben@unq.gbl.spaces' });
    assert.equal(graph.installed.get('ruben'), 'catalog-app');
  });

  it('uses the existing installation when Graph answers 409 because the app is already there', async () => {
    graph.installed.set('ruben', 'catalog-app');
    assert.deepEqual(await installForUser(client(), graph.baseUrl, 'ruben', 'catalog-app'), { ok: true, chatId: '19:chat-ruben@unq.gbl.spaces' });
    assert.ok(
      graph.calls.some((c) => c.method === 'POST'),
      'it tried to install first',
    );
  });

  it('reports a refusal (no consent, or blocked by policy) as forbidden and opens no chat', async () => {
    graph.refuseInstall.add('ruben');
    const result = await installForUser(client(), graph.baseUrl, 'ruben', 'catalog-app');
    assert.deepEqual(result.ok ? null : result.failure.kind, 'forbidden');
    assert.ok(!graph.calls.some((c) => c.path.endsWith('/chat')));
  });
});

describe('the start-up check of the installation permission', function () {
  this.timeout(20_000);
  const graph = new FakeGraph();
  before(() => graph.start());
  after(() => graph.stop());

  it('names TeamsAppInstallation.ReadWriteSelfForUser.All when Graph refuses to read installations, and changes nothing', async () => {
    graph.forbidden.add('tenant-police');
    const client = graphClient({ baseUrl: graph.baseUrl, authorityHost: graph.baseUrl, clientId: 'app', clientSecret: 'secret', extraCa: graph.ca }, 'tenant-police');
    assert.match((await installPermissionProblem(client, 'tenant-police', 'ruben', 'catalog-app')) ?? '', /tenant-police.*TeamsAppInstallation\.ReadWriteSelfForUser\.All/);
    assert.ok(graph.calls.every((c) => c.method === 'GET'));
    graph.forbidden.clear();
    assert.equal(await installPermissionProblem(client, 'tenant-police', 'ruben', 'catalog-app'), null);
  });
});
