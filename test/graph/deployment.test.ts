// The Teams package and the deployment declare what the Graph directory and the installation need.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readManifest } from '../../src/package/manifest';
import { GROUP_PERMISSION } from '../../src/directory/graph-directory';
import { INSTALL_PERMISSION } from '../../src/graph/install';

const root = join(__dirname, '..', '..');

describe('the deployment for Microsoft Graph', () => {
  it('links the Teams app to the bot’s Entra app in webApplicationInfo', () => {
    const manifest = JSON.parse(readManifest({ TEAMS_APP_ID: 'app', BOT_ID: 'bot-id', BOT_DOMAIN: 'deelwijzer.example.org', APP_NAME_SUFFIX: '' }).text) as {
      webApplicationInfo?: { id: string; resource: string };
    };
    assert.deepEqual(manifest.webApplicationInfo, { id: 'bot-id', resource: 'api://deelwijzer.example.org/bot-id' });
  });

  it('asks for exactly the Graph application permissions the bot uses, on the app teamsapp.yml creates', () => {
    const project = parse(readFileSync(join(root, 'teamsapp.yml'), 'utf8')) as { provision: { uses: string; with?: { manifestPath?: string } }[] };
    const update = project.provision.find((step) => step.uses === 'aadApp/update');
    assert.ok(project.provision.some((step) => step.uses === 'aadApp/create'));
    const entra = JSON.parse(readFileSync(join(root, update!.with!.manifestPath!), 'utf8')) as { requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[] };
    const graph = entra.requiredResourceAccess.find((r) => r.resourceAppId === 'Microsoft Graph')!;
    assert.deepEqual(
      graph.resourceAccess,
      [GROUP_PERMISSION, INSTALL_PERMISSION].map((id) => ({ id, type: 'Role' })),
    );
  });

  it('lets the web app read the people from Graph and install itself when the parameters are given', () => {
    const bicep = readFileSync(join(root, 'infra', 'azure.bicep'), 'utf8');
    assert.match(bicep, /name: 'GRAPH_DIRECTORY_FILE', value: graphDirectoryFile/);
    assert.match(bicep, /name: 'TEAMS_APP_CATALOG_ID', value: teamsAppCatalogId/);
  });
});
