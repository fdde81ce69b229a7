// `npm run test:faults`: three bot instances on one PostgreSQL database, 10,000 mixed turns spread over
// them (questions, filings, decisions, redelivered duplicates) while instances are killed with SIGKILL
// and restarted at random. Afterwards: every acknowledged filing exists exactly once, every decision
// exactly once, one digest per manager and week, and the audit chain verifies. Run three times.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { freePort } from '../../src/net/free-port';
import { sql } from 'kysely';
import { verifyChain } from '../../src/requests/audit-chain';
import { migrate, openDatabase, type Db } from '../../src/store/database';
import { sqlStore } from '../../src/store/sql-store';

const ROOT = join(__dirname, '..', '..');
const URL_ = process.env.FAULT_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
const TURNS = Number(process.env.FAULT_TURNS ?? 10_000);
const RUNS = Number(process.env.FAULT_RUNS ?? 3);
const INSTANCES = 3;
const users = {
  staff: { id: '29:staff', aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Staff' },
  contact: { id: '29:contact', aadObjectId: '00000000-0000-0000-0000-0000000000a2', name: 'Contact' },
  manager: { id: '29:manager', aadObjectId: '00000000-0000-0000-0000-0000000000a4', name: 'Manager' },
  officer: { id: '29:officer', aadObjectId: '00000000-0000-0000-0000-0000000000a5', name: 'Officer' },
};
type UserKey = keyof typeof users;
const slots = { from: 'politie:amsterdam', to: 'blijf-groep', subject: 'pleger', data: 'geweldsincidenten', purpose: 'risicotaxatie', consent: false };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const drain = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    req.on('data', (c) => (body += c)).on('end', () => resolve(body));
  });

async function once(run: number) {
  const db: Db = openDatabase({ kind: 'postgres', url: URL_! });
  await sql`drop schema if exists public cascade`.execute(db);
  await sql`create schema public`.execute(db);
  await migrate(db);

  // The fake Teams connector: counts digest cards per conversation.
  const digests = new Map<string, number>();
  const connector = createServer(async (req, res) => {
    const body = await drain(req);
    if (req.method === 'POST' && body.includes('Weekoverzicht')) {
      const conversation = /conversations\/([^/]+)\//.exec(req.url ?? '')?.[1] ?? '?';
      digests.set(conversation, (digests.get(conversation) ?? 0) + 1);
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `sent-${Math.random().toString(36).slice(2)}` }));
  });
  await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
  const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;

  const ports = await Promise.all(Array.from({ length: INSTANCES }, () => freePort()));
  const procs: (ChildProcess | null)[] = new Array(INSTANCES).fill(null);
  const startInstance = (i: number) => {
    procs[i] = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'index.js')], {
      cwd: ROOT,
      stdio: 'ignore',
      env: {
        ...process.env,
        PORT: String(ports[i]),
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATABASE_URL: URL_!,
        DIRECTORY_FILE: join(ROOT, 'config', 'demo-directory.yaml'),
        OUTBOX_INTERVAL_MS: '200',
        DIGEST_CRON: '* * * * *',
        DEADLINE_INTERVAL_MS: '1000',
      },
    });
  };
  for (let i = 0; i < INSTANCES; i++) startInstance(i);
  const healthy = async (i: number) => {
    try {
      return (await fetch(`http://127.0.0.1:${ports[i]}/healthz`)).status === 200;
    } catch {
      return false;
    }
  };
  for (let i = 0; i < INSTANCES; i++) while (!(await healthy(i))) await sleep(50);

  let counter = 0;
  const activity = (who: UserKey, fields: Record<string, unknown>) => ({
    id: `run${run}-${++counter}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: users[who],
    recipient: { id: '28:bot', name: 'Deelwijzer' },
    conversation: { id: `conv-${who}`, conversationType: 'personal', tenantId: 'tenant-fault' },
    channelData: { tenant: { id: 'tenant-fault' } },
    locale: 'nl-NL',
    ...fields,
  });
  // A load balancer: try instances in turn until one answers; a killed one just fails the attempt.
  let rr = 0;
  const send = async (body: Record<string, unknown>): Promise<{ status: number; json: unknown } | null> => {
    for (let attempt = 0; attempt < 30; attempt++) {
      const i = rr++ % INSTANCES;
      try {
        const res = await fetch(`http://127.0.0.1:${ports[i]}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(10_000),
        });
        const text = await res.text();
        if (res.status >= 500) continue;
        return { status: res.status, json: text ? JSON.parse(text) : null };
      } catch {
        await sleep(20);
      }
    }
    return null;
  };

  for (const who of Object.keys(users) as UserKey[]) assert.ok(await send(activity(who, { type: 'conversationUpdate', membersAdded: [{ id: '28:bot' }, { id: users[who].id }] })));

  // Chaos: every 300-900 ms kill a random instance with SIGKILL and start it again shortly after.
  let chaos = true;
  let kills = 0;
  const chaosLoop = (async () => {
    while (chaos) {
      await sleep(300 + Math.random() * 600);
      if (!chaos) break;
      const i = Math.floor(Math.random() * INSTANCES);
      procs[i]?.kill('SIGKILL');
      kills++;
      await sleep(100 + Math.random() * 400);
      startInstance(i);
    }
  })();

  const acknowledgedFilings = new Map<string, string>(); // activity id → request id
  const acknowledgedDecisions = new Set<string>(); // request ids whose decision was answered as made
  const requestIds: string[] = [];
  let duplicates = 0;
  let next = 0;
  const started = Date.now();
  const worker = async () => {
    for (let n = next++; n < TURNS; n = next++) {
      const kind = n % 10;
      if (kind < 5) {
        await send(activity('staff', { type: 'message', text: 'Mag de politie Amsterdam ons de geweldsincidenten van de pleger geven voor de risicotaxatie?' }));
      } else if (kind < 8) {
        const body = activity('staff', {
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: {
            action: {
              type: 'Action.Execute',
              verb: 'request.file',
              data: { lang: 'nl', slots, caseRef: `BG-${run}-${n}`, urgency: 'normaal', delivery: 'schriftelijk', necessity: 'Voor de risicotaxatie.' },
            },
            trigger: 'manual',
          },
        });
        let res = await send(body);
        if (n % 7 === 0) {
          duplicates++;
          res = (await send(body)) ?? res; // Teams redelivers the same activity
        }
        const text = JSON.stringify(res?.json ?? '');
        const id = /"requestId":"([0-9a-f-]{36})"/.exec(text)?.[1];
        if (res?.status === 200 && id) {
          acknowledgedFilings.set(String(body.id), id);
          requestIds.push(id);
        }
      } else {
        const requestId = requestIds[Math.floor(Math.random() * requestIds.length)];
        if (!requestId) continue;
        const verb = kind === 8 ? 'request.approve' : 'request.deny';
        const res = await send(
          activity('contact', {
            type: 'invoke',
            name: 'adaptiveCard/action',
            value: { action: { type: 'Action.Execute', verb, data: { requestId, lang: 'nl', reason: 'Niet nodig.' } }, trigger: 'manual' },
          }),
        );
        if (res?.status === 200 && /(Goedgekeurd|Afgewezen) door/.test(JSON.stringify(res.json))) acknowledgedDecisions.add(requestId);
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  const seconds = (Date.now() - started) / 1000;
  chaos = false;
  await chaosLoop;
  for (let i = 0; i < INSTANCES; i++) while (!(await healthy(i))) await sleep(50);
  // Let the outbox and the digest schedule settle (claims of killed senders lapse after a minute).
  await sleep(Number(process.env.FAULT_SETTLE_MS ?? 70_000));

  const rows = await db.selectFrom('requests').select(['id', 'filed_activity', 'state']).execute();
  const byActivity = new Map(rows.map((r) => [r.filed_activity, r.id]));
  for (const [activityId, requestId] of acknowledgedFilings) {
    assert.equal(byActivity.get(`conv-staff/${activityId}`), requestId, `acknowledged filing ${activityId} is stored once, as the request it was answered with`);
  }
  assert.equal(new Set(rows.map((r) => r.filed_activity)).size, rows.length);
  const audit = await sqlStore(db).readAudit();
  const decisions = new Map<string, number>();
  for (const e of audit) if (e.kind === 'request.approved' || e.kind === 'request.denied') decisions.set(String(e.data.requestId), (decisions.get(String(e.data.requestId)) ?? 0) + 1);
  for (const [requestId, count] of decisions) assert.equal(count, 1, `request ${requestId} decided ${count} times`);
  for (const requestId of acknowledgedDecisions) assert.equal(decisions.get(requestId), 1, `acknowledged decision on ${requestId} recorded`);
  for (const r of rows) assert.equal(r.state === 'approved' || r.state === 'denied', decisions.has(r.id), `state of ${r.id} matches its record`);
  const sentDigests = await db.selectFrom('digest_sent').select(['manager_id', 'week']).where('manager_id', 'not like', 'privacy:%').execute();
  assert.equal(sentDigests.length, new Set(sentDigests.map((d) => `${d.manager_id}/${d.week}`)).size);
  assert.equal(digests.get(`conv-manager`) ?? 0, sentDigests.filter((d) => d.manager_id === users.manager.aadObjectId).length, 'one digest card per manager and week reached Teams');
  const chain = verifyChain(audit, await sqlStore(db).readAuditAnchor());
  assert.ok(chain.ok, JSON.stringify(chain));

  for (const p of procs) p?.kill('SIGKILL');
  connector.close();
  await db.destroy();
  return { seconds, kills, filings: acknowledgedFilings.size, stored: rows.length, decisions: decisions.size, duplicates, digests: sentDigests.length, audit: audit.length };
}

async function main() {
  if (!URL_) {
    console.error('test:faults: set FAULT_POSTGRES_URL (or TEST_POSTGRES_URL) to an empty PostgreSQL database');
    process.exit(2);
  }
  for (let run = 1; run <= RUNS; run++) {
    const r = await once(run);
    console.log(
      `run ${run}: ${TURNS.toLocaleString('en-US')} turns in ${r.seconds.toFixed(1)} s over ${INSTANCES} instances, ${r.kills} SIGKILLs; ${r.filings} acknowledged filings (${r.duplicates} redelivered) → ${r.stored} stored, each once; ${r.decisions} requests decided, each once; ${r.digests} digest(s) per manager and week, once; audit chain of ${r.audit} entries verifies`,
    );
  }
  console.log(`test:faults passed ${RUNS} times in a row`);
}

main().catch((error: Error) => {
  console.error(`test:faults FAILED: ${error.message}`);
  process.exit(1);
});
