// Starts the bot and the Microsoft 365 Agents Playground (channel msteams, telemetry off) side by side:
// `npm run playground` opens one playground per role, each on its own port with its own current user.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFor, DEMO_ROLES } from './roles';

const ROOT = join(__dirname, '..', '..');
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

export interface Playground {
  botPort: number;
  playgroundPort: number;
  url: string;
  stop(): void;
}

async function waitFor(url: string, timeoutMs: number, exited: () => string | null): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const failure = exited();
    if (failure) throw new Error(failure);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} answered nothing within ${timeoutMs / 1000} s`);
}

/**
 * Starts one more playground window on a running bot, from `configDir` (its own
 * .m365agentsplayground.yml with another current user): two users talking to one bot.
 */
export async function launchPlaygroundClient(options: { botPort: number; playgroundPort: number; configDir: string; quiet?: boolean }): Promise<{ url: string; stop(): void }> {
  let exit: string | null = null;
  const child = spawn(bin('agentsplayground'), ['start', '-e', `http://127.0.0.1:${options.botPort}/api/messages`, '-c', 'msteams', '--dt', '-p', String(options.playgroundPort)], {
    cwd: options.configDir,
    stdio: ['pipe', options.quiet ? 'ignore' : 'inherit', options.quiet ? 'ignore' : 'inherit'],
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', LANG: process.env.PLAYGROUND_LANG ?? 'nl_NL.UTF-8', LC_ALL: process.env.PLAYGROUND_LANG ?? 'nl_NL.UTF-8' },
  });
  child.on('exit', (code) => (exit = `playground stopped (exit ${code})`));
  const stop = () => void (child.exitCode === null && child.kill('SIGTERM'));
  try {
    await waitFor(`http://127.0.0.1:${options.playgroundPort}/`, 60_000, () => exit);
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${options.playgroundPort}/`, stop };
}

/** A directory holding the project's playground configuration with `userId` as the current user. */
export function configDirFor(userId: string): string {
  const dir = mkdtempSync(join(tmpdir(), `deelwijzer-${userId}-`));
  writeFileSync(join(dir, '.m365agentsplayground.yml'), configFor(readFileSync(join(ROOT, '.m365agentsplayground.yml'), 'utf8'), userId));
  return dir;
}

export async function launchPlayground(options: { botPort?: number; playgroundPort?: number; configDir?: string; env?: Record<string, string>; quiet?: boolean } = {}): Promise<Playground> {
  const botPort = options.botPort ?? 3978;
  const playgroundPort = options.playgroundPort ?? 56150;
  const stdio = options.quiet ? 'ignore' : 'inherit';
  const children: ChildProcess[] = [];
  const exits: string[] = [];
  const track = (name: string, child: ChildProcess) => {
    children.push(child);
    child.on('exit', (code) => exits.push(`${name} stopped (exit ${code})`));
    return child;
  };
  const stop = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));

  track(
    'bot',
    spawn(bin('tsx'), [join(ROOT, 'src', 'index.ts')], {
      cwd: ROOT,
      stdio,
      env: { ...process.env, PORT: String(botPort), DIRECTORY_FILE: join(ROOT, 'config', 'demo-directory.yaml'), ...options.env },
    }),
  );
  try {
    await waitFor(`http://127.0.0.1:${botPort}/healthz`, 30_000, () => exits[0] ?? null);
    track(
      'playground',
      spawn(bin('agentsplayground'), ['start', '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '--dt', '-p', String(playgroundPort)], {
        cwd: options.configDir ?? ROOT,
        // The playground quits when its standard input closes: give it a pipe that stays open.
        stdio: ['pipe', options.quiet ? 'ignore' : 'inherit', options.quiet ? 'ignore' : 'inherit'],
        env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', LANG: process.env.PLAYGROUND_LANG ?? 'nl_NL.UTF-8', LC_ALL: process.env.PLAYGROUND_LANG ?? 'nl_NL.UTF-8' },
      }),
    );
    await waitFor(`http://127.0.0.1:${playgroundPort}/`, 60_000, () => exits[0] ?? null);
  } catch (error) {
    stop();
    throw error;
  }
  return { botPort, playgroundPort, url: `http://127.0.0.1:${playgroundPort}/`, stop };
}

export interface Demo {
  windows: { url: string; who: string }[];
  stop(): void;
}

/** The bot and one playground window per role of DEMO_ROLES, on consecutive ports from `firstPort`. */
export async function launchDemo(options: { botPort?: number; firstPort?: number; env?: Record<string, string>; quiet?: boolean } = {}): Promise<Demo> {
  const firstPort = options.firstPort ?? 56150;
  const [first, ...others] = DEMO_ROLES;
  const bot = await launchPlayground({ botPort: options.botPort, playgroundPort: firstPort, configDir: configDirFor(first!.userId), env: options.env, quiet: options.quiet });
  const clients: { url: string; stop(): void }[] = [];
  const stop = () => {
    clients.forEach((c) => c.stop());
    bot.stop();
  };
  try {
    for (const [i, role] of others.entries()) {
      clients.push(await launchPlaygroundClient({ botPort: bot.botPort, playgroundPort: firstPort + i + 1, configDir: configDirFor(role.userId), quiet: options.quiet }));
    }
  } catch (error) {
    stop();
    throw error;
  }
  return { windows: [{ url: bot.url, who: first!.who }, ...clients.map((c, i) => ({ url: c.url, who: others[i]!.who }))], stop };
}

if (require.main === module) {
  launchDemo({ botPort: Number(process.env.PORT) || undefined, firstPort: Number(process.env.PLAYGROUND_PORT) || undefined, quiet: !process.env.PLAYGROUND_VERBOSE })
    .then((demo) => {
      const lines = demo.windows.map((w) => `  ${w.url}  ${w.who}`);
      process.stdout.write(`\nDeelwijzer draait. Open een venster per rol (dezelfde bot, elk een eigen gebruiker):\n${lines.join('\n')}\n(Ctrl+C stopt bot en playgrounds)\n`);
      const shutdown = () => {
        demo.stop();
        process.exit(0);
      };
      process.on('SIGINT', shutdown);
      process.on('SIGTERM', shutdown);
    })
    .catch((error: Error) => {
      process.stderr.write(`playground: ${error.message}\n`);
      process.exit(1);
    });
}
