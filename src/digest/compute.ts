// The managers' weekly digest, computed from plain records in one pass: every record is added to the
// organisations it concerns (party and party:unit), then each manager reads their own. Counts only:
// no question text, no case numbers. Pure.
import { deadlineOf } from '../breach/breach';
import { displayId } from '../requests/request';
import { amsterdamDate } from '../time/amsterdam';
import { addDays, daysBetween } from '../time/calendar';
import { shiftWeek, weekWindow } from '../time/iso-weeks';
import { workingDaysBetween } from '../time/working-days';
import { vocabulary, VERDICTS, formatPartyRef, type PartyRef, type Verdict } from '../vocabulary';

export interface QuestionFact {
  at: string;
  /** The asker's organisation, `party` or `party:unit`. */
  party: string;
  verdict: Verdict;
  data: string[];
  purpose: string | null;
}

export interface RequestFact {
  id: string;
  createdAt: string;
  decidedAt: string | null;
  state: string;
  discloser: string;
  recipient: string;
  slaDays: number;
  escalatedAt: string | null;
}

export interface DeadLetterFact {
  at: string;
  /** The organisation of the person the message was for, when known. */
  party: string | null;
}

export interface BreachFact {
  createdAt: string;
  /** The reporter's organisation. */
  party: string;
  discoveredAt: string;
  /** When the decision on notifying the Autoriteit Persoonsgegevens was recorded; null while open. */
  closedAt: string | null;
}

export interface CovenantFact {
  id: string;
  title: string;
  parties: { party: string; units: string[] | null }[];
  validUntil: string | null;
  /** A covenant not yet in force (a renewal waiting for its start) is named only as its predecessor's successor. */
  validFrom?: string | null;
  /** The renewal that takes over when this one ends (rulebook `succeeds`), or none. */
  successor?: { title: string; validFrom: string | null } | null;
  evaluation: { everyMonths: number; article: string } | null;
  /** Years for which the evaluation has been recorded as held. */
  evaluationsHeld: number[];
}

export interface Scope {
  managerId: string;
  party: PartyRef;
}

export interface DigestInput {
  week: string;
  /** The moment the figures are taken: the end of the week, or now for the week so far. */
  asOf: string;
  scopes: Scope[];
  questions: Iterable<QuestionFact>;
  requests: Iterable<RequestFact>;
  deadLetters: Iterable<DeadLetterFact>;
  breaches?: Iterable<BreachFact>;
  covenants: CovenantFact[];
}

export interface OverdueItem {
  ref: string;
  ageWorkingDays: number;
  discloser: string;
  recipient: string;
}

export interface Digest {
  managerId: string;
  scope: string;
  week: string;
  firstDay: string;
  lastDay: string;
  questions: { total: number; byVerdict: Record<string, number>; byData: Record<string, number>; byPurpose: Record<string, number> };
  requests: {
    filed: number;
    received: number;
    approved: number;
    denied: number;
    withdrawn: number;
    pending: number;
    overdue: number;
    oldestPendingWorkingDays: number | null;
    medianHoursToDecision: number | null;
    escalations: number;
    deadLetters: number;
  };
  breaches: { reported: number; open: number; past72Hours: number };
  overdue: OverdueItem[];
  /** The four weeks before and this one, oldest first. */
  trend: { weeks: string[]; questions: number[]; filed: number[]; decided: number[] };
  covenants: {
    id: string;
    title: string;
    validUntil: string | null;
    daysToEnd: number | null;
    successor?: { title: string; validFrom: string | null };
    evaluationDue: boolean;
    evaluationArticle: string | null;
  }[];
}

const WEEKS = 5;
const SHOW_END_FROM_DAYS = 180;
const OVERDUE_LIST = 10;

interface Tally {
  questions: number[];
  filed: number[];
  received: number[];
  decided: number[];
  byVerdict: Map<string, number>;
  byData: Map<string, number>;
  byPurpose: Map<string, number>;
  approved: number;
  denied: number;
  withdrawn: number;
  hours: number[];
  escalations: number;
  deadLetters: number;
  breachesReported: number;
  breachesOpen: number;
  breachesPast72: number;
  pending: number;
  /** The oldest overdue requests seen so far (kept short; their references are made at the end). */
  overdue: { request: RequestFact; age: number }[];
  overdueCount: number;
  oldest: number | null;
}

const newTally = (): Tally => ({
  questions: new Array(WEEKS).fill(0),
  filed: new Array(WEEKS).fill(0),
  received: new Array(WEEKS).fill(0),
  decided: new Array(WEEKS).fill(0),
  byVerdict: new Map(),
  byData: new Map(),
  byPurpose: new Map(),
  approved: 0,
  denied: 0,
  withdrawn: 0,
  hours: [],
  escalations: 0,
  deadLetters: 0,
  breachesReported: 0,
  breachesOpen: 0,
  breachesPast72: 0,
  pending: 0,
  overdue: [],
  overdueCount: 0,
  oldest: null,
});

/** An organisation counts for its party as a whole and for its own unit. */
const keyCache = new Map<string, string[]>();
function keysOf(ref: string): string[] {
  let keys = keyCache.get(ref);
  if (!keys) {
    const colon = ref.indexOf(':');
    keys = colon < 0 ? [ref] : [ref.slice(0, colon), ref];
    keyCache.set(ref, keys);
  }
  return keys;
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const toRecord = (map: Map<string, number>, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, map.get(k) ?? 0]));

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  const m = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(m * 10) / 10;
}

export function computeDigests(input: DigestInput): Digest[] {
  const weeks = Array.from({ length: WEEKS }, (_, i) => shiftWeek(input.week, i - (WEEKS - 1)));
  const windows = weeks.map(weekWindow);
  const target = windows[WEEKS - 1]!;
  const end = input.asOf < target.to ? input.asOf : target.to;
  const endDay = amsterdamDate(Date.parse(end) - 1);
  const bounds = [...windows.map((w) => w.from), target.to];
  const weekIndex = (at: string): number => {
    if (at < bounds[0]! || at >= end) return -1;
    for (let i = WEEKS - 1; i >= 0; i--) if (at >= bounds[i]!) return i;
    return -1;
  };
  const tallies = new Map<string, Tally>();
  const wanted = new Set(input.scopes.map((s) => formatPartyRef(s.party)!));
  const tallyFor = (key: string) => {
    if (!wanted.has(key)) return undefined;
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = newTally()));
    return t;
  };
  // Ages in working days at the end of the period, cached per hour of filing and per calendar day.
  const dayCache = new Map<string, string>();
  const ageCache = new Map<string, number>();
  const ageOf = (createdAt: string) => {
    const hour = createdAt.slice(0, 13);
    let day = dayCache.get(hour);
    if (day === undefined) dayCache.set(hour, (day = amsterdamDate(createdAt)));
    let age = ageCache.get(day);
    if (age === undefined) ageCache.set(day, (age = workingDaysBetween(day, endDay)));
    return age;
  };

  for (const q of input.questions) {
    const w = weekIndex(q.at);
    if (w < 0) continue;
    for (const key of keysOf(q.party)) {
      const t = tallyFor(key);
      if (!t) continue;
      t.questions[w]!++;
      if (w !== WEEKS - 1) continue;
      bump(t.byVerdict, q.verdict);
      for (const d of q.data) bump(t.byData, d);
      if (q.purpose) bump(t.byPurpose, q.purpose);
    }
  }

  for (const r of input.requests) {
    const filedIn = weekIndex(r.createdAt);
    const decidedIn = r.decidedAt ? weekIndex(r.decidedAt) : -1;
    const escalatedIn = r.escalatedAt ? weekIndex(r.escalatedAt) : -1;
    const pendingAtEnd = r.createdAt < end && (r.decidedAt === null || r.decidedAt >= end);
    if (filedIn < 0 && decidedIn < 0 && escalatedIn < 0 && !pendingAtEnd) continue;
    let age = -1;
    const add = (key: string, filedBy: boolean) => {
      const t = tallyFor(key);
      if (!t) return;
      if (filedIn >= 0) (filedBy ? t.filed : t.received)[filedIn]!++;
      if (decidedIn >= 0) {
        t.decided[decidedIn]!++;
        if (decidedIn === WEEKS - 1) {
          if (r.state === 'approved') t.approved++;
          else if (r.state === 'denied') t.denied++;
          else if (r.state === 'withdrawn') t.withdrawn++;
          if (r.state === 'approved' || r.state === 'denied') t.hours.push((Date.parse(r.decidedAt!) - Date.parse(r.createdAt)) / 3_600_000);
        }
      }
      if (escalatedIn === WEEKS - 1) t.escalations++;
      if (pendingAtEnd) {
        if (age < 0) age = ageOf(r.createdAt);
        t.pending++;
        if (t.oldest === null || age > t.oldest) t.oldest = age;
        if (age >= r.slaDays) {
          t.overdueCount++;
          t.overdue.push({ request: r, age });
          if (t.overdue.length > OVERDUE_LIST * 20) t.overdue = t.overdue.sort((a, b) => b.age - a.age).slice(0, OVERDUE_LIST);
        }
      }
    };
    for (const key of keysOf(r.discloser)) add(key, false);
    for (const key of keysOf(r.recipient)) add(key, true);
  }

  for (const d of input.deadLetters) {
    if (!d.party || weekIndex(d.at) !== WEEKS - 1) continue;
    for (const key of keysOf(d.party)) {
      const t = tallyFor(key);
      if (t) t.deadLetters++;
    }
  }

  for (const b of input.breaches ?? []) {
    const reportedIn = weekIndex(b.createdAt);
    const open = b.createdAt < end && (b.closedAt === null || b.closedAt >= end);
    if (reportedIn !== WEEKS - 1 && !open) continue;
    const late = open && Date.parse(deadlineOf(b)) < Date.parse(end);
    for (const key of keysOf(b.party)) {
      const t = tallyFor(key);
      if (!t) continue;
      if (reportedIn === WEEKS - 1) t.breachesReported++;
      if (open) t.breachesOpen++;
      if (late) t.breachesPast72++;
    }
  }

  const today = endDay;
  const medians = new Map<string, number | null>();
  return input.scopes.map((scope) => {
    const key = formatPartyRef(scope.party)!;
    const t = tallies.get(key) ?? newTally();
    if (!medians.has(key)) medians.set(key, median(t.hours));
    const covenants = input.covenants
      .filter((c) => !(c.validFrom && c.validFrom > today))
      .filter((c) => c.parties.some((p) => p.party === scope.party.party && (p.units === null || !scope.party.unit || p.units.includes(scope.party.unit))))
      .map((c) => {
        const daysToEnd = c.validUntil ? daysBetween(today, c.validUntil) : null;
        return {
          id: c.id,
          title: c.title,
          validUntil: c.validUntil,
          daysToEnd: daysToEnd !== null && daysToEnd <= SHOW_END_FROM_DAYS ? daysToEnd : null,
          ...(c.successor ? { successor: c.successor } : {}),
          evaluationDue: c.evaluation !== null && !c.evaluationsHeld.includes(Number(today.slice(0, 4))),
          evaluationArticle: c.evaluation?.article ?? null,
        };
      });
    return {
      managerId: scope.managerId,
      scope: key,
      week: input.week,
      firstDay: target.firstDay,
      lastDay: addDays(target.firstDay, 6),
      questions: {
        total: t.questions[WEEKS - 1]!,
        byVerdict: toRecord(t.byVerdict, VERDICTS),
        byData: toRecord(t.byData, vocabulary().dataCategories),
        byPurpose: toRecord(t.byPurpose, vocabulary().purposes),
      },
      requests: {
        filed: t.filed[WEEKS - 1]!,
        received: t.received[WEEKS - 1]!,
        approved: t.approved,
        denied: t.denied,
        withdrawn: t.withdrawn,
        pending: t.pending,
        overdue: t.overdueCount,
        oldestPendingWorkingDays: t.oldest,
        medianHoursToDecision: medians.get(key)!,
        escalations: t.escalations,
        deadLetters: t.deadLetters,
      },
      breaches: { reported: t.breachesReported, open: t.breachesOpen, past72Hours: t.breachesPast72 },
      overdue: [...t.overdue]
        .sort((a, b) => b.age - a.age)
        .slice(0, OVERDUE_LIST)
        .map(({ request: r, age }) => ({ ref: displayId(r.id), ageWorkingDays: age, discloser: r.discloser, recipient: r.recipient })),
      trend: { weeks, questions: t.questions, filed: t.filed.map((f, i) => f + t.received[i]!), decided: t.decided },
      covenants,
    };
  });
}
