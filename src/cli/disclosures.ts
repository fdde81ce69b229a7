// `npm run --silent disclosures -- --case REF [--party P] [--json]`: every recorded disclosure for a case
// reference, from the audit log, to answer a data subject who asks where their data went (art. 11.2).
// Exit 0 with the list (possibly empty); 2 on bad input or an unreadable database.
import { parseArgs } from 'node:util';
import { z } from 'zod/v4';
import { configSchema } from '../config/config';
import { describeZodError } from '../ask/input';
import type { AuditEntry } from '../requests/audit-chain';
import { migrate, openDatabase } from '../store/database';
import { sqlStore } from '../store/sql-store';
import { dataLabel, purposeLabel, subjectLabel, parsePartyRef, partyRefLabel } from '../vocabulary';
import { amsterdamDate } from '../time/amsterdam';

const argsSchema = z.object({
  case: z.string({ error: '--case REF is verplicht' }).trim().min(1, '--case REF is verplicht').max(60),
  party: z.string().trim().max(100).optional(),
  json: z.boolean().default(false),
});

export interface Disclosure {
  at: string;
  requestId: string;
  caseRef: string;
  discloser: string;
  recipient: string;
  subject: string;
  data: string[];
  purpose: string;
  basis: string[];
  delivery: string;
  approvedBy: string;
}

/** The approvals in an audit log that concern a case reference (and, if given, the requesting party). Pure. */
export function disclosuresFor(entries: AuditEntry[], caseRef: string, party?: string): Disclosure[] {
  const wanted = caseRef.trim().toLowerCase();
  return entries
    .filter((e) => e.kind === 'request.approved' && String(e.data.caseRef ?? '').toLowerCase() === wanted)
    .filter((e) => !party || String(e.data.recipient ?? '').split(':')[0] === party.split(':')[0])
    .map((e) => ({
      at: e.at,
      requestId: String(e.data.requestId),
      caseRef: String(e.data.caseRef),
      discloser: String(e.data.discloser),
      recipient: String(e.data.recipient),
      subject: String(e.data.subject),
      data: (e.data.data as string[]) ?? [],
      purpose: String(e.data.purpose),
      basis: (e.data.articles as string[]) ?? [],
      delivery: String(e.data.delivery),
      approvedBy: String(e.data.actor),
    }));
}

const label = (ref: string) => {
  const parsed = parsePartyRef(ref);
  return 'error' in parsed ? ref : partyRefLabel(parsed, 'nl');
};

async function main(): Promise<number> {
  let raw;
  try {
    raw = parseArgs({ options: { case: { type: 'string' }, party: { type: 'string' }, json: { type: 'boolean' } }, strict: true }).values;
  } catch (error) {
    process.stderr.write(`disclosures: ${(error as Error).message}\ngebruik: npm run --silent disclosures -- --case REF [--party PARTIJ] [--json]\n`);
    return 2;
  }
  const args = argsSchema.safeParse(raw);
  if (!args.success) {
    process.stderr.write(`disclosures: ${describeZodError(args.error)}\ngebruik: npm run --silent disclosures -- --case REF [--party PARTIJ] [--json]\n`);
    return 2;
  }
  const target = configSchema.shape.DATABASE_URL.safeParse(process.env.DATABASE_URL);
  if (!target.success) {
    process.stderr.write(`disclosures: ${target.error.issues.map((i) => i.message).join('; ')}\n`);
    return 2;
  }
  const db = openDatabase(target.data);
  try {
    await migrate(db);
    const found = disclosuresFor(await sqlStore(db).readAudit(), args.data.case, args.data.party);
    if (args.data.json) {
      process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
      return 0;
    }
    if (found.length === 0) {
      process.stdout.write(`Geen verstrekkingen vastgelegd voor zaaknummer ${args.data.case}.\n`);
      return 0;
    }
    process.stdout.write(`Verstrekkingen voor zaaknummer ${args.data.case} (${found.length}):\n`);
    for (const d of found) {
      const data = d.data.map((c) => dataLabel(c).nl).join('; ');
      process.stdout.write(
        `- ${amsterdamDate(d.at)}: ${label(d.discloser)} aan ${label(d.recipient)}: ${data} over ${subjectLabel(d.subject).nl}, ` +
          `voor ${purposeLabel(d.purpose).nl}; grondslag ${d.basis.join(', ')}; ${d.delivery}; verzoek ${d.requestId}\n`,
      );
    }
    return 0;
  } finally {
    await db.destroy();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(`disclosures: de database uit DATABASE_URL is niet te lezen: ${error.message}\n`);
      process.exit(2);
    },
  );
}
