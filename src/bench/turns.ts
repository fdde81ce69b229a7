// Turn throughput, latency, memory and cold start of Deelwijzer against a minimal echo bot, each in its
// own process, driven over HTTP by the same load generator with a fake Teams connector.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../net/free-port';

const ROOT = join(__dirname, '..', '..', '..');
const QUESTION = 'Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?';
/** The first turns of the total are a warm-up under the same load; the rest are measured. */
export const WARM_UP_TURNS = 2_000;
const USER = { id: '29:bench', aadObjectId: '00000000-0000-0000-0000-0000000000a2', name: 'Bench' };

export interface TurnResult {
  name: string;
  turnsPerSecond: number;
  p50: number;
  p99: number;
  rssMb: number;
  coldStartMs: number;
  /** CPU time (user + system) the bot's process spent per measured turn, in milliseconds. */
  cpuMsPerTurn: number;
}

const drain = (req: IncomingMessage) => new Promise<void>((resolve) => req.on('data', () => undefined).on('end', () => resolve()));

async function connector() {
  let replies = 0;
  const waiters: (() => void)[] = [];
  const server = createServer(async (req, res) => {
    await drain(req);
    replies++;
    waiters.splice(0).forEach((w) => w());
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `r${replies}` }));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    replies: () => replies,
    nextReply: () => new Promise<void>((resolve) => waiters.push(resolve)),
    close: () => server.close(),
  };
}

function activity(serviceUrl: string, n: number) {
  return {
    type: 'message',
    id: `bench-${n}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: USER,
    recipient: { id: '28:bot', name: 'Deelwijzer' },
    conversation: { id: 'bench-conversation', conversationType: 'personal', tenantId: 'tenant-bench' },
    channelData: { tenant: { id: 'tenant-bench' } },
    locale: 'nl-NL',
    text: QUESTION,
  };
}

/** User + system CPU time of a process so far, in milliseconds (Linux clock ticks are 1/100 s). */
const cpuMs = (child: ChildProcess) => {
  const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

const rssMb = (child: ChildProcess) => {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};

async function post(port: number, body: unknown) {
  const res = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`status ${res.status}`);
}

/** `turns` in all (the first WARM_UP_TURNS not measured); RSS is read after the last. */
export async function benchTurns(name: string, script: string, env: Record<string, string>, turns: number, concurrency: number): Promise<TurnResult> {
  const measured = turns - WARM_UP_TURNS;
  const conn = await connector();
  const port = await freePort();
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [script], { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port), NODE_ENV: 'test', LOG_LEVEL: 'silent' }, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    // Cold start: from spawning the process to the first answered message.
    for (;;) {
      // A bot that cannot start (a build error, a bad setting) would otherwise be waited for forever.
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} stopped before it answered (exit ${child.exitCode ?? child.signalCode})`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200) break;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const firstReply = conn.nextReply();
    await post(port, activity(conn.url, 0));
    await firstReply;
    const coldStartMs = Number(process.hrtime.bigint() - started) / 1e6;
    // Turns `first` to `last` (inclusive), `concurrency` at a time; latencies[n - first] when given.
    const drive = async (first: number, last: number, latencies?: Float64Array) => {
      let next = first;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          for (let n = next++; n <= last; n = next++) {
            const s = process.hrtime.bigint();
            await post(port, activity(conn.url, n));
            if (latencies) latencies[n - first] = Number(process.hrtime.bigint() - s) / 1e6;
          }
        }),
      );
    };
    // Warm-up under the same load: after 200 turns one at a time the echo bot's rounds still varied by ±5 %.
    await drive(-WARM_UP_TURNS, -1);
    const latencies = new Float64Array(measured);
    const cpu0 = cpuMs(child);
    const t0 = process.hrtime.bigint();
    await drive(1, measured, latencies);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpuMsPerTurn = (cpuMs(child) - cpu0) / measured;
    latencies.sort();
    return { name, turnsPerSecond: measured / seconds, p50: latencies[Math.floor(measured * 0.5)]!, p99: latencies[Math.floor(measured * 0.99)]!, rssMb: rssMb(child), coldStartMs, cpuMsPerTurn };
  } finally {
    child.kill('SIGTERM');
    conn.close();
  }
}

/**
 * Echo bot and Deelwijzer in turns (echo, bot, echo, bot, …), so a slow spell of the machine hits both;
 * each round's ratio is computed from its own pair.
 */
export async function compareWithEcho(turns = 10_000, concurrency = 8, rounds = 3): Promise<{ echo: TurnResult; bot: TurnResult }[]> {
  const dist = join(ROOT, 'dist', 'src');
  const results: { echo: TurnResult; bot: TurnResult }[] = [];
  for (let round = 0; round < rounds; round++) {
    const echo = await benchTurns('echo bot (teams-ai, one card)', join(dist, 'bench', 'echo-bot.js'), {}, turns, concurrency);
    const bot = await benchTurns(
      'Deelwijzer, question turn',
      join(dist, 'index.js'),
      {
        DIRECTORY_FILE: join(ROOT, 'config', 'demo-directory.yaml'),
        DATABASE_URL: `sqlite:${join(tmpdir(), `deelwijzer-bench-${process.pid}-${Date.now()}.db`)}`,
        OUTBOX_INTERVAL_MS: '0',
        DEADLINE_INTERVAL_MS: '0',
        PURGE_INTERVAL_MS: '0',
        DIGEST_CRON: 'off',
      },
      turns,
      concurrency,
    );
    results.push({ echo, bot });
  }
  return results;
}
