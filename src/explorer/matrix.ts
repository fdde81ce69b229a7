// The decision matrix of one covenant: for a direction, purpose and consent, the verdict and articles for
// every subject × data category, as that covenant alone decides it on a day it is in force. Pure.
import { compileRulebooks, type CompiledBook, type RuleIndex } from '../rules/compile';
import { decide } from '../rules/engine';
import type { Text } from '../vocabulary';
import { vocabulary, formatPartyRef, type DataCategory, type PartyRef, type Purpose, type Subject, type Verdict } from '../vocabulary';

export interface Direction {
  key: string;
  from: PartyRef;
  to: PartyRef;
}

export interface MatrixCell {
  verdict: Verdict;
  articles: string[];
  /** The safer readings behind the verdict (a rule's doubt). */
  doubts: Text[];
}

export interface Matrix {
  direction: Direction;
  purpose: Purpose;
  consent: boolean;
  date: string;
  rows: { data: DataCategory; cells: { subject: Subject; cell: MatrixCell }[] }[];
}

const refsOf = (book: CompiledBook, party: PartyRef['party']): PartyRef[] => {
  const units = book.partyUnits.get(party);
  return units ? [...units].map((unit) => ({ party, unit })) : [{ party }];
};

/** The directions the covenant says something about: those its rules or exhaustive lists name. */
export function directionsOf(book: CompiledBook): Direction[] {
  const out = new Map<string, Direction>();
  const add = (froms: readonly PartyRef['party'][], tos: readonly PartyRef['party'][]) => {
    for (const f of froms)
      for (const t of tos) {
        if (f === t) continue;
        for (const from of refsOf(book, f))
          for (const to of refsOf(book, t)) {
            const key = `${formatPartyRef(from)}>${formatPartyRef(to)}`;
            if (!out.has(key)) out.set(key, { key, from, to });
          }
      }
  };
  for (const rule of book.data.rules) if (rule.from && rule.to) add(rule.from, rule.to);
  for (const g of book.data.governs) add(g.from, g.to);
  return [...out.values()];
}

/** The purposes a direction's rules name first (the ones that matter), then the rest of the vocabulary. */
export function purposesFor(book: CompiledBook, direction: Direction): Purpose[] {
  const named = book.data.rules.filter((r) => r.from?.includes(direction.from.party) && r.to?.includes(direction.to.party)).flatMap((r) => r.purposes ?? r.unless?.purposes ?? []);
  return [...new Set([...named, ...vocabulary().purposes])];
}

/** The day the matrix is decided on: today while the covenant is in force, else its first or last day. */
export function matrixDate(book: CompiledBook, today: string): string {
  if (book.validFrom && today < book.validFrom) return book.validFrom;
  if (book.validUntil && today > book.validUntil) return book.validUntil;
  return today;
}

// The covenant on its own, so each cell says what this covenant decides (the search box asks all of them).
const alone = new WeakMap<CompiledBook, RuleIndex>();
function aloneIndex(book: CompiledBook): RuleIndex {
  let index = alone.get(book);
  if (!index) alone.set(book, (index = compileRulebooks([{ ...book.data, succeeds: undefined }])));
  return index;
}

export function matrixOf(book: CompiledBook, direction: Direction, purpose: Purpose, consent: boolean, today: string): Matrix {
  const index = aloneIndex(book);
  const date = matrixDate(book, today);
  const rows = vocabulary().dataCategories.map((data) => ({
    data,
    cells: vocabulary().subjects.map((subject) => {
      const d = decide({ from: direction.from, to: direction.to, subject, data: [data], purpose, consent, date }, index);
      return { subject, cell: { verdict: d.verdict, articles: [...new Set(d.citations.map((c) => c.article))], doubts: d.doubts ?? [] } };
    }),
  }));
  return { direction, purpose, consent, date, rows };
}
