// The directory read from Microsoft Graph, against a fake Graph and token endpoint on loopback.
import assert from 'node:assert/strict';
import { GraphDirectory, MISS_REFRESH_MS } from '../../src/directory/graph-directory';
import { DirectoryError } from '../../src/directory/directory';
import { join } from 'node:path';
import { loadGraphMapping, parseGraphMapping, type GraphMapping } from '../../src/directory/graph-mapping';
import { graphClient } from '../../src/graph/client';
import { FakeGraph } from '../graph/fake-graph';

const POLICE_TENANT = '11111111-1111-1111-1111-111111111111';
const SHELTER_TENANT = '22222222-2222-2222-2222-222222222222';
const mapping: GraphMapping = {
  tenants: [
    {
      tenantId: POLICE_TENANT,
      party: 'politie',
      groups: [
        { groupId: 'g-ams-contacts', unit: 'amsterdam', roles: ['staff', 'contact'] },
        { groupId: 'g-ams-staff', unit: 'amsterdam', roles: ['staff'] },
        { groupId: 'g-rdam-staff', unit: 'rotterdam', roles: ['staff'] },
        { groupId: 'g-police-privacy', roles: ['privacy-officer'] },
      ],
    },
    { tenantId: SHELTER_TENANT, groups: [{ groupId: 'g-blijf', party: 'blijf-groep', roles: ['staff'] }] },
  ],
};

describe('the directory on Microsoft Graph', function () {
  this.timeout(30_000);
  const graph = new FakeGraph();
  let clock = 0;
  const directory = () =>
    new GraphDirectory(mapping, (tenantId) => graphClient({ baseUrl: graph.baseUrl, authorityHost: graph.baseUrl, clientId: 'bot-app', clientSecret: 'secret', extraCa: graph.ca }, tenantId), {
      now: () => clock,
    });

  before(() => graph.start());
  after(() => graph.stop());
  beforeEach(() => {
    graph.groups.clear();
    graph.forbidden.clear();
    graph.calls = [];
    graph.pageSize = 999;
    graph.setGroup('g-ams-contacts', POLICE_TENANT, [{ id: 'ruben', displayName: 'Ruben Visser' }]);
    graph.setGroup('g-ams-staff', POLICE_TENANT, [
      { id: 'ruben', displayName: 'Ruben Visser' },
      { id: 'anna', displayName: 'Anna Bakker' },
    ]);
    graph.setGroup('g-rdam-staff', POLICE_TENANT, [{ id: 'mark', displayName: 'Mark de Vries' }]);
    graph.setGroup('g-police-privacy', POLICE_TENANT, [{ id: 'pieter', displayName: 'Pieter Kok' }]);
    graph.setGroup('g-blijf', SHELTER_TENANT, [
      { id: 'sanne', displayName: 'Sanne de Boer' },
      { id: 'printer', displayName: 'Printer', type: 'device' },
    ]);
  });

  it('gives each member the organisation of the tenant, the unit and roles of their groups, and their display name', async () => {
    const d = directory();
    await d.load();
    assert.deepEqual(d.find('ruben'), { aadObjectId: 'ruben', name: 'Ruben Visser', party: { party: 'politie', unit: 'amsterdam' }, roles: ['staff', 'contact'], tenantId: POLICE_TENANT });
    assert.deepEqual(d.find('pieter')?.party, { party: 'politie' });
    assert.deepEqual(
      d.contactsFor({ party: 'politie', unit: 'amsterdam' }).map((p) => p.aadObjectId),
      ['ruben'],
    );
  });

  it('maps a user of a second tenant to the organisation its group names, and leaves devices out', async () => {
    const d = directory();
    await d.load();
    assert.deepEqual(d.find('sanne'), { aadObjectId: 'sanne', name: 'Sanne de Boer', party: { party: 'blijf-groep' }, roles: ['staff'], tenantId: SHELTER_TENANT });
    assert.equal(d.find('printer'), undefined);
  });

  it('reads every page of a large group through @odata.nextLink', async () => {
    graph.pageSize = 100;
    graph.setGroup(
      'g-ams-staff',
      POLICE_TENANT,
      Array.from({ length: 250 }, (_, i) => ({ id: `agent-${i}`, displayName: `Agent ${i}` })),
    );
    const d = directory();
    const report = await d.load();
    assert.equal(d.people.filter((p) => p.aadObjectId.startsWith('agent-')).length, 250);
    assert.equal(graph.graphCalls('/groups/g-ams-staff/').length, 3);
    assert.equal(report.calls, graph.graphCalls().length);
  });

  it('drops a role at the next refresh when its member leaves the group, and gives the new group’s unit', async () => {
    const d = directory();
    await d.load();
    graph.setGroup('g-ams-contacts', POLICE_TENANT, []);
    graph.setGroup('g-ams-staff', POLICE_TENANT, [{ id: 'anna', displayName: 'Anna Bakker' }]);
    graph.setGroup('g-rdam-staff', POLICE_TENANT, [
      { id: 'mark', displayName: 'Mark de Vries' },
      { id: 'ruben', displayName: 'Ruben Visser' },
    ]);
    assert.deepEqual(d.find('ruben')?.roles, ['staff', 'contact'], 'unchanged until the refresh');
    await d.refresh();
    assert.deepEqual(d.find('ruben'), { aadObjectId: 'ruben', name: 'Ruben Visser', party: { party: 'politie', unit: 'rotterdam' }, roles: ['staff'], tenantId: POLICE_TENANT });
    assert.deepEqual(d.contactsFor({ party: 'politie', unit: 'amsterdam' }), []);
  });

  it('leaves out someone whose groups give two units, instead of guessing', async () => {
    graph.setGroup('g-rdam-staff', POLICE_TENANT, [{ id: 'ruben', displayName: 'Ruben Visser' }]);
    const d = directory();
    const report = await d.load();
    assert.equal(d.find('ruben'), undefined);
    assert.deepEqual(report.conflicts, [{ aadObjectId: 'ruben', name: 'Ruben Visser', claims: ['politie:amsterdam', 'politie:rotterdam'] }]);
  });

  it('waits as Retry-After says when Graph answers 429, then reads on', async () => {
    graph.throttleNext(2, 1);
    const d = directory();
    const started = Date.now();
    await d.load();
    assert.ok(Date.now() - started >= 1_000, 'waited for Retry-After');
    assert.equal(d.find('ruben')?.name, 'Ruben Visser');
  });

  it('stops start-up with the missing permission named when Graph answers 403', async () => {
    graph.forbidden.add(SHELTER_TENANT);
    await assert.rejects(directory().load(), (error: Error) => error instanceof DirectoryError && /GroupMember\.Read\.All/.test(error.message) && error.message.includes(SHELTER_TENANT));
  });

  it('keeps a tenant’s last good list when a later refresh is refused', async () => {
    const d = directory();
    await d.load();
    graph.forbidden.add(POLICE_TENANT);
    const report = await d.refresh();
    assert.equal(report.tenants.find((t) => t.tenantId === POLICE_TENANT)?.failure?.kind, 'forbidden');
    assert.equal(d.find('ruben')?.name, 'Ruben Visser');
  });

  it('keeps the list and reports the tenant unavailable when Graph cannot be reached', async () => {
    const d = directory();
    await d.load();
    const offline = new GraphDirectory(mapping, (tenantId) =>
      graphClient({ baseUrl: 'https://127.0.0.1:9', authorityHost: graph.baseUrl, clientId: 'bot-app', clientSecret: 'secret', extraCa: graph.ca }, tenantId),
    );
    const report = await offline.refresh();
    assert.deepEqual(
      report.tenants.map((t) => t.failure?.kind),
      ['unavailable', 'unavailable'],
    );
    assert.equal(offline.people.length, 0);
  });

  it('looks again when someone is not found, at most once a minute', async () => {
    const d = directory();
    await d.load();
    graph.setGroup('g-ams-staff', POLICE_TENANT, [
      { id: 'ruben', displayName: 'Ruben Visser' },
      { id: 'anna', displayName: 'Anna Bakker' },
      { id: 'new', displayName: 'Nieuw' },
    ]);
    clock += MISS_REFRESH_MS;
    assert.equal(d.find('new'), undefined, 'find stays synchronous: the refresh runs behind it');
    await d.refresh(); // joins the refresh the miss started
    assert.equal(d.find('new')?.name, 'Nieuw');
    const calls = graph.calls.length;
    assert.equal(d.find('nobody'), undefined);
    assert.equal(graph.calls.length, calls, 'no second refresh within the minute');
  });

  it('refuses a mapping file whose group names no organisation in a tenant without one, naming the line', () => {
    const text = 'tenants:\n  - tenantId: t1\n    groups:\n      - groupId: g1\n        roles: [staff]\n';
    assert.throws(() => parseGraphMapping(text, 'groups.yaml'), /groups\.yaml klopt niet:[\s\S]*regel 4[\s\S]*noem die bij de groep/);
  });
});

describe('the example Graph mapping file', () => {
  it('is valid against the schema', () => {
    const file = join(__dirname, '..', '..', 'config', 'graph-directory.example.yaml');
    assert.equal(loadGraphMapping(file).tenants.length, 3);
  });
});
