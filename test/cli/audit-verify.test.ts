// `audit:verify` as an operator runs it: green on an intact log, red naming the entry after an edit.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { migrate, openDatabase } from '../../src/store/database';
import { sqlStore } from '../../src/store/sql-store';

const root = join(__dirname, '..', '..');
const verify = (databaseUrl: string) =>
  spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'src', 'cli', 'audit-verify.ts')], { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: databaseUrl } });

describe('the audit:verify command', function () {
  this.timeout(30_000);

  it('passes on an intact log and fails naming the row after one audit row is edited', async () => {
    const path = join(tmpdir(), `deelwijzer-audit-${process.pid}.db`);
    const db = openDatabase({ kind: 'sqlite', path });
    await migrate(db);
    const store = sqlStore(db);
    for (let i = 0; i < 4; i++) await store.appendAudit('request.decided', { verdict: 'approved', i }, `2026-11-23T10:0${i}:00Z`);
    const ok = verify(`sqlite:${path}`);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /4 regels/);
    await sql`update audit_log set kind = 'request.withdrawn' where seq = 3`.execute(db);
    await store.close();
    const bad = verify(`sqlite:${path}`);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /regel 3/);
  });

  it('exits 2 with a message for an unusable DATABASE_URL', () => {
    const res = verify('mysql://db.example.org/deelwijzer');
    assert.equal(res.status, 2);
    assert.match(res.stderr, /DATABASE_URL/);
  });
});
