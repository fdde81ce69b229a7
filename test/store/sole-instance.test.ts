// SQLite serves one bot instance: a second one on the same file does not start.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimSoleInstance, SecondInstanceError } from '../../src/store/sole-instance';
import { start } from '../../src/index';
import { QUIET_BOT_ENV } from '../bot/harness';

let counter = 0;
const freshPath = () => join(tmpdir(), `deelwijzer-sole-${process.pid}-${Date.now()}-${++counter}.db`);

describe('one bot instance per SQLite database', () => {
  it('refuses a second claim on the same file, naming PostgreSQL for several instances', () => {
    const path = freshPath();
    const first = claimSoleInstance(path);
    try {
      assert.throws(
        () => claimSoleInstance(path),
        (error: Error) => error instanceof SecondInstanceError && /PostgreSQL/.test(error.message) && error.message.includes(path),
      );
    } finally {
      first.release();
    }
  });

  it('lets a released claim be taken again', () => {
    const path = freshPath();
    claimSoleInstance(path).release();
    claimSoleInstance(path).release();
  });

  it('frees the claim of a process killed with SIGKILL at once', async () => {
    const path = freshPath();
    const holder = spawn(
      process.execPath,
      [
        '-r',
        'tsx/cjs',
        '-e',
        `require(${JSON.stringify(join(__dirname, '..', '..', 'src', 'store', 'sole-instance.ts'))}).claimSoleInstance(${JSON.stringify(path)}); console.log('claimed'); setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await once(holder.stdout!, 'data');
    assert.throws(() => claimSoleInstance(path), SecondInstanceError);
    holder.kill('SIGKILL');
    await once(holder, 'exit');
    claimSoleInstance(path).release();
  });

  it('does not start a second bot on the same SQLite database, and starts one after the first stopped', async () => {
    const env = {
      PORT: '0',
      ...QUIET_BOT_ENV,
      DATABASE_URL: `sqlite:${freshPath()}`,
    };
    const first = await start(env);
    await assert.rejects(start(env), SecondInstanceError);
    first.server.close();
    await once(first.server, 'close');
    const again = await start(env);
    again.server.close();
  });
});
