// People who never opened Deelwijzer are reached through Microsoft Graph: the directory comes from Entra
// groups in two tenants (a fake Graph on loopback), the app is installed for whoever has no conversation
// yet, and the request, reminder, digest and breach report arrive through the Bot Framework protocol.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isoWeekOf } from '../../src/time/iso-weeks';
import { todayInAmsterdam } from '../../src/clock';
import { Harness, actionByVerb, cardOf, cardText, type Sent, type User } from '../bot/harness';
import { FakeGraph } from './fake-graph';
import type { GraphDirectory } from '../../src/directory/graph-directory';

const SHELTER_TENANT = 'tenant-demo';
const POLICE_TENANT = 'tenant-police';
const CATALOG_APP_ID = 'catalog-app-deelwijzer';
const shelter: User = { aadObjectId: 'sanne', name: 'Sanne de Boer', tenantId: SHELTER_TENANT };
const police: User = { aadObjectId: 'ruben', name: 'Ruben Visser', tenantId: POLICE_TENANT };
const mapping = `
tenants:
  - tenantId: ${SHELTER_TENANT}
    party: blijf-groep
    groups:
      - { groupId: g-blijf-staff, roles: [staff] }
      - { groupId: g-blijf-managers, roles: [manager] }
      - { groupId: g-blijf-privacy, roles: [privacy-officer] }
  - tenantId: ${POLICE_TENANT}
    party: politie
    groups:
      - { groupId: g-ams-contacts, unit: amsterdam, roles: [staff, contact] }
      - { groupId: g-police-privacy, roles: [privacy-officer] }
`;
const question = 'Mag de politie Amsterdam ons de geweldsincidenten van de pleger geven voor de risicotaxatie?';
/** A message the fake connector received for the personal chat Graph opened for this user. */
const inChat = (sent: Sent, userId: string) => sent.path.startsWith(`/v3/conversations/${encodeURIComponent(`19:chat-${userId}@unq.gbl.spaces`)}/activities`);

async function fileRequest(h: Harness, caseRef: string) {
  const asked = await h.say(shelter, question);
  const start = actionByVerb(cardOf(asked.replies[0]), 'request.start')!;
  const form = await h.execute(shelter, 'request.start', start.data!);
  const submit = actionByVerb(form.card, 'request.file')!;
  return h.execute(shelter, 'request.file', {
    ...submit.data,
    caseRef,
    urgency: 'normaal',
    delivery: 'schriftelijk',
    necessity: 'Nodig voor de risicotaxatie bij opname; minder informatie volstaat niet.',
  });
}

describe('reaching people who never opened Deelwijzer, through Microsoft Graph', function () {
  this.timeout(60_000);
  const graph = new FakeGraph();
  const dir = mkdtempSync(join(tmpdir(), 'deelwijzer-graph-'));
  const mappingFile = join(dir, 'groups.yaml');
  const caFile = join(dir, 'ca.pem');
  let h: Harness;

  before(async () => {
    await graph.start();
    writeFileSync(mappingFile, mapping);
    writeFileSync(caFile, graph.ca);
  });
  after(() => graph.stop());
  beforeEach(async () => {
    graph.installed.clear();
    graph.refuseInstall.clear();
    graph.setGroup('g-blijf-staff', SHELTER_TENANT, [{ id: 'sanne', displayName: 'Sanne de Boer' }]);
    graph.setGroup('g-blijf-managers', SHELTER_TENANT, [{ id: 'karin', displayName: 'Karin Smit' }]);
    graph.setGroup('g-blijf-privacy', SHELTER_TENANT, [{ id: 'joost', displayName: 'Joost Mulder' }]);
    graph.setGroup('g-ams-contacts', POLICE_TENANT, [{ id: 'ruben', displayName: 'Ruben Visser' }]);
    graph.setGroup('g-police-privacy', POLICE_TENANT, [{ id: 'pieter', displayName: 'Pieter Kok' }]);
    h = new Harness();
    await h.start((serviceUrl) => ({
      GRAPH_DIRECTORY_FILE: mappingFile,
      GRAPH_CLIENT_ID: 'deelwijzer-app',
      GRAPH_CLIENT_SECRET: 'secret',
      GRAPH_BASE_URL: graph.baseUrl,
      GRAPH_AUTHORITY_HOST: graph.baseUrl,
      GRAPH_TLS_CA_FILE: caFile,
      TEAMS_APP_CATALOG_ID: CATALOG_APP_ID,
      TEAMS_SERVICE_URL: serviceUrl,
      DIRECTORY_REFRESH_MS: '0',
      ALLOWED_TENANTS: `${SHELTER_TENANT},${POLICE_TENANT}`,
    }));
    await h.install(shelter);
  });
  afterEach(() => h.stop());

  it('installs the app for a contact person without a conversation and delivers the request to the chat it opens', async () => {
    const filed = await fileRequest(h, 'BG-2026-0301');
    assert.match(cardText(cardOf(filed.replies[0])), /Ruben Visser/);
    assert.equal(graph.installed.get('ruben'), CATALOG_APP_ID);
    const delivered = (await h.drain()).find((s) => inChat(s, 'ruben'));
    assert.ok(delivered, 'the approval card went to the chat Graph opened');
    assert.ok(actionByVerb(cardOf(delivered), 'request.approve'), 'with Goedkeuren');

    const requestId = actionByVerb(filed.card, 'request.withdraw')!.data!.requestId as string;
    const approved = await h.execute(police, 'request.approve', { requestId, lang: 'nl' });
    assert.match(cardText(approved.card), /Goedgekeurd door Ruben Visser/, 'the police tenant’s user decides as police contact');
  });

  it('sends the reminder to a contact added to the group after the request was filed', async () => {
    graph.setGroup('g-ams-contacts', POLICE_TENANT, []);
    const filed = await fileRequest(h, 'BG-2026-0302');
    const requestId = actionByVerb(filed.card, 'request.withdraw')!.data!.requestId as string;
    graph.setGroup('g-ams-contacts', POLICE_TENANT, [{ id: 'ruben', displayName: 'Ruben Visser' }]);
    await (h.directory as GraphDirectory).refresh();
    await h.db
      .updateTable('requests')
      .set({ created_at: new Date(Date.now() - 14 * 86_400_000).toISOString() })
      .where('id', '=', requestId)
      .execute();
    const run = await h.requests.runDeadlines();
    assert.equal(run.reminded, 1);
    const reminder = (await h.drain()).find((s) => inChat(s, 'ruben') && /Herinnering/.test(cardText(cardOf(s))));
    assert.ok(reminder, 'the reminder reached the chat Graph opened');
  });

  it('sends the weekly digest to a manager who never opened Deelwijzer', async () => {
    const week = isoWeekOf(todayInAmsterdam());
    const result = await h.digests.send(week);
    assert.deepEqual(result.sent, ['karin']);
    const digest = (await h.drain()).find((s) => inChat(s, 'karin'));
    assert.ok(digest, 'the digest reached the chat Graph opened');
    assert.match(cardText(cardOf(digest)), new RegExp(week.replace('-', '.*')));
  });

  it('sends a breach report to the privacy officer and the police contact, neither of whom opened Deelwijzer', async () => {
    const now = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .format(new Date(Date.now() - 30 * 60_000))
      .split(' ');
    const res = await h.execute(shelter, 'breach.report', {
      lang: 'nl',
      kind: 'lost_device',
      discoveredDate: now[0],
      discoveredTime: now[1],
      encrypted: 'no',
      parties: 'politie:amsterdam,blijf-groep',
      subjects: 'slachtoffer',
      data: 'naw',
      people: '2-10',
    });
    assert.match(cardText(cardOf(res.replies[0])), /is gemeld aan Joost Mulder, Ruben Visser/);
    const sent = await h.drain();
    assert.ok(
      sent.find((s) => inChat(s, 'joost')),
      'the privacy officer got the card',
    );
    assert.ok(
      sent.find((s) => inChat(s, 'ruben')),
      'the police contact got the card',
    );
  });

  it('alerts the privacy officer with the reason when Teams refuses the installation, and says so to the requester', async () => {
    graph.refuseInstall.add('ruben');
    const filed = await fileRequest(h, 'BG-2026-0303');
    assert.match(cardText(cardOf(filed.replies[0])), /Je privacy officer is gewaarschuwd/);
    const toPoliceOfficer = (await h.drain()).filter((s) => inChat(s, 'pieter')).map((s) => cardText(cardOf(s)));
    assert.ok(
      toPoliceOfficer.some((t) => /kan Ruben Visser \(politie[^)]*\) niet bereiken/.test(t) && /TeamsAppInstallation\.ReadWriteSelfForUser\.All/.test(t)),
      toPoliceOfficer.join('\n'),
    );
  });

  it('does not claim a privacy officer was alerted when none could be reached', async () => {
    for (const id of ['ruben', 'pieter', 'joost']) graph.refuseInstall.add(id);
    const filed = await fileRequest(h, 'BG-2026-0304');
    const told = cardText(cardOf(filed.replies[0]));
    assert.doesNotMatch(told, /is gewaarschuwd/);
    assert.match(told, /geen privacy officer die Deelwijzer kon waarschuwen/);
    assert.equal((await h.db.selectFrom('outbox').select('id').where('kind', 'in', ['routing-alert', 'reach-alert']).execute()).length, 0);
  });
});
