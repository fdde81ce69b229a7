// Runs the weekly digest on its cron schedule (Europe/Amsterdam), and catches up once at start-up
// when the last scheduled run was missed because the bot was down.
import { Cron } from 'croner';
import type { DigestService } from './service';
import { AMSTERDAM } from '../time/amsterdam';
import { weekWindow } from '../time/iso-weeks';
import { errorFields } from '../log';

type Log = (event: string, fields: Record<string, string | number | boolean>) => void;

export function scheduleDigests(digests: DigestService, expression: string, log: Log, now: () => Date = () => new Date()): { stop(): void; catchUp: Promise<void> } {
  const run = async (reason: string) => {
    const week = digests.previousWeek();
    const result = await digests.sendAsLeader(week);
    if (result === 'skipped') return log('digest-run', { week, reason, skipped: true });
    log('digest-run', { week, reason, sent: result.sent.length, already: result.already.length, unreachable: result.unreachable.length });
  };
  const job = new Cron(expression, { timezone: AMSTERDAM, protect: true }, () => {
    run('schedule').catch((error: unknown) => log('digest-error', errorFields(error)));
  });
  // The first scheduled moment after last week ended: if it has passed, that run may have been missed.
  const firstDue = new Cron(expression, { timezone: AMSTERDAM, paused: true }).nextRun(new Date(weekWindow(digests.previousWeek()).to));
  const catchUp = firstDue && firstDue <= now() ? run('catch-up').catch((error: unknown) => log('digest-error', errorFields(error))) : Promise.resolve();
  return { stop: () => job.stop(), catchUp };
}
