// The ids of processed messages are kept for a month (Teams redelivers within minutes); welcomes for good.
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDatabase } from '../../src/store/database';
import { sqlStore } from '../../src/store/sql-store';
import { Harness } from './harness';

const directory = join(__dirname, '..', '..', 'config', 'demo-directory.yaml');

describe('the processed message ids', function () {
  this.timeout(20_000);
  const path = join(tmpdir(), `deelwijzer-processed-${process.pid}-${Date.now()}.db`);
  const h = new Harness();
  after(() => h.stop());

  it('are forgotten by the purge when older than a month, while welcomes and recent ids stay', async () => {
    const db = openDatabase({ kind: 'sqlite', path });
    await migrate(db);
    const store = sqlStore(db);
    const monthsAgo = new Date(Date.now() - 40 * 86_400_000).toISOString();
    await store.markProcessed('conv-1/act-old', monthsAgo);
    await store.markProcessed('action/conv-1/act-old-card', monthsAgo);
    await store.markProcessed('welcome/conv-1', monthsAgo);
    await store.markProcessed('conv-1/act-recent', new Date(Date.now() - 86_400_000).toISOString());
    await store.close();

    // The purge runs once at start and then every PURGE_INTERVAL_MS.
    await h.start({ DIRECTORY_FILE: directory, DATABASE_URL: `sqlite:${path}`, PURGE_INTERVAL_MS: '3600000' });
    const reader = openDatabase({ kind: 'sqlite', path });
    let kept: string[] = [];
    for (let attempt = 0; attempt < 100; attempt++) {
      kept = (await reader.selectFrom('processed_activities').select('activity_id').orderBy('activity_id').execute()).map((r) => r.activity_id);
      if (kept.length < 4) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await reader.destroy();
    assert.deepEqual(kept, ['conv-1/act-recent', 'welcome/conv-1']);
  });
});
