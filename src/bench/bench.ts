// `npm run bench`: decision and parsing throughput on one core, printed as a table.
// Inputs are generated from a fixed seed, so runs compare like with like.
import { answer } from '../ask/answer';
import { parseQuestion } from '../nlu/question-reader';
import { decide } from '../rules/engine';
import { loadRules } from '../rules/load';
import type { Question } from '../rules/types';
import { vocabulary, VERDICTS, formatPartyRef, type PartyRef } from '../vocabulary';
import { computeDigests, type QuestionFact, type RequestFact, type Scope } from '../digest/compute';
import { weekWindow } from '../time/iso-weeks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { DatabaseTarget } from '../config/config';
import { makeDirectory } from '../directory/directory';
import { fileable } from '../requests/filing';
import { RequestService } from '../requests/service';
import { migrate, openDatabase } from '../store/database';
import { compareWithEcho, WARM_UP_TURNS, type TurnResult } from './turns';
import { measureDirectoryRefresh } from './directory-refresh';

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20261123);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const REFS: PartyRef[] = [
  { party: 'politie', unit: 'amsterdam' },
  { party: 'politie', unit: 'noord-holland' },
  { party: 'politie', unit: 'flevoland' },
  { party: 'politie', unit: 'rotterdam' },
  { party: 'politie', unit: 'utrecht' },
  { party: 'blijf-groep' },
  { party: 'veilig-thuis', unit: 'rotterdam-rijnmond' },
  { party: 'veilig-thuis', unit: 'flevoland' },
  { party: 'lokaal-veld' },
  { party: 'om' },
  { party: 'rvdk' },
  { party: 'reclassering' },
  { party: 'jeugdbescherming' },
];

function structuredQuestions(n: number): Question[] {
  return Array.from({ length: n }, () => {
    const from = pick(REFS);
    let to = pick(REFS);
    while (to.party === from.party) to = pick(REFS);
    const data = [pick(vocabulary().dataCategories)];
    if (random() < 0.3) data.push(pick(vocabulary().dataCategories));
    return { from, to, subject: pick(vocabulary().subjects), data, purpose: pick(vocabulary().purposes), consent: random() < 0.2, date: pick(['2024-05-01', '2026-02-10', '2028-01-01']) };
  });
}

const PHRASINGS: { text: string; as: string }[] = [
  { text: 'Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?', as: 'politie:amsterdam' },
  { text: 'mag ik de gevarenclassificatie van de ex doorgeven aan blijf ivm dreiging bij de opvang', as: 'politie:noord-holland' },
  { text: 'Mogen wij het telefoonnummer van cliënte opvragen bij de politie voor een AWARE aanvraag', as: 'blijf-groep' },
  { text: 'mag ik het zorgformulier doorsturen naar het wijkteam', as: 'veilig-thuis:rotterdam-rijnmond' },
  { text: 'kan ik de triage uitkomst over het kind delen met het wijkteam voor hulpverlening', as: 'veilig-thuis:zuid-holland-zuid' },
  { text: 'mag ik zorgen over een gezin direct met het wijkteam delen', as: 'politie:rotterdam' },
  { text: 'Can I share the address of the perpetrator with Blijf Groep for the risk assessment?', as: 'politie:amsterdam' },
  { text: 'mag VT ons medische gegevens van het slachtoffer geven voor de strafzaak', as: 'om' },
  { text: 'hij staat nu voor de deur met een mes', as: 'blijf-groep' },
  { text: 'mag ik eerdere geweldsincidenten van de verdachte delen met blijf voor het tijdelijk huisverbod', as: 'politie:flevoland' },
  { text: 'mag ik naam en geboortedatum van de kinderen delen met de politie', as: 'blijf-groep' },
  { text: 'Mag ik de naam van de melder aan het wijkteam geven?', as: 'veilig-thuis:rotterdam-rijnmond' },
];

function measure(label: string, ops: number, run: () => void, seconds = 2): { label: string; perSecond: number } {
  for (let i = 0; i < 3; i++) run(); // warm-up
  const start = process.hrtime.bigint();
  let rounds = 0;
  while (Number(process.hrtime.bigint() - start) < seconds * 1e9) {
    run();
    rounds++;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  return { label, perSecond: (rounds * ops) / elapsed };
}

function medianMicros(run: (i: number) => void, samples: number): number {
  const times = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const t0 = process.hrtime.bigint();
    run(i);
    times[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  return middle(Array.from(times));
}

/** A label padded to its column. */
const pad = (s: string, n: number) => s.padEnd(n);

/** The median of an odd number of values (the upper middle one of an even number). */
const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** 1,000 managers over 1,000,000 requests (and 200,000 questions) spread over six weeks: one digest run. */
function digestRun(): { seconds: number; managers: number; requests: number } {
  const orgs: string[] = [];
  for (const party of vocabulary().parties) for (let u = 0; u < 25; u++) orgs.push(`${party}:unit-${u}`);
  const scopes: Scope[] = Array.from({ length: 1_000 }, (_, i) => {
    const org = i % 5 === 0 ? pick(vocabulary().parties) : pick(orgs);
    const [party, unit] = org.split(':');
    return { managerId: `manager-${i}`, party: unit ? ({ party, unit } as PartyRef) : ({ party } as PartyRef) };
  });
  const week = '2026-W47';
  const from = Date.parse(weekWindow('2026-W42').from);
  const to = Date.parse(weekWindow(week).to);
  const at = () => new Date(from + random() * (to - from)).toISOString();
  const requests: RequestFact[] = Array.from({ length: 1_000_000 }, (_, i) => {
    const createdAt = at();
    const decided = random() < 0.85;
    const decidedAt = decided ? new Date(Date.parse(createdAt) + random() * 5 * 86_400_000).toISOString() : null;
    let recipient = pick(orgs);
    const discloser = pick(orgs);
    while (recipient.split(':')[0] === discloser.split(':')[0]) recipient = pick(orgs);
    return {
      id: `${i.toString(16).padStart(8, '0')}-0000-0000-0000-000000000000`,
      createdAt,
      decidedAt,
      state: decided ? pick(['approved', 'denied', 'withdrawn']) : 'pending',
      discloser,
      recipient,
      slaDays: 5,
      escalatedAt: null,
    };
  });
  const questions: QuestionFact[] = Array.from({ length: 200_000 }, () => ({
    at: at(),
    party: pick(orgs),
    verdict: pick(VERDICTS),
    data: [pick(vocabulary().dataCategories)],
    purpose: pick(vocabulary().purposes),
  }));
  const start = process.hrtime.bigint();
  const digests = computeDigests({
    week,
    asOf: weekWindow(week).to,
    scopes,
    questions,
    requests,
    deadLetters: [],
    covenants: loadRules().books.map((b) => ({
      id: b.id,
      title: b.title,
      parties: b.data.parties.map((p) => ({ party: p.party, units: p.units ?? null })),
      validUntil: b.validUntil,
      evaluation: b.data.evaluation ?? null,
      evaluationsHeld: [],
    })),
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (digests.length !== scopes.length || !digests.some((d) => d.requests.filed > 0) || formatPartyRef(scopes[0]!.party) === null) throw new Error('digest bench computed nothing');
  return { seconds, managers: scopes.length, requests: requests.length };
}

/** Request filings per second through the requests service, on SQLite and (when configured) PostgreSQL. */
async function filingsPerSecond(target: DatabaseTarget, n: number): Promise<number> {
  const db = openDatabase(target);
  try {
    if (target.kind === 'postgres') {
      await sql`drop schema if exists public cascade`.execute(db);
      await sql`create schema public`.execute(db);
    }
    await migrate(db);
    const rules = loadRules();
    const people = [{ aadObjectId: 'contact', name: 'Contact', party: { party: 'politie' as const, unit: 'amsterdam' }, roles: ['contact' as const] }];
    const service = new RequestService({ db, rules, directory: makeDirectory(people), now: () => new Date().toISOString(), today: () => '2026-11-23' });
    const decision = answer({ question: 'Mag de politie Amsterdam ons de geweldsincidenten van de pleger geven voor de risicotaxatie?', as: { party: 'blijf-groep' } }, rules, '2026-11-23').decision;
    const parties = fileable(decision, { party: 'blijf-groep' })!;
    const file = (i: number) =>
      service.file({
        activityKey: `bench-${i}`,
        requesterId: 'staff',
        requesterParty: { party: 'blijf-groep' },
        decision,
        discloser: parties.discloser,
        recipient: parties.recipient,
        fields: { caseRef: `BG-${i}`, urgency: 'normaal', delivery: 'schriftelijk', necessity: 'Voor de risicotaxatie.' },
      });
    const start = process.hrtime.bigint();
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let i = next++; i < n; i = next++) await file(i);
      }),
    );
    return n / (Number(process.hrtime.bigint() - start) / 1e9);
  } finally {
    await db.destroy();
  }
}

/**
 * The question turn against the echo bot. Runs before everything else: the digest measure leaves a large heap
 * in this process (the load generator) and the PostgreSQL filings leave the server checkpointing for a
 * while, and either slowed whichever bot was being measured at the time.
 */
async function turnComparison() {
  // Five rounds: on a shared machine single rounds' ratios vary by several hundredths; the median of five varies less than that of three.
  const rounds = 5;
  console.log(`Turns over HTTP, each bot in its own process, 10,000 turns (the first ${WARM_UP_TURNS.toLocaleString('en-US')} a warm-up), 8 at a time, fake Teams connector, ${rounds} rounds:`);
  const results = await compareWithEcho(10_000, 8, rounds);
  for (const r of results.flatMap(({ echo, bot }) => [echo, bot])) {
    console.log(
      `${pad(r.name, 44)} ${Math.round(r.turnsPerSecond).toLocaleString('en-US').padStart(8)}/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  CPU ${r.cpuMsPerTurn.toFixed(2)} ms/turn  RSS ${r.rssMb.toFixed(0)} MB  cold start ${Math.round(r.coldStartMs)} ms`,
    );
  }
  // The median of the rounds' own ratios.
  const ratioOf = (of: (r: TurnResult) => number) => middle(results.map(({ echo, bot }) => of(bot) / of(echo)));
  const row = (label: string, value: string, target: string) => console.log(`${pad(label, 44)} ${value.padStart(14)}   ${target}`);
  row('question turn vs echo: turns per second', `${ratioOf((r) => r.turnsPerSecond).toFixed(2)}×`, '≥ 0.9×');
  row('  each round', results.map(({ echo, bot }) => (bot.turnsPerSecond / echo.turnsPerSecond).toFixed(2)).join(' '), '');
  row('question turn vs echo: p99 latency', `${ratioOf((r) => r.p99).toFixed(2)}×`, '≤ 1.3×');
  row('question turn vs echo: CPU time per turn', `${ratioOf((r) => r.cpuMsPerTurn).toFixed(2)}×`, '');
  row('question turn vs echo: RSS after 10,000 turns', `${ratioOf((r) => r.rssMb).toFixed(2)}×`, '≤ 1.2×');
  row('cold start to the first answered message', `${Math.round(middle(results.map((r) => r.bot.coldStartMs))).toLocaleString('en-US')} ms`, '< 2,000 ms');
}

async function main() {
  console.log(`Deelwijzer bench · node ${process.version} · one core · ${new Date().toISOString().slice(0, 10)}`);
  console.log('');
  await turnComparison();
  console.log('');
  const index = loadRules();
  const questions = structuredQuestions(10_000);
  const incomplete = questions.slice(0, 2_000).map((q, i) => (i % 2 ? { ...q, purpose: undefined } : { ...q, subject: undefined }));
  let sink = 0;

  const rows = [
    measure('structured decisions (complete)', questions.length, () => {
      for (const q of questions) sink += decide(q, index).perData.length;
    }),
    measure('structured decisions (one slot missing)', incomplete.length, () => {
      for (const q of incomplete) sink += decide(q, index).missing.length;
    }),
    measure('free-text: parse only', PHRASINGS.length * 100, () => {
      for (let r = 0; r < 100; r++) for (const p of PHRASINGS) sink += parseQuestion(p.text, { as: toRef(p.as) }).slots.data.length;
    }),
    measure('free-text: parse + decide', PHRASINGS.length * 100, () => {
      for (let r = 0; r < 100; r++) for (const p of PHRASINGS) sink += answer({ question: p.text, as: toRef(p.as) }, index, '2025-06-01').decision.citations.length;
    }),
  ];
  const median = medianMicros((i) => {
    sink += decide(questions[i % questions.length]!, index).perData.length;
  }, 200_000);

  console.log(`${pad('measure', 44)} ${'result'.padStart(16)}   target`);
  console.log('-'.repeat(76));
  const targets: Record<string, string> = {
    'structured decisions (complete)': '≥ 200,000/s',
    'free-text: parse + decide': '≥ 20,000/s',
  };
  for (const row of rows) {
    console.log(`${pad(row.label, 44)} ${Math.round(row.perSecond).toLocaleString('en-US').padStart(14)}/s   ${targets[row.label] ?? ''}`);
  }
  console.log(`${pad('median latency, one structured decision', 44)} ${median.toFixed(2).padStart(13)} µs   < 5 µs`);
  const digest = digestRun();
  console.log(`${pad(`digests: ${digest.managers.toLocaleString('en-US')} managers, ${digest.requests.toLocaleString('en-US')} requests`, 44)} ${digest.seconds.toFixed(2).padStart(14)} s   < 5 s`);

  const sqlite = await filingsPerSecond({ kind: 'sqlite', path: join(tmpdir(), `deelwijzer-bench-filings-${process.pid}.db`) }, 2_000);
  console.log(`${pad('request filings on SQLite', 44)} ${Math.round(sqlite).toLocaleString('en-US').padStart(14)}/s`);
  const pgUrl = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
  if (pgUrl)
    console.log(
      `${pad('request filings on PostgreSQL', 44)} ${Math.round(await filingsPerSecond({ kind: 'postgres', url: pgUrl }, 2_000))
        .toLocaleString('en-US')
        .padStart(14)}/s`,
    );
  else console.log(`${pad('request filings on PostgreSQL', 44)} ${'skipped'.padStart(16)}   (set BENCH_POSTGRES_URL to an empty database)`);

  const refresh = await measureDirectoryRefresh();
  console.log(`${pad(`Graph directory refresh, ${refresh.members.toLocaleString('en-US')} members`, 44)} ${refresh.medianMs.toFixed(0).padStart(13)} ms   ${refresh.calls} Graph calls (pages of 999)`);

  if (sink === -1) console.log(sink);
}

function toRef(text: string): PartyRef {
  const [party, unit] = text.split(':');
  return unit ? ({ party, unit } as PartyRef) : ({ party } as PartyRef);
}

main().catch((error: Error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
