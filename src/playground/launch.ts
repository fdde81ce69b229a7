// Starts the bot and the Microsoft 365 Agents Playground (channel msteams, telemetry off) side by side.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

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

if (require.main === module) {
  launchPlayground()
    .then((p) => {
      process.stdout.write(`\nDeelwijzer draait in de Agents Playground: ${p.url}\n(Ctrl+C stopt bot en playground)\n`);
      const shutdown = () => {
        p.stop();
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
