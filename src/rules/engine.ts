// The decision engine: a pure function from a question and the compiled rulebooks to a decision.
// Default is not_covered; a forbid beats a route beats a permit; a governed direction's lists are exhaustive.
import { dataLabel, subjectLabel, type DataCategory, type Party, type PartyRef, type Purpose, type Slot, type Subject, type Text, type Verdict } from '../vocabulary';
import { dataBit, pairKey, purposeBit, subjectBit, type CompiledBook, type CompiledRule, type RuleIndex } from './compile';
import type { Alternative, Citation, DataVerdict, Decision, Question, Requirement, RuleRef } from './types';
import { collect } from '../collect';

/** Higher is more restrictive. */
export const RESTRICTIVENESS: Record<Verdict, number> = {
  incomplete: 0,
  allowed: 1,
  conditional: 2,
  route_via: 3,
  not_covered: 4,
  not_allowed: 5,
  acute: 6,
};

const GENERIC_ASK_WHOM: Text = {
  nl: 'de privacy officer (functionaris gegevensbescherming) van je organisatie',
  en: "your organisation's privacy officer (data protection officer)",
};

/** The unit a question could have when it names a party but not its unit, and the unit is none a book lists. */
const OTHER_UNIT = '(andere)';

interface Masks {
  forbid: number;
  route: number;
  allowed: number;
  permit: number;
}

interface Pair {
  /** The cache key: both parties and units, and the books in force. */
  key: string;
  from: PartyRef;
  to: PartyRef;
  rules: CompiledRule[];
  /** Rules that decide nothing and add duties whatever the verdict. */
  dutyRules: CompiledRule[];
  /** Bit per book (by position in index.books) that governs this pair on this date. */
  bookMask: number;
  governs: CompiledBook['governs'][number] | null;
  /** Why no covenant applies to this pair, computed once when first needed. */
  scopeNotes: Alternative[] | null;
  /** Days on which a covenant between these two can be read two ways (whether or not it is in force then). */
  doubtRanges: { from: string; until: string; text: Text }[];
  /** What scan() found, by subject, data and consent: a question with open slots asks for the same cells many times. */
  scanned: Map<number, Masks>;
  /** The rank of every purpose (by bit position) for a cell of scanned, made when first needed. */
  rankRows: Map<number, Uint8Array>;
  /** determiningRules() by cell and purpose. */
  determining: Map<number, CompiledRule[]>;
  /** decideData() by cell and purpose; its outcomes are shared: never change them. */
  outcomes: Map<number, DataOutcome>;
}

/** Whether a party (and unit) is within a book. `strict`: a unit the book lists must be named, even where it may be left out. */
export function refInBook(book: CompiledBook, ref: PartyRef, strict = false): boolean {
  const units = book.partyUnits.get(ref.party);
  if (units === undefined) return false;
  if (units === null) return true;
  if (ref.unit === undefined) return !strict && book.unitOptional.has(ref.party);
  return units.has(ref.unit);
}

/** The book has a rule for, or governs, sharing from one party to the other. */
function bookSpeaksOf(index: RuleIndex, book: CompiledBook, from: Party, to: Party): boolean {
  return (index.byPair.get(pairKey(from, to)) ?? []).some((r) => r.book === book) || book.governs.some((g) => g.from.has(from) && g.to.has(to));
}

export function dateInBook(book: CompiledBook, date: string): boolean {
  return (book.validFrom === null || date >= book.validFrom) && (book.validUntil === null || date <= book.validUntil);
}

/** Which books are in force on a date, as a bit mask over index.books. */
function booksInForce(index: RuleIndex, date: string): number {
  let mask = 0;
  for (let i = 0; i < index.books.length; i++) if (dateInBook(index.books[i]!, date)) mask |= 1 << i;
  return mask;
}

// Pairs depend only on the two parties and which books are in force: a small, bounded set worth reusing.
/**
 * What is kept under `key` for one rule index, made by `make` the first time: a bounded cache per index, emptied when
 * it holds `limit` entries.
 */
function keptFor<V>(caches: WeakMap<RuleIndex, Map<string, V>>, index: RuleIndex, key: string, limit: number, make: () => V): V {
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new Map()));
  const cached = cache.get(key);
  if (cached) return cached;
  const made = make();
  if (cache.size >= limit) cache.clear();
  cache.set(key, made);
  return made;
}

const pairCache = new WeakMap<RuleIndex, Map<string, Pair>>();
const PAIR_CACHE_LIMIT = 10_000;

export function preparePair(index: RuleIndex, from: PartyRef, to: PartyRef, date: string): Pair {
  const inForce = booksInForce(index, date);
  const key = `${from.party}:${from.unit ?? ''}>${to.party}:${to.unit ?? ''}@${inForce}`;
  return keptFor(pairCache, index, key, PAIR_CACHE_LIMIT, () => makePair(index, from, to, inForce, key));
}

function makePair(index: RuleIndex, from: PartyRef, to: PartyRef, inForce: number, key: string): Pair {
  let bookMask = 0;
  let governs: Pair['governs'] = null;
  index.books.forEach((book, i) => {
    if ((inForce & (1 << i)) === 0 || !refInBook(book, from) || !refInBook(book, to)) return;
    bookMask |= 1 << i;
    if (!governs) governs = book.governs.find((g) => g.from.has(from.party) && g.to.has(to.party)) ?? null;
  });
  const inBooks = (list: CompiledRule[] | undefined) => (bookMask === 0 || !list ? [] : list.filter((r) => (bookMask & (1 << index.books.indexOf(r.book))) !== 0));
  const rules = inBooks(index.byPair.get(pairKey(from.party, to.party)));
  const dutyRules = inBooks(index.dutiesByPair.get(pairKey(from.party, to.party)));
  const doubtRanges: Pair['doubtRanges'] = [];
  for (const book of index.books) {
    if (book.data.validity.doubts.length === 0 || from.party === to.party || !refInBook(book, from) || !refInBook(book, to)) continue;
    if (bookSpeaksOf(index, book, from.party, to.party)) doubtRanges.push(...book.data.validity.doubts);
  }
  return { key, from, to, rules, dutyRules, bookMask, governs, scopeNotes: null, doubtRanges, scanned: new Map(), rankRows: new Map(), determining: new Map(), outcomes: new Map() };
}

export function ruleMatches(rule: CompiledRule, pair: Pair, sBit: number, dBit: number, consent: boolean): boolean {
  if ((rule.subjectMask & sBit) === 0 || (rule.dataMask & dBit) === 0) return false;
  if (rule.whenConsent !== undefined && rule.whenConsent !== consent) return false;
  if (rule.fromUnits && !(pair.from.unit !== undefined && rule.fromUnits.has(pair.from.unit))) return false;
  if (rule.toUnits && !(pair.to.unit !== undefined && rule.toUnits.has(pair.to.unit))) return false;
  return true;
}

/** The purposes (as a bit mask) for which the rule applies, given the facts. */
export function effectivePurposes(rule: CompiledRule, consent: boolean): number {
  if (rule.hasUnless && (rule.unlessConsent === undefined || rule.unlessConsent === consent)) {
    return rule.purposeMask & ~rule.unlessPurposeMask;
  }
  return rule.purposeMask;
}

/** The position of a one-bit mask (-1 for none), so that a subject, a data category and consent make one small number. */
const bitIndex = (bit: number) => 31 - Math.clz32(bit);

/** One pass over the pair's rules gives the verdict for every purpose at once. The result is shared: never change it. */
function scan(pair: Pair, sBit: number, dBit: number, consent: boolean): Masks {
  const key = cellKey(sBit, dBit, consent);
  let m = pair.scanned.get(key);
  if (!m) pair.scanned.set(key, (m = scanRules(pair, sBit, dBit, consent)));
  return m;
}

/** One number for a subject, a data category and consent. */
const cellKey = (sBit: number, dBit: number, consent: boolean) => ((bitIndex(sBit) + 1) * 34 + bitIndex(dBit) + 1) * 2 + (consent ? 1 : 0);

/** One number for a cell and a purpose bit (rankRow's position of the bit). */
const cellPurposeKey = (sBit: number, dBit: number, consent: boolean, pBit: number) => cellKey(sBit, dBit, consent) * 33 + bitIndex(pBit) + 1;

/** rankAt() for every purpose bit of a cell, indexed by the bit's position plus one. */
function rankRow(pair: Pair, sBit: number, dBit: number, consent: boolean): Uint8Array {
  const key = cellKey(sBit, dBit, consent);
  let row = pair.rankRows.get(key);
  if (!row) {
    const m = scan(pair, sBit, dBit, consent);
    const governed = pair.governs !== null;
    // Position 0 is for no purpose bit (an id outside the vocabulary), position i + 1 for bit i.
    row = new Uint8Array(33);
    for (let i = -1; i < 32; i++) row[i + 1] = rankAt(m, i < 0 ? 0 : 1 << i, governed);
    pair.rankRows.set(key, row);
  }
  return row;
}

function scanRules(pair: Pair, sBit: number, dBit: number, consent: boolean): Masks {
  const m: Masks = { forbid: 0, route: 0, allowed: 0, permit: 0 };
  for (const rule of pair.rules) {
    if (!ruleMatches(rule, pair, sBit, dBit, consent)) continue;
    const purposes = effectivePurposes(rule, consent);
    if (rule.effect === 'forbid') m.forbid |= purposes;
    else if (rule.effect === 'route') m.route |= purposes;
    else if (rule.conditions.length === 0) m.allowed |= purposes;
    else m.permit |= purposes;
  }
  return m;
}

/** How restrictive the verdict of a cell is for a purpose (RESTRICTIVENESS): a forbid beats a route beats a permit. */
function rankAt(m: Masks, pBit: number, governed: boolean): number {
  if (m.forbid & pBit) return RANK_NOT_ALLOWED;
  if (m.route & pBit) return RANK_ROUTE_VIA;
  if (m.allowed & pBit) return RANK_ALLOWED;
  if (m.permit & pBit) return RANK_CONDITIONAL;
  return governed ? RANK_NOT_ALLOWED : RANK_NOT_COVERED;
}
const { not_allowed: RANK_NOT_ALLOWED, route_via: RANK_ROUTE_VIA, allowed: RANK_ALLOWED, conditional: RANK_CONDITIONAL, not_covered: RANK_NOT_COVERED } = RESTRICTIVENESS;
/** The verdict of each rank: RESTRICTIVENESS read backwards. */
const VERDICT_OF_RANK: Verdict[] = [];
for (const [verdict, rank] of Object.entries(RESTRICTIVENESS) as [Verdict, number][]) VERDICT_OF_RANK[rank] = verdict;

const verdictAt = (m: Masks, pBit: number, governed: boolean): Verdict => VERDICT_OF_RANK[rankAt(m, pBit, governed)]!;

/** Where a purpose's rank stands in a rank row (see rankRow). */
const rowIndex = (purpose: Purpose) => bitIndex(purposeBit(purpose)) + 1;

/** The rules that give a cell its verdict for a purpose; the list is shared: never change it. */
function determiningRules(pair: Pair, sBit: number, dBit: number, consent: boolean, pBit: number): CompiledRule[] {
  const key = cellPurposeKey(sBit, dBit, consent, pBit);
  let rules = pair.determining.get(key);
  if (!rules) {
    rules = findDeterminingRules(pair, sBit, dBit, consent, pBit, verdictAt(scan(pair, sBit, dBit, consent), pBit, pair.governs !== null));
    pair.determining.set(key, rules);
  }
  return rules;
}

function findDeterminingRules(pair: Pair, sBit: number, dBit: number, consent: boolean, pBit: number, verdict: Verdict): CompiledRule[] {
  const wanted = verdict === 'not_allowed' ? 'forbid' : verdict === 'route_via' ? 'route' : verdict === 'allowed' || verdict === 'conditional' ? 'permit' : null;
  if (!wanted) return [];
  const out: CompiledRule[] = [];
  for (const rule of pair.rules) {
    if (rule.effect !== wanted || !ruleMatches(rule, pair, sBit, dBit, consent)) continue;
    if ((effectivePurposes(rule, consent) & pBit) === 0) continue;
    if (verdict === 'allowed' && rule.conditions.length > 0) continue;
    out.push(rule);
  }
  return out;
}

interface DataOutcome {
  verdict: DataVerdict;
  permits: CompiledRule[];
  alternatives: Text[];
}

function decideData(pair: Pair, subject: Subject, data: DataCategory, purpose: Purpose, consent: boolean): DataOutcome {
  const sBit = subjectBit(subject);
  const dBit = dataBit(data);
  const pBit = purposeBit(purpose);
  // An id outside the vocabulary has bit 0 and shares its key with others: its outcome, which names it, is not kept.
  const known = sBit !== 0 && dBit !== 0 && pBit !== 0;
  const key = cellPurposeKey(sBit, dBit, consent, pBit);
  const kept = known ? pair.outcomes.get(key) : undefined;
  if (kept) return kept;
  const outcome = dataOutcome(pair, sBit, dBit, pBit, data, consent);
  if (known) pair.outcomes.set(key, outcome);
  return outcome;
}

function dataOutcome(pair: Pair, sBit: number, dBit: number, pBit: number, data: DataCategory, consent: boolean): DataOutcome {
  const masks = scan(pair, sBit, dBit, consent);
  const governed = pair.governs !== null;
  const verdict = verdictAt(masks, pBit, governed);
  const rules = determiningRules(pair, sBit, dBit, consent, pBit);
  let refs: RuleRef[];
  let citations: Citation[];
  if (rules.length === 0 && verdict === 'not_allowed' && pair.governs) {
    // Permitted for some other purpose: the purpose is what fails; otherwise the list does not name it.
    const byPurpose = (masks.permit | masks.allowed) !== 0;
    refs = [byPurpose ? pair.governs.purposeRule : pair.governs.listRule];
    citations = byPurpose ? pair.governs.purposeCitations : pair.governs.listCitations;
  } else {
    refs = rules.map((r) => r.ref);
    citations = collect(rules, (r) => r.citations);
  }
  return {
    verdict: {
      data,
      verdict,
      rules: refs,
      citations: dedupeCitations(citations),
      routeVia: verdict === 'route_via' ? (rules[0]?.routeVia ?? null) : null,
    },
    permits: verdict === 'allowed' || verdict === 'conditional' ? rules : [],
    alternatives: collect(rules, (r) => (r.alternative ? [r.alternative] : NONE)),
  };
}

const NONE: never[] = [];

function dedupeCitations(list: Citation[]): Citation[] {
  const out: Citation[] = [];
  for (const c of list) if (!out.some((o) => o.article === c.article && o.covenant === c.covenant)) out.push(c);
  return out;
}

function dedupeRequirements(list: Requirement[]): Requirement[] {
  const out: Requirement[] = [];
  for (const r of list) if (!out.some((o) => o.id === r.id && o.covenant === r.covenant)) out.push(r);
  return out;
}

function dedupeRules(list: RuleRef[]): RuleRef[] {
  const out: RuleRef[] = [];
  for (const r of list) if (!out.includes(r)) out.push(r);
  return out;
}

function mostRestrictive(verdicts: Verdict[]): Verdict {
  let worst: Verdict = 'allowed';
  for (const v of verdicts) if (RESTRICTIVENESS[v] > RESTRICTIVENESS[worst]) worst = v;
  return worst;
}

interface Completion {
  pair: Pair;
  subject: Subject;
  data: DataCategory[];
  purpose: Purpose;
  consent: boolean;
}

/** The duty rules that apply to a completion: their duties hold whatever the verdict. */
function dutyRulesFor(c: Completion): CompiledRule[] {
  if (c.pair.dutyRules.length === 0) return NONE;
  const sBit = subjectBit(c.subject);
  const pBit = purposeBit(c.purpose);
  return c.pair.dutyRules.filter((r) => (effectivePurposes(r, c.consent) & pBit) !== 0 && c.data.some((d) => ruleMatches(r, c.pair, sBit, dataBit(d), c.consent)));
}

/** The verdict (of a decision, or of one data category) lets the data be shared, outright or under conditions. */
export const permits = (d: { verdict: Verdict }): boolean => d.verdict === 'allowed' || d.verdict === 'conditional';

/** The rules a decision rests on: the determining ones and the duty rules that added duties. */
export const appliedRules = (d: Decision): RuleRef[] => (d.dutyRules ? [...d.rules, ...d.dutyRules] : d.rules);

/** The full decision for a question with every slot known, with the duties of the duty rules that apply. */
function decideComplete(c: Completion, index: RuleIndex, question: Question, open: ReadonlySet<Slot>): Decision {
  const decision = decideByRules(c, index, question, open);
  const standing = dutyRulesFor(c);
  if (standing.length > 0) {
    decision.duties = dedupeRequirements([...decision.duties, ...collect(standing, (r) => r.duties)]);
    decision.citations = dedupeCitations([...decision.citations, ...collect(standing, (r) => r.citations)]);
    decision.dutyRules = standing.map((r) => r.ref);
  }
  return decision;
}

function decideByRules(c: Completion, index: RuleIndex, question: Question, open: ReadonlySet<Slot>): Decision {
  if (c.pair.rules.length === 0 && c.pair.governs === null) return notCovered(c, index, question);
  const outcomes = c.data.map((d) => decideData(c.pair, c.subject, d, c.purpose, c.consent));
  const perData = outcomes.map((o) => o.verdict);
  const verdict = mostRestrictive(perData.map((p) => p.verdict));
  const leading = perData.filter((p) => p.verdict === verdict);
  const leadingFirst = [...leading, ...perData];
  const rules = dedupeRules(collect(leadingFirst, (p) => p.rules));
  const permits = collect(outcomes, (o) => o.permits);
  const covenant = rules[0]?.covenant ?? null;
  const askWhom = askWhomFor(index, rules, verdict);
  const decision: Decision = {
    verdict,
    question,
    covenant,
    rules,
    citations: dedupeCitations(collect(leadingFirst, (p) => p.citations)),
    conditions: dedupeRequirements(collect(permits, (r) => r.conditions)),
    duties: dedupeRequirements(collect(permits, (r) => r.duties)),
    routeVia: verdict === 'route_via' ? (leading[0]?.routeVia ?? null) : null,
    missing: [],
    perData,
    whatWouldChange: alternatives(c, outcomes, verdict, index, question, open),
    askWhom,
  };
  const doubts = doubtsOf(c.pair, rules, question.date);
  if (doubts) decision.doubts = doubts;
  return decision;
}

/** The safer readings behind the determining rules, and the covenant's doubtful days when the date is one. */
function doubtsOf(pair: Pair, rules: readonly RuleRef[], date: string): Text[] | undefined {
  let out: Text[] | undefined;
  for (const r of rules) if (r.doubt && !(out ??= []).includes(r.doubt)) out.push(r.doubt);
  for (const d of pair.doubtRanges) if (date >= d.from && date <= d.until && !(out ??= []).includes(d.text)) out.push(d.text);
  return out;
}

/** A decision with nothing in it yet but its verdict. */
function bareDecision(verdict: Verdict, question: Question, fields: Partial<Decision> = {}): Decision {
  return { verdict, question, covenant: null, rules: [], citations: [], conditions: [], duties: [], routeVia: null, missing: [], perData: [], whatWouldChange: [], askWhom: [], ...fields };
}

/** No book has a rule for, or governs, this pair on this date. */
function notCovered(c: Completion, index: RuleIndex, question: Question): Decision {
  const doubts = doubtsOf(c.pair, NONE, question.date);
  return bareDecision('not_covered', question, {
    ...(doubts ? { doubts } : {}),
    perData: c.data.map((data) => ({ data, verdict: 'not_covered', rules: [], citations: [], routeVia: null })),
    whatWouldChange: (c.pair.scopeNotes ??= scopeNotes(index, c.pair.from, c.pair.to, question.date)).slice(),
    askWhom: [GENERIC_ASK_WHOM],
  });
}

function askWhomFor(index: RuleIndex, rules: RuleRef[], verdict: Verdict): Text[] {
  const texts: Text[] = [];
  for (const book of index.books) if (rules.some((r) => r.covenant === book.id)) texts.push(book.askWhom);
  if (verdict === 'not_covered' || texts.length === 0) texts.push(GENERIC_ASK_WHOM);
  return texts;
}

function alternatives(c: Completion, outcomes: DataOutcome[], verdict: Verdict, index: RuleIndex, question: Question, open: ReadonlySet<Slot>): Alternative[] {
  const out: Alternative[] = [];
  const rank = RESTRICTIVENESS[verdict];
  if (rank <= RESTRICTIVENESS.allowed) return out;
  const governed = c.pair.governs !== null;
  const sBit = subjectBit(c.subject);
  // The rank of every purpose for each data category, as given and with consent (see rankRow).
  const asGiven = c.data.map((d) => rankRow(c.pair, sBit, dataBit(d), c.consent));
  const withConsent = c.consent ? asGiven : c.data.map((d) => rankRow(c.pair, sBit, dataBit(d), true));
  const overallAt = (rows: Uint8Array[], purpose: Purpose): number => {
    const at = rowIndex(purpose);
    let worst = RANK_ALLOWED;
    for (const row of rows) if (row[at]! > worst) worst = row[at]!;
    return worst;
  };

  if (!c.consent) {
    const v = overallAt(withConsent, c.purpose);
    if (v < rank) out.push({ kind: 'consent', verdict: VERDICT_OF_RANK[v]! });
  }
  if (!open.has('purpose')) {
    // By verdict and consent (rank * 2 + consent), in the order first found.
    const better = new Map<number, Purpose[]>();
    for (const p of index.vocabulary.purposes) {
      if (p === c.purpose) continue;
      const plain = overallAt(asGiven, p);
      if (plain < rank) {
        push(better, plain * 2 + (c.consent ? 1 : 0), p);
        continue;
      }
      if (!c.consent) {
        const consented = overallAt(withConsent, p);
        if (consented < rank) push(better, consented * 2 + 1, p);
      }
    }
    for (const [key, purposes] of better) out.push({ kind: 'purpose', verdict: VERDICT_OF_RANK[key >> 1]!, purposes, consent: (key & 1) === 1 });
  }
  if (!open.has('data') && governed) {
    const blocked = outcomes.some((o) => RESTRICTIVENESS[o.verdict.verdict] >= RESTRICTIVENESS.not_covered && o.verdict.rules.every((r) => r.effect === 'exhaustive-list'));
    if (blocked) {
      const at = rowIndex(c.purpose);
      const possible = index.vocabulary.dataCategories.filter((d) => !c.data.includes(d) && rankRow(c.pair, sBit, dataBit(d), c.consent)[at]! <= RANK_CONDITIONAL);
      if (possible.length > 0) out.push({ kind: 'data', verdict: 'conditional', data: possible });
    }
  }
  for (const o of outcomes) {
    o.alternatives.forEach((text, i) => {
      const rule = o.verdict.rules[i] ?? o.verdict.rules[0]!;
      if (!out.some((a) => a.kind === 'rule' && a.rule === rule.id)) out.push({ kind: 'rule', verdict: null, rule: rule.id, covenant: rule.covenant, text });
    });
  }
  if (verdict === 'not_covered') out.push(...(c.pair.scopeNotes ??= scopeNotes(index, c.pair.from, c.pair.to, question.date)));
  out.sort((a, b) => (a.verdict ? RESTRICTIVENESS[a.verdict] : 9) - (b.verdict ? RESTRICTIVENESS[b.verdict] : 9));
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Why no covenant applies: a covenant with these parties exists but not on this date, or not for this unit. */
function scopeNotes(index: RuleIndex, from: PartyRef, to: PartyRef, date: string): Alternative[] {
  const notes: Alternative[] = [];
  for (const book of index.books) {
    const fromUnits = book.partyUnits.get(from.party);
    const toUnits = book.partyUnits.get(to.party);
    if (fromUnits === undefined || toUnits === undefined || from.party === to.party) continue;
    if (!(index.byPair.get(pairKey(from.party, to.party)) ?? []).some((r) => r.book === book) && !book.governs.some((g) => g.from.has(from.party) && g.to.has(to.party))) continue;
    if (!refInBook(book, from) || !refInBook(book, to)) {
      const [party, units] = !refInBook(book, from) ? [from.party, fromUnits] : [to.party, toUnits];
      notes.push({ kind: 'scope', verdict: null, covenant: book.id, title: book.title, party, units: [...(units ?? [])] });
    } else if (!dateInBook(book, date)) {
      notes.push({ kind: 'validity', verdict: null, covenant: book.id, title: book.title, from: book.validFrom, until: book.validUntil, text: book.data.validity.explanation });
    }
  }
  return notes;
}

/**
 * The crisis routes for the asker (or, when the asker is not known, the parties the question names): an
 * acute rule applies where the book is in force and the party, with its unit named, is one it is for.
 * None applies: a plain 112 answer that cites no covenant.
 */
export function acuteRulesFor(question: Question, index: RuleIndex): CompiledRule[] {
  const askers = question.asker ? [question.asker] : [question.from, question.to].filter((r): r is PartyRef => r !== undefined);
  return index.acuteRules.filter(
    (rule) =>
      dateInBook(rule.book, question.date) &&
      askers.some(
        (ref) =>
          refInBook(rule.book, ref, true) && (rule.fromParties === null || rule.fromParties.has(ref.party)) && (rule.fromUnits === null || (ref.unit !== undefined && rule.fromUnits.has(ref.unit))),
      ),
  );
}

function acuteDecision(question: Question, index: RuleIndex): Decision {
  const rules = acuteRulesFor(question, index);
  return bareDecision('acute', question, {
    covenant: rules[0]?.book.id ?? null,
    rules: rules.map((r) => r.ref),
    citations: dedupeCitations(collect(rules, (r) => r.citations)),
  });
}

/**
 * The references a question's party may stand for. A unit-less one stands for itself where no book needs the
 * unit, or where a book with the other side lets it be left out (unitOptional); otherwise for each unit books list.
 */
function refCandidates(ref: PartyRef | undefined, other: PartyRef | undefined, index: RuleIndex): PartyRef[] {
  const expand = (party: Party, withoutUnit: boolean): PartyRef[] => {
    const units = index.restrictedUnits.get(party);
    if (!units) return [{ party }];
    const named = [...units, OTHER_UNIT].map((unit) => ({ party, unit }));
    return withoutUnit ? [{ party }, ...named] : named;
  };
  if (!ref) return collect(index.vocabulary.parties, (party) => expand(party, index.optionalUnits.has(party)));
  if (ref.unit !== undefined || !index.restrictedUnits.has(ref.party) || unitLeftOutWith(ref.party, other, index)) return [ref];
  return expand(ref.party, false);
}

function unitLeftOutWith(party: Party, other: PartyRef | undefined, index: RuleIndex): boolean {
  if (!index.optionalUnits.has(party)) return false;
  if (!other) return true;
  return index.books.some((book) => book.unitOptional.has(party) && book.partyUnits.has(other.party) && (other.unit === undefined || refInBook(book, other)));
}

const MAX_COMPLETIONS = 20_000;
const NOTHING_OPEN: ReadonlySet<Slot> = new Set();

/** How decide() reached its verdict: filled in only when asked for (by explain). */
export interface DecideTrace {
  /**
   * complete: every slot known; same: every completion gave the same verdict; no-permit: no completion permits
   * anything; answerable-part: subject or data left open, and only the block of them that gets an answer is answered.
   */
  mode: 'acute' | 'complete' | 'same' | 'no-permit' | 'answerable-part' | 'incomplete' | 'too-many';
  open: Slot[];
  /** The completion the verdict was decided on. */
  completion: { from: PartyRef; to: PartyRef; subject: Subject; data: DataCategory[]; purpose: Purpose; consent: boolean } | null;
  /** How many completions were tried. */
  tried: number;
}

function record(trace: DecideTrace | undefined, mode: DecideTrace['mode'], open: Iterable<Slot>, c: Completion | null, tried: number) {
  if (!trace) return;
  trace.mode = mode;
  trace.open = [...open].sort(bySlotOrder);
  trace.completion = c && { from: c.pair.from, to: c.pair.to, subject: c.subject, data: c.data, purpose: c.purpose, consent: c.consent };
  trace.tried = tried;
}

/** The ranks of every completion of an open question, and what decide() reads from them. */
interface OpenTable {
  ranks: Uint8Array;
  allSame: boolean;
  worst: number;
  noPermit: boolean;
  /** By slot (from, to, subject, data, purpose): whether changing only that slot changes a rank somewhere. */
  varying: boolean[];
}

// The same open question (same parties, same slots given) is asked again and again, and filling its table is most of
// deciding it. Bounded by entries, not bytes: a table holds at most MAX_COMPLETIONS bytes.
const tableCache = new WeakMap<RuleIndex, Map<string, OpenTable>>();
const TABLE_CACHE_LIMIT = 500;

function openTable(index: RuleIndex, pairs: Pair[], question: Question, data: DataCategory[] | undefined, consent: boolean, fill: () => OpenTable): OpenTable {
  const key = `${pairs.map((p) => p.key).join('|')}#${question.subject ?? ''}#${data?.join(',') ?? ''}#${question.purpose ?? ''}#${consent}`;
  return keptFor(tableCache, index, key, TABLE_CACHE_LIMIT, fill);
}

/**
 * Decides a question. Where slots are missing, every completion is tried: if they all give the same
 * verdict, that verdict is the answer; otherwise the decision is `incomplete`, naming the slots whose
 * value changes the verdict.
 */
export function decide(question: Question, index: RuleIndex, trace?: DecideTrace): Decision {
  if (question.acute) {
    record(trace, 'acute', [], null, 0);
    return acuteDecision(question, index);
  }
  const consent = question.consent === true;
  const data = question.data && question.data.length > 0 ? dedupe(question.data) : undefined;
  const { from, to, subject, purpose } = question;
  const fromCands = refCandidates(from, to, index);
  const toCands = refCandidates(to, from, index);
  if (from && to && subject && data && purpose && fromCands[0] === from && toCands[0] === to) {
    const c = { pair: preparePair(index, from, to, question.date), subject, data, purpose, consent };
    record(trace, 'complete', [], c, 1);
    return decideComplete(c, index, question, NOTHING_OPEN);
  }
  const subjects: readonly Subject[] = question.subject ? [question.subject] : index.vocabulary.subjects;
  const dataSets: DataCategory[][] = data ? [data] : index.vocabulary.dataCategories.map((d) => [d]);
  const purposes: readonly Purpose[] = question.purpose ? [question.purpose] : index.vocabulary.purposes;
  const open = new Set<Slot>();
  if (fromCands.length > 1 || !question.from) open.add('from');
  if (toCands.length > 1 || !question.to) open.add('to');
  if (!question.subject) open.add('subject');
  if (!data) open.add('data');
  if (!question.purpose) open.add('purpose');

  const combos = fromCands.length * toCands.length * subjects.length * dataSets.length;
  if (combos * purposes.length > MAX_COMPLETIONS) {
    record(trace, 'too-many', open, null, 0);
    return incomplete(question, [...open].sort(bySlotOrder));
  }

  const pairs = collect(fromCands, (f) => toCands.map((t) => preparePair(index, f, t, question.date)));
  if (open.size === 0) {
    const c = { pair: pairs[0]!, subject: subjects[0]!, data: dataSets[0]!, purpose: purposes[0]!, consent };
    record(trace, 'complete', open, c, 1);
    return decideComplete(c, index, question, open);
  }

  // The rank of every completion in a flat array indexed by (from, to, subject, data, purpose).
  const dims = [fromCands.length, toCands.length, subjects.length, dataSets.length, purposes.length];
  const strides = [dims[1]! * dims[2]! * dims[3]! * dims[4]!, dims[2]! * dims[3]! * dims[4]!, dims[3]! * dims[4]!, dims[4]!, 1];
  const { ranks, allSame, worst, noPermit, varying } = openTable(index, pairs, question, data, consent, () => {
    const ranks = new Uint8Array(combos * purposes.length);
    fillRanks(ranks, pairs, subjects, dataSets, purposes, consent);
    return { ranks, ...summary(ranks), varying: dims.map((size, k) => size > 1 && varies(ranks, strides[k]!, size)) };
  });
  // Same verdict whatever the missing slots hold: give it. Where no completion permits anything
  // (only not_allowed and not_covered), the answer is "do not share" either way: give the most
  // restrictive, as for several data categories.
  if (allSame || noPermit) {
    const at = allSame ? 0 : ranks.indexOf(worst);
    const coordinate = (k: number) => Math.floor(at / strides[k]!) % dims[k]!;
    const c = {
      pair: pairs[coordinate(0) * toCands.length + coordinate(1)]!,
      subject: subjects[coordinate(2)]!,
      data: dataSets[coordinate(3)]!,
      purpose: purposes[coordinate(4)]!,
      consent,
    };
    record(trace, allSame ? 'same' : 'no-permit', open, c, ranks.length);
    const decision = decideComplete(c, index, question, open);
    if (open.has('data')) {
      decision.perData = [];
      return withoutPersonalData(c.pair, decision);
    }
    return decision;
  }

  // A slot matters when changing only that slot changes the verdict somewhere.
  const slotOrder: Slot[] = ['from', 'to', 'subject', 'data', 'purpose'];
  const missing = slotOrder.filter((slot, k) => open.has(slot) && varying[k]);
  const part = missing.length > 0 && missing.every((slot) => slot === 'subject' || slot === 'data') ? answerablePart(ranks, dims, strides) : null;
  if (part) {
    const pair = pairs[0]!;
    const partData = part.data.map((di) => dataSets[di]![0]!);
    const pBit = purposeBit(purposes[0]!);
    // The block gets one answer only if the same rules decide it for every subject in it.
    const dBits = partData.map(dataBit);
    const first = subjectBit(subjects[part.subjects[0]!]!);
    if (part.subjects.every((si) => sameRulesDecide(pair, first, subjectBit(subjects[si]!), dBits, consent, pBit))) {
      const c = { pair, subject: subjects[part.subjects[0]!]!, data: partData, purpose: purposes[0]!, consent };
      record(trace, 'answerable-part', open, c, ranks.length);
      return limitedTo(index, decideComplete(c, index, question, open), missing.includes('subject') ? part.subjects.map((i) => subjects[i]!) : null, missing.includes('data') ? partData : null);
    }
  }
  record(trace, 'incomplete', open, null, ranks.length);
  return incomplete(question, missing.length > 0 ? missing : [...open].sort(bySlotOrder));
}

/**
 * ranks[…] for every completion, in the order of the flat array: the most restrictive rank over the data of each set.
 * Its own function, kept small, so that the hot loop is optimised on its own.
 */
function fillRanks(ranks: Uint8Array, pairs: Pair[], subjects: readonly Subject[], dataSets: DataCategory[][], purposes: readonly Purpose[], consent: boolean): void {
  const purposeAt = purposes.map(rowIndex);
  const width = purposeAt.length;
  let idx = 0;
  for (let pi = 0; pi < pairs.length; pi++) {
    const pair = pairs[pi]!;
    for (let si = 0; si < subjects.length; si++) {
      const sBit = subjectBit(subjects[si]!);
      for (let di = 0; di < dataSets.length; di++) {
        const ds = dataSets[di]!;
        const first = rankRow(pair, sBit, dataBit(ds[0]!), consent);
        for (let j = 0; j < width; j++) ranks[idx + j] = first[purposeAt[j]!]!;
        for (let k = 1; k < ds.length; k++) {
          const row = rankRow(pair, sBit, dataBit(ds[k]!), consent);
          for (let j = 0; j < width; j++) if (row[purposeAt[j]!]! > ranks[idx + j]!) ranks[idx + j] = row[purposeAt[j]!]!;
        }
        idx += width;
      }
    }
  }
}

/** Whether every completion has the same rank, the highest rank, and whether none permits or routes. */
function summary(ranks: Uint8Array): { allSame: boolean; worst: number; noPermit: boolean } {
  let allSame = true;
  let worst = 0;
  let noPermit = true;
  const first = ranks[0];
  for (let i = 0; i < ranks.length; i++) {
    const rank = ranks[i]!;
    if (rank !== first) allSame = false;
    if (rank > worst) worst = rank;
    if (rank < RANK_NOT_COVERED) noPermit = false;
  }
  return { allSame, worst, noPermit };
}

/** Whether the same rules decide every data category for two subjects. */
function sameRulesDecide(pair: Pair, sBitA: number, sBitB: number, dBits: number[], consent: boolean, pBit: number): boolean {
  if (sBitA === sBitB) return true;
  for (const dBit of dBits) {
    const a = determiningRules(pair, sBitA, dBit, consent, pBit);
    const b = determiningRules(pair, sBitB, dBit, consent, pBit);
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  }
  return true;
}

/**
 * Whether changing only the coordinate of one slot (its `stride` in the flat array, `size` values) changes a rank
 * somewhere: every value of the slot is compared with its first value, block by block.
 */
function varies(ranks: Uint8Array, stride: number, size: number): boolean {
  const block = stride * size;
  for (let start = 0; start < ranks.length; start += block) {
    for (let c = 1; c < size; c++) {
      const at = start + c * stride;
      for (let i = 0; i < stride; i++) if (ranks[at + i] !== ranks[start + i]) return true;
    }
  }
  return false;
}

/**
 * When only the subject and the data matter (the rest was given or makes no difference), and the cells
 * that get an answer (a permit or a route) form one block of subjects × data with the same verdict while
 * every other cell gets none (not_allowed or not_covered): those subjects and data. Otherwise null.
 */
function answerablePart(ranks: Uint8Array, dims: number[], strides: number[]): { subjects: number[]; data: number[] } | null {
  const rank = (s: number, d: number) => ranks[s * strides[2]! + d * strides[3]!]!;
  const answers = (r: number) => r < RESTRICTIVENESS.not_covered;
  const subjectsWith: number[] = [];
  const dataWith = new Set<number>();
  for (let s = 0; s < dims[2]!; s++) {
    let any = false;
    for (let d = 0; d < dims[3]!; d++) {
      if (!answers(rank(s, d))) continue;
      any = true;
      dataWith.add(d);
    }
    if (any) subjectsWith.push(s);
  }
  if (subjectsWith.length === 0) return null;
  const data = [...dataWith].sort((a, b) => a - b);
  const verdict = rank(subjectsWith[0]!, data[0]!);
  for (const s of subjectsWith) for (const d of data) if (rank(s, d) !== verdict) return null;
  return { subjects: subjectsWith, data };
}

const list = (label: (id: string) => Text, ids: readonly string[], lang: 'nl' | 'en') => ids.map((id) => label(id)[lang]).join('; ');

/**
 * The question left the subject or the data open, and the answer differs only between what may be shared
 * (or routed) and what may not: that answer, under the condition that it is only about those people and
 * only those data, as a privacy officer would say "yes, what is needed, nothing about the reporter".
 */
function limitedTo(index: RuleIndex, decision: Decision, onlySubjects: Subject[] | null, onlyData: DataCategory[] | null): Decision {
  const v = index.vocabulary;
  const subjectLabelIn = (s: Subject) => subjectLabel(s, v);
  const dataLabelIn = (d: DataCategory) => dataLabel(d, v);
  const limits: Requirement[] = [];
  const requirement = (id: string, text: Text): Requirement => ({ id, covenant: decision.covenant ?? '', articles: decision.rules[0]?.articles ?? [], text });
  if (onlySubjects) {
    const others = v.subjects.filter((s) => !onlySubjects.includes(s));
    limits.push(
      requirement('alleen-over-deze-personen', {
        nl: `Alleen over: ${list(subjectLabelIn, onlySubjects, 'nl')}. Niet over: ${list(subjectLabelIn, others, 'nl')}.`,
        en: `Only about: ${list(subjectLabelIn, onlySubjects, 'en')}. Not about: ${list(subjectLabelIn, others, 'en')}.`,
      }),
    );
  }
  if (onlyData) {
    const others = v.dataCategories.filter((d) => !onlyData.includes(d));
    limits.push(
      requirement('alleen-deze-gegevens', {
        nl: `Alleen deze gegevens: ${list(dataLabelIn, onlyData, 'nl')}. Niet: ${list(dataLabelIn, others, 'nl')}.`,
        en: `Only these data: ${list(dataLabelIn, onlyData, 'en')}. Not: ${list(dataLabelIn, others, 'en')}.`,
      }),
    );
  }
  decision.conditions = [...limits, ...decision.conditions];
  if (decision.verdict === 'allowed') decision.verdict = 'conditional';
  return decision;
}

/**
 * A question that names no data, where every category is forbidden by rules that allow the exchange without
 * personal data ("mag ik Veilig Thuis om advies vragen, zonder namen?"): that is the answer, under their condition.
 * Whoever then names data gets the forbid.
 */
function withoutPersonalData(pair: Pair, decision: Decision): Decision {
  if (decision.verdict !== 'not_allowed' || decision.rules.length === 0) return decision;
  const rules = decision.rules.map((ref) => pair.rules.find((r) => r.ref === ref));
  const anonymous = rules.every((r) => r?.withoutPersonalData);
  if (!anonymous) return decision;
  return {
    ...decision,
    verdict: 'conditional',
    conditions: dedupeRequirements(rules.map((r) => r!.withoutPersonalData!)),
    duties: [],
    whatWouldChange: [],
  };
}

const SLOT_ORDER: Record<Slot, number> = { from: 0, to: 1, subject: 2, data: 3, purpose: 4 };
const bySlotOrder = (a: Slot, b: Slot) => SLOT_ORDER[a] - SLOT_ORDER[b];

function dedupe<T>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++) if (list.indexOf(list[i]!) !== i) return [...new Set(list)];
  return list;
}

function incomplete(question: Question, missing: Slot[]): Decision {
  return bareDecision('incomplete', question, { missing });
}
