// Turns validated rulebook data into lookup structures the engine can scan in well under a microsecond:
// rules indexed by (from party, to party), subjects/data/purposes as bit masks.
import { vocabulary, type Party, type Text, type Vocabulary } from '../vocabulary';
import type { RuleData, RulebookData } from './schema';
import type { Citation, Requirement, RuleRef } from './types';

export interface CompiledBook {
  id: string;
  title: string;
  version: string;
  /** The rulebook this one renews, and the one that renews it (null: none). */
  succeeds: string | null;
  succeededBy: string | null;
  validFrom: string | null;
  validUntil: string | null;
  /** Party → allowed units (null: any unit). A party missing from the map is not a party of the book. */
  partyUnits: Map<Party, ReadonlySet<string> | null>;
  /** Parties whose units are listed but may be left out of a question (then assumed within them). */
  unitOptional: ReadonlySet<Party>;
  governs: CompiledGoverns[];
  askWhom: Text;
  data: RulebookData;
}

export interface CompiledGoverns {
  from: ReadonlySet<Party>;
  to: ReadonlySet<Party>;
  listRule: RuleRef;
  purposeRule: RuleRef;
  listCitations: Citation[];
  purposeCitations: Citation[];
}

export interface CompiledRule {
  book: CompiledBook;
  id: string;
  effect: RuleData['effect'];
  /** The parties the rule names as discloser (for acute rules: whom the crisis route is for); null for all. */
  fromParties: ReadonlySet<Party> | null;
  fromUnits: ReadonlySet<string> | null;
  toUnits: ReadonlySet<string> | null;
  subjectMask: number;
  dataMask: number;
  purposeMask: number;
  whenConsent: boolean | undefined;
  hasUnless: boolean;
  unlessConsent: boolean | undefined;
  unlessPurposeMask: number;
  routeVia: Party | null;
  conditions: Requirement[];
  duties: Requirement[];
  ref: RuleRef;
  citations: Citation[];
  alternative: Text | null;
  /** A forbid's condition under which the exchange is allowed without any personal data (see the schema). */
  withoutPersonalData: Requirement | null;
}

export interface RuleIndex {
  books: CompiledBook[];
  /** Sharing rules by `${from}>${to}` party pair. */
  byPair: Map<string, CompiledRule[]>;
  /** Duty rules (they decide nothing, they add duties) by the same pairs. */
  dutiesByPair: Map<string, CompiledRule[]>;
  acuteRules: CompiledRule[];
  /** Every unit some book restricts a party to: the candidates when a question leaves the unit open. */
  restrictedUnits: Map<Party, string[]>;
  /** Units books list for a party that may be left out of a question (see unitOptional). */
  optionalUnits: Map<Party, string[]>;
  /** The ids the rulebooks were checked against: what a question's missing slot may be. */
  vocabulary: Vocabulary;
}

/** A rule that lists no subjects (data, purposes) applies to every one: all bits set. */
const ALL = ~0;

/**
 * Each id's bit, the same in every index of the process: an id gets the next free bit the first time a vocabulary
 * naming it is compiled. A mask holds 32 bits, so a kind holds at most 32 ids (an unknown id has no bit: 0).
 */
const SUBJECT_BITS = new Map<string, number>();
const DATA_BITS = new Map<string, number>();
const PURPOSE_BITS = new Map<string, number>();
function registerBits(table: Map<string, number>, ids: readonly string[], kind: string): void {
  for (const id of ids) {
    if (table.has(id)) continue;
    if (table.size >= 32) throw new Error(`more than 32 ${kind} in the vocabulary: the rule index holds 32 (${id} is one too many)`);
    table.set(id, 1 << table.size);
  }
}
export const subjectBit = (s: string) => SUBJECT_BITS.get(s) ?? 0;
export const dataBit = (d: string) => DATA_BITS.get(d) ?? 0;
export const purposeBit = (p: string) => PURPOSE_BITS.get(p) ?? 0;

const maskOf = (values: readonly string[] | undefined, bit: (v: string) => number, all: number) => (values ? values.reduce((m, v) => m | bit(v), 0) : all);

export const pairKey = (from: Party, to: Party) => `${from}>${to}`;

function compileBook(data: RulebookData): CompiledBook {
  const book: CompiledBook = {
    id: data.id,
    title: data.title,
    version: data.version,
    succeeds: data.succeeds ?? null,
    succeededBy: null,
    validFrom: data.validity.from,
    validUntil: data.validity.until,
    partyUnits: new Map(data.parties.map((p) => [p.party, p.units ? new Set(p.units) : null])),
    unitOptional: new Set(data.parties.filter((p) => p.unitOptional && p.units).map((p) => p.party)),
    governs: [],
    askWhom: data.askWhom,
    data,
  };
  book.governs = data.governs.map((g, i) => ({
    from: new Set(g.from),
    to: new Set(g.to),
    listRule: {
      id: `${data.id}#lijst-${i + 1}`,
      covenant: data.id,
      effect: 'exhaustive-list',
      articles: g.articles,
      explanation: g.explanation ?? {
        nl: `Dit convenant regelt delen in deze richting met een uitputtende lijst: wat er niet in staat, mag niet (${articleList(g.articles, 'nl')}).`,
        en: `This covenant governs sharing in this direction with an exhaustive list: what it does not list is not allowed (${articleList(g.articles, 'en')}).`,
      },
    },
    purposeRule: {
      id: `${data.id}#doel-${i + 1}`,
      covenant: data.id,
      effect: 'purpose-binding',
      articles: g.purposeArticles,
      explanation: g.purposeExplanation ?? {
        nl: `Dit doel valt buiten de doelen waarvoor dit convenant delen toestaat (${articleList(g.purposeArticles, 'nl')}).`,
        en: `This purpose lies outside the purposes for which this covenant allows sharing (${articleList(g.purposeArticles, 'en')}).`,
      },
    },
    listCitations: g.articles.map((article) => ({ covenant: data.id, article, text: data.articles[article]! })),
    purposeCitations: g.purposeArticles.map((article) => ({ covenant: data.id, article, text: data.articles[article]! })),
  }));
  return book;
}

function articleList(articles: string[], lang: 'nl' | 'en'): string {
  return articles.map((a) => (/^\d/.test(a) ? `art. ${a}` : a)).join(lang === 'nl' ? ', ' : ', ');
}

export function citationsOf(book: CompiledBook, articles: string[]): Citation[] {
  return articles.map((article) => ({ covenant: book.id, article, text: book.data.articles[article]! }));
}

function compileRule(book: CompiledBook, rule: RuleData): CompiledRule {
  const requirement =
    (kind: 'conditions' | 'duties') =>
    (id: string): Requirement => {
      const entry = book.data[kind][id]!;
      return { id, covenant: book.id, articles: entry.articles, text: entry.text, ...(entry.who ? { who: entry.who } : {}) };
    };
  return {
    book,
    id: rule.id,
    effect: rule.effect,
    fromParties: rule.from ? new Set(rule.from) : null,
    fromUnits: rule.fromUnits ? new Set(rule.fromUnits) : null,
    toUnits: rule.toUnits ? new Set(rule.toUnits) : null,
    subjectMask: maskOf(rule.subjects, subjectBit, ALL),
    dataMask: maskOf(rule.data, dataBit, ALL),
    purposeMask: maskOf(rule.purposes, purposeBit, ALL),
    whenConsent: rule.when?.consent,
    hasUnless: rule.unless !== undefined,
    unlessConsent: rule.unless?.consent,
    unlessPurposeMask: maskOf(rule.unless?.purposes, purposeBit, ALL),
    routeVia: rule.routeVia ?? null,
    conditions: rule.conditions.map(requirement('conditions')),
    duties: rule.duties.map(requirement('duties')),
    ref: { id: rule.id, covenant: book.id, effect: rule.effect, articles: rule.articles, explanation: rule.explanation, ...(rule.doubt ? { doubt: rule.doubt } : {}) },
    citations: citationsOf(book, rule.articles),
    alternative: rule.alternative ?? null,
    withoutPersonalData: rule.withoutPersonalData ? requirement('conditions')(rule.withoutPersonalData) : null,
  };
}

/** A renewal that does not fit its predecessor: unknown, renewed twice, or overlapping in time. */
export class VersionError extends Error {
  constructor(
    message: string,
    /** The id of the renewing rulebook whose `succeeds` is wrong. */
    readonly rulebook: string,
  ) {
    super(message);
  }
}

function linkVersions(books: CompiledBook[]): void {
  const byId = new Map(books.map((b) => [b.id, b]));
  for (const book of books) {
    if (!book.succeeds) continue;
    const where = `${book.id}.yaml, field "succeeds"`;
    const before = byId.get(book.succeeds);
    if (!before) throw new VersionError(`${where}: no rulebook has the id ${book.succeeds}`, book.id);
    if (before.succeededBy) throw new VersionError(`${where}: ${before.id} is already renewed by ${before.succeededBy}`, book.id);
    if (!book.validFrom || !before.validUntil || book.validFrom <= before.validUntil) {
      throw new VersionError(`${where}: a renewal starts after ${before.id} ends (${before.validUntil ?? 'no end date'}), but starts ${book.validFrom ?? 'without a start date'}`, book.id);
    }
    before.succeededBy = book.id;
  }
}

/** Compiles rulebooks already checked against `vocab` (schema.ts, vocabularyProblems). */
export function compileRulebooks(books: RulebookData[], vocab: Vocabulary = vocabulary()): RuleIndex {
  registerBits(SUBJECT_BITS, vocab.subjects, 'subjects');
  registerBits(DATA_BITS, vocab.dataCategories, 'data categories');
  registerBits(PURPOSE_BITS, vocab.purposes, 'purposes');
  const ids = new Set<string>();
  const index: RuleIndex = { books: [], byPair: new Map(), dutiesByPair: new Map(), acuteRules: [], restrictedUnits: new Map(), optionalUnits: new Map(), vocabulary: vocab };
  for (const data of books) {
    if (ids.has(data.id)) throw new Error(`two rulebooks have the id ${data.id}`);
    ids.add(data.id);
    const book = compileBook(data);
    index.books.push(book);
    for (const [party, units] of book.partyUnits) {
      if (!units) continue;
      const map = book.unitOptional.has(party) ? index.optionalUnits : index.restrictedUnits;
      const known = map.get(party) ?? [];
      for (const unit of units) if (!known.includes(unit)) known.push(unit);
      map.set(party, known);
    }
    for (const ruleData of data.rules) {
      const rule = compileRule(book, ruleData);
      if (rule.effect === 'acute') {
        index.acuteRules.push(rule);
        continue;
      }
      const byPair = rule.effect === 'duty' ? index.dutiesByPair : index.byPair;
      for (const from of ruleData.from!) {
        for (const to of ruleData.to!) {
          if (from === to) continue;
          const key = pairKey(from, to);
          const list = byPair.get(key) ?? [];
          list.push(rule);
          byPair.set(key, list);
        }
      }
    }
  }
  linkVersions(index.books);
  return index;
}
