// `npm run --silent digest -- --week 2025-W10 [--manager AAD_ID] [--json] [--send]`: the managers' digests
// for a week, printed; with --send queued for delivery, still once per manager and week (the running bot
// delivers them from the outbox). Exit 0 on success, 2 on bad input or an unreadable database.
import { parseArgs } from 'node:util';
import { z } from 'zod/v4';
import { describeZodError } from '../ask/input';
import { configSchema } from '../config/config';
import { openDirectorySource } from '../directory/source';
import { DigestService } from '../digest/service';
import { weekStart, weekWindow } from '../time/iso-weeks';
import { nowIso, todayInAmsterdam } from '../clock';
import { loadRules } from '../rules/load';
import { migrate, openDatabase } from '../store/database';
import type { Digest } from '../digest/compute';

const USAGE = 'gebruik: npm run --silent digest -- --week JJJJ-Www [--manager AAD_ID] [--json] [--send]';

const argsSchema = z.object({
  week: z
    .string({ error: '--week is verplicht, bijv. --week 2025-W10' })
    .trim()
    .refine((w) => weekStart(w) !== null, 'geen bestaande ISO-week; schrijf bijv. 2025-W10'),
  manager: z.string().trim().min(1).max(200).optional(),
  json: z.boolean().default(false),
  send: z.boolean().default(false),
});

function text(d: Digest): string {
  const r = d.requests;
  return [
    `Weekoverzicht ${d.week} voor ${d.managerId} (${d.scope}), ${d.firstDay} t/m ${d.lastDay}`,
    `  vragen ${d.questions.total}; verzoeken ingediend ${r.filed}, ontvangen ${r.received}, goedgekeurd ${r.approved}, afgewezen ${r.denied}, ingetrokken ${r.withdrawn}`,
    `  open ${r.pending} (over termijn ${r.overdue}, oudste ${r.oldestPendingWorkingDays ?? '-'} werkdagen); mediane beslistijd ${r.medianHoursToDecision ?? '-'} uur; escalaties ${r.escalations}; niet afgeleverd ${r.deadLetters}`,
  ].join('\n');
}

async function main(): Promise<number> {
  let raw;
  try {
    raw = parseArgs({ options: { week: { type: 'string' }, manager: { type: 'string' }, json: { type: 'boolean' }, send: { type: 'boolean' } }, strict: true }).values;
  } catch (error) {
    process.stderr.write(`digest: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const args = argsSchema.safeParse(raw);
  if (!args.success) {
    process.stderr.write(`digest: ${describeZodError(args.error)}\n${USAGE}\n`);
    return 2;
  }
  const config = configSchema.safeParse(process.env);
  if (!config.success) {
    process.stderr.write(`digest: ${config.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}\n`);
    return 2;
  }
  if (weekWindow(args.data.week).from > nowIso()) {
    process.stderr.write(`digest: week ${args.data.week} is nog niet begonnen\n`);
    return 2;
  }
  const db = openDatabase(config.data.DATABASE_URL);
  try {
    await migrate(db);
    const source = await openDirectorySource({ ...config.data, DIRECTORY_REFRESH_MS: 0 });
    const directory = source.directory;
    if (args.data.manager && !directory.find(args.data.manager)?.roles.includes('manager')) {
      process.stderr.write(`digest: ${args.data.manager} staat niet als manager in de lijst (DIRECTORY_FILE of GRAPH_DIRECTORY_FILE)\n`);
      return 2;
    }
    const service = new DigestService({ db, rules: loadRules(), directory, now: nowIso, today: todayInAmsterdam });
    const digests = await service.compute(args.data.week, args.data.manager);
    if (args.data.json) process.stdout.write(`${JSON.stringify(digests, null, 2)}\n`);
    else process.stdout.write(`${digests.map(text).join('\n\n') || 'Geen managers in de lijst.'}\n`);
    if (args.data.send) {
      const result = await service.send(args.data.week, args.data.manager);
      process.stderr.write(`verstuurd naar de outbox: ${result.sent.length}; al eerder verstuurd: ${result.already.length}; nooit bereikbaar: ${result.unreachable.length}\n`);
    }
    return 0;
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`digest: ${error.message}\n`);
    process.exit(2);
  },
);
