// `npm test`: sets up what the tests need on this machine (test/setup/plan.ts decides what), then runs the
// type check, lint, format check and mocha (arguments go to mocha), then stops what it started.
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/net/free-port';
import { planTestSetup, type Machine, type Package } from './plan';

const ROOT = join(__dirname, '..', '..');
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const say = (line: string) => process.stderr.write(`test setup: ${line}\n`);

const succeeds = (command: string, args: string[], options: SpawnSyncOptions = {}) => spawnSync(command, args, { stdio: 'ignore', ...options }).status === 0;
const onPath = (command: string) => succeeds('sh', ['-c', `command -v ${command}`]);

/** The directory holding initdb and pg_ctl: Debian's newest /usr/lib/postgresql/<version>/bin, else the PATH. */
function postgresBin(): string | null {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  return onPath('initdb') && onPath('pg_ctl') ? '' : null;
}

function machine(): Machine {
  return {
    root: process.getuid?.() === 0,
    debian: existsSync('/etc/debian_version') && onPath('apt-get'),
    chromium: existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
    postgresBinaries: postgresBin() !== null,
    postgresUrl: Boolean(process.env.TEST_POSTGRES_URL),
  };
}

function run(command: string, args: string[], what: string, options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], ...options });
  if (result.status !== 0) throw new Error(`${what} failed (${command} ${args.join(' ')}: exit ${result.status ?? result.signal})`);
}

function install(packages: Package[]) {
  say(`installing ${packages.join(' ')} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], 'apt-get update', { env });
  run('apt-get', ['install', '-y', '-qq', ...packages], 'apt-get install', { env });
}

/** A PostgreSQL in a temporary directory on a free port, with the role and database the store tests use. */
async function startPostgres(runAs: 'postgres' | null): Promise<{ url: string; stop(): void }> {
  const binDir = postgresBin();
  if (binDir === null) throw new Error('initdb not found after installing postgresql');
  const dir = mkdtempSync(join(tmpdir(), 'deelwijzer-pg-'));
  const data = join(dir, 'data');
  const port = await freePort();
  const asUser = (command: string, args: string[]): [string, string[]] => (runAs ? ['runuser', ['-u', runAs, '--', join(binDir, command), ...args]] : [join(binDir, command), args]);
  if (runAs) {
    const uid = Number(spawnSync('id', ['-u', runAs], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', runAs], { encoding: 'utf8' }).stdout.trim());
    if (!Number.isInteger(uid)) throw new Error(`user ${runAs} not found (the postgresql package creates it)`);
    chownSync(dir, uid, gid);
  }
  run(...asUser('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-locale', '-E', 'UTF8']), 'initdb');
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  run(...asUser('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', 'start']), 'starting PostgreSQL');
  const stop = () => {
    spawnSync(...asUser('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']), { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const sqlLines = ["create role deelwijzer login password 'deelwijzer'", 'create database deelwijzer_test owner deelwijzer'];
    run(...asUser('psql', ['-q', '-h', dir, '-p', String(port), '-U', 'postgres', '-d', 'postgres', ...sqlLines.flatMap((s) => ['-c', s])]), 'creating the test database');
  } catch (error) {
    stop();
    throw error;
  }
  say(`PostgreSQL started for the store tests on 127.0.0.1:${port} (temporary, stopped afterwards)`);
  return { url: `postgres://deelwijzer:deelwijzer@127.0.0.1:${port}/deelwijzer_test`, stop };
}

function runTests(env: NodeJS.ProcessEnv, mochaArgs: string[]): Promise<number> {
  const step = (command: string, args: string[]) =>
    new Promise<number>((resolve) => spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' }).on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  const then = (next: () => Promise<number>) => (status: number) => (status === 0 ? next() : status);
  return step(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'])
    .then(then(() => step(bin('eslint'), ['.'])))
    .then(then(() => step(bin('prettier'), ['--check', '--log-level', 'warn', 'src/**/*.ts', 'test/**/*.ts'])))
    .then(then(() => step(bin('mocha'), mochaArgs)));
}

async function main(): Promise<number> {
  const plan = planTestSetup(machine());
  if (plan.kind === 'stop') {
    process.stderr.write(`${plan.message}\n`);
    return 1;
  }
  if (plan.install.length > 0) install(plan.install);
  const postgres = plan.throwawayPostgres ? await startPostgres(plan.throwawayPostgres.runAs) : null;
  // Ctrl+C reaches the tests too; this process waits for them and then stops PostgreSQL.
  process.on('SIGINT', () => undefined);
  try {
    return await runTests({ ...process.env, ...(postgres ? { TEST_POSTGRES_URL: postgres.url } : {}) }, process.argv.slice(2));
  } finally {
    postgres?.stop();
  }
}

main().then(
  (status) => process.exit(status),
  (error: Error) => {
    process.stderr.write(`test setup: ${error.message}\n`);
    process.exit(1);
  },
);
