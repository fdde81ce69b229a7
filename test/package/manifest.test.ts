// The Teams package: a manifest valid against the bundled schema, real icons, commands the bot knows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { PNG } from 'pngjs';
import { APP_PACKAGE_DIR, readManifest } from '../../src/package/manifest';

const env = { TEAMS_APP_ID: '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f', BOT_ID: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', BOT_DOMAIN: 'deelwijzer.example.org', APP_NAME_SUFFIX: '' };

describe('the Teams app package', () => {
  it('has a manifest that is valid against the schema bundled in @microsoft/app-manifest', async () => {
    const { text, missing } = readManifest(env);
    assert.deepEqual(missing, []);
    const manifest = JSON.parse(text);
    assert.ok(Number(manifest.manifestVersion) >= 1.19);
    const errors = await AppManifestUtils.validateAgainstSchema(manifest);
    assert.deepEqual(errors, []);
  });

  it('takes its ids from the environment', () => {
    const manifest = JSON.parse(readManifest(env).text);
    assert.equal(manifest.id, env.TEAMS_APP_ID);
    assert.equal(manifest.bots[0].botId, env.BOT_ID);
  });

  it('lists the commands the bot answers', () => {
    const manifest = JSON.parse(readManifest(env).text);
    const titles = manifest.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title);
    assert.deepEqual(titles, ['help', 'voorbeelden', 'profiel']);
  });

  it('has a 192×192 colour icon and a 32×32 outline icon in white on transparent', () => {
    const color = PNG.sync.read(readFileSync(join(APP_PACKAGE_DIR, 'color.png')));
    assert.deepEqual([color.width, color.height], [192, 192]);
    const outline = PNG.sync.read(readFileSync(join(APP_PACKAGE_DIR, 'outline.png')));
    assert.deepEqual([outline.width, outline.height], [32, 32]);
    let opaque = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = [outline.data[i], outline.data[i + 1], outline.data[i + 2], outline.data[i + 3]];
      if (a === 0) continue;
      opaque++;
      assert.deepEqual([r, g, b], [255, 255, 255], `pixel ${i / 4} is not white`);
    }
    assert.ok(opaque > 50 && opaque < 32 * 32 * 0.8, 'outline has a visible shape on a transparent background');
  });

  it('translates the manifest into English', () => {
    const en = JSON.parse(readFileSync(join(APP_PACKAGE_DIR, 'en-us.json'), 'utf8'));
    assert.match(en['name.full'], /may I share/);
  });
});
