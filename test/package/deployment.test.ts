// The Azure deployment files hang together: every template and parameter teamsapp.yml names exists,
// and every parameter given is one the Bicep template declares (offline: Azure itself is not reached).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(__dirname, '..', '..');

describe('the Azure deployment', () => {
  const project = parse(readFileSync(join(root, 'teamsapp.yml'), 'utf8')) as {
    provision: { uses: string; with?: { templates?: { path: string; parameters: string }[] } }[];
    deploy: { uses: string; with?: Record<string, string> }[];
  };
  const arm = project.provision.find((step) => step.uses === 'arm/deploy');

  it('provisions App Service, PostgreSQL and the Azure Bot from infra/azure.bicep', () => {
    assert.ok(arm, 'an arm/deploy step');
    const template = arm.with!.templates![0]!;
    assert.ok(existsSync(join(root, template.path)));
    const bicep = readFileSync(join(root, template.path), 'utf8');
    for (const type of ['Microsoft.Web/serverfarms', 'Microsoft.Web/sites', 'Microsoft.DBforPostgreSQL/flexibleServers', 'Microsoft.BotService/botServices'])
      assert.match(bicep, new RegExp(type.replace('/', '\\/')));
    const declared = new Set([...bicep.matchAll(/^param (\w+)/gm)].map((m) => m[1]));
    const given = Object.keys((JSON.parse(readFileSync(join(root, template.parameters), 'utf8')) as { parameters: Record<string, unknown> }).parameters);
    for (const name of given) assert.ok(declared.has(name), `parameter ${name} is declared in the template`);
  });

  it('gives the web app the production settings the bot checks at start-up', () => {
    const bicep = readFileSync(join(root, 'infra', 'azure.bicep'), 'utf8');
    for (const setting of ['NODE_ENV', 'BOT_ID', 'BOT_PASSWORD', 'ALLOWED_TENANTS', 'DATABASE_URL']) assert.match(bicep, new RegExp(`name: '${setting}'`));
    assert.match(bicep, /sslmode=require/);
  });

  it('builds and deploys the bot to the App Service the template outputs', () => {
    const zip = project.deploy.find((step) => step.uses === 'azureAppService/zipDeploy');
    assert.equal(zip?.with?.resourceId, '${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}');
    assert.match(readFileSync(join(root, 'infra', 'azure.bicep'), 'utf8'), /output BOT_AZURE_APP_SERVICE_RESOURCE_ID/);
    assert.ok(project.deploy.some((step) => step.uses === 'cli/runNpmCommand' && step.with?.args === 'run build'));
  });
});
