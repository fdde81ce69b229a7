// `npm run --silent audit:verify`: checks the audit log's hash chain in the database of DATABASE_URL.
// Exit 0 when it verifies; 1 naming the first bad entry; 2 when the database cannot be read.
import { configSchema } from '../config/config';
import { verifyChain } from '../requests/audit-chain';
import { migrate, openDatabase } from '../store/database';
import { sqlStore } from '../store/sql-store';

async function main() {
  const parsed = configSchema.shape.DATABASE_URL.safeParse(process.env.DATABASE_URL);
  if (!parsed.success) {
    process.stderr.write(`audit:verify: ${parsed.error.issues.map((i) => i.message).join('; ')}\n`);
    process.exit(2);
  }
  const db = openDatabase(parsed.data);
  try {
    await migrate(db);
    const store = sqlStore(db);
    const check = verifyChain(await store.readAudit(), await store.readAuditAnchor());
    if (check.ok) {
      process.stdout.write(`audit-log klopt: ${check.entries} regels, keten ongeschonden\n`);
      return 0;
    }
    process.stdout.write(`audit-log klopt NIET: regel ${check.seq}: ${check.reason}\n`);
    return 1;
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`audit:verify: de database uit DATABASE_URL is niet te lezen: ${error.message}\n`);
    process.exit(2);
  },
);
