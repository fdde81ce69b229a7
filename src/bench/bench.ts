// `npm run bench`: decision and parsing throughput on one core, printed as a table.
// Inputs are generated from a fixed seed, so runs compare like with like.
import { answer } from '../ask/answer';
import { parseQuestion } from '../nlu/question-reader';
import { decide } from '../rules/engine';
import { loadRules } from '../rules/load';
import type { Question } from '../rules/types';
import { DATA_CATEGORIES, PURPOSES, SUBJECTS, type PartyRef } from '../vocabulary';

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
    const data = [pick(DATA_CATEGORIES)];
    if (random() < 0.3) data.push(pick(DATA_CATEGORIES));
    return { from, to, subject: pick(SUBJECTS), data, purpose: pick(PURPOSES), consent: random() < 0.2, date: pick(['2024-05-01', '2026-02-10', '2028-01-01']) };
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
  times.sort();
  return times[Math.floor(samples / 2)]!;
}

function main() {
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

  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`Deelwijzer bench · node ${process.version} · one core · ${new Date().toISOString().slice(0, 10)}`);
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
  if (sink === -1) console.log(sink);
}

function toRef(text: string): PartyRef {
  const [party, unit] = text.split(':');
  return unit ? ({ party, unit } as PartyRef) : ({ party } as PartyRef);
}

main();
