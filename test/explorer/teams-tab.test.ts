// The explorer is a static tab of the Teams app: the manifest points at GET /covenants on the bot's domain.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { APP_PACKAGE_DIR, readManifest } from '../../src/package/manifest';

const env = { TEAMS_APP_ID: '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f', BOT_ID: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', BOT_DOMAIN: 'deelwijzer.example.org', APP_NAME_SUFFIX: '' };

describe('the explorer as a Teams static tab', () => {
  const manifest = JSON.parse(readManifest(env).text);

  it('opens /covenants on the bot’s domain in the user’s language, beside the chat', async () => {
    const tab = manifest.staticTabs.find((t: { entityId: string }) => t.entityId === 'covenants');
    assert.equal(tab.contentUrl, 'https://deelwijzer.example.org/covenants?lang={locale}');
    assert.deepEqual(tab.scopes, ['personal']);
    assert.ok(
      manifest.staticTabs.some((t: { entityId: string }) => t.entityId === 'conversations'),
      'the chat stays a tab',
    );
    assert.ok(manifest.validDomains.includes('deelwijzer.example.org'));
    assert.deepEqual(await AppManifestUtils.validateAgainstSchema(manifest), []);
  });

  it('names the tab in English too', () => {
    const en = JSON.parse(readFileSync(join(APP_PACKAGE_DIR, 'en-us.json'), 'utf8'));
    assert.equal(en[`staticTabs[${manifest.staticTabs.findIndex((t: { entityId: string }) => t.entityId === 'covenants')}].name`], 'Covenants');
  });
});
