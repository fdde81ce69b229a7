// The bot with the fixture covenants loaded, for the explorer's tests: its base URL and how to stop it.
import type { AddressInfo } from 'node:net';
import { start } from '../../src/index';
import { ALMERE_DIR, RENEWAL_DIR } from '../covenants/fixtures';
import { QUIET_BOT_ENV } from '../bot/harness';

/** `dirs`: the rulebook folders beside the built-in ones (by default the renewal and Almere fixtures). */
export async function startExplorerBot(dirs: string[] = [RENEWAL_DIR, ALMERE_DIR]): Promise<{ base: string; stop: () => Promise<void> }> {
  const bot = await start({
    PORT: '0',
    ...QUIET_BOT_ENV,
    DATABASE_URL: `sqlite:/tmp/deelwijzer-explorer-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.db`,
    RULEBOOK_DIRS: dirs.join(':'),
  });
  await new Promise<void>((resolve) => (bot.server.listening ? resolve() : bot.server.once('listening', () => resolve())));
  return {
    base: `http://127.0.0.1:${(bot.server.address() as AddressInfo).port}`,
    stop: async () => {
      bot.server.close();
      await bot.store.close();
    },
  };
}
