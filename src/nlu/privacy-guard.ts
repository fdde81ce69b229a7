// The personal-data guard: finds the kinds of personal data typed into a question. The text is never kept.
import type { Lexicon } from './lexicon';
import type { PersonalDataKind } from './types';
import type { Token } from './tokens';

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;
const PHONE = /(?<![\d])(?:\+31|0031|0)[\s-]?\(?[1-9]\)?(?:[\s-]?\d){8}(?!\d)/;
const NINE_DIGITS = /(?<![\d.])(\d[\s.]?){8}\d(?![\d])/g;
const NUMERIC_DATE = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)?\d{2})(?!\d)/g;
const ISO_DATE = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/g;
/** A year up to this one is read as a year of birth; later dates are more likely the date of the disclosure. */
const LAST_BIRTH_YEAR = 2012;

function elfproef(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0 && digits !== '000000000';
}

function findBsn(text: string): boolean {
  for (const match of text.matchAll(NINE_DIGITS)) {
    const digits = match[0].replace(/[\s.]/g, '');
    if (digits.length === 9 && elfproef(digits)) return true;
  }
  return /\bbsn\b[\s:.-]*\d{8,9}\b/i.test(text);
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 4 ? n : n > 30 ? 1900 + n : 2000 + n;
}

function findBirthdate(text: string, { writtenDate, birthWordAtEnd }: PersonalDataWords): boolean {
  const looksLikeBirth = (index: number, year: number) => year <= LAST_BIRTH_YEAR || birthWordAtEnd.test(text.slice(Math.max(0, index - 25), index));
  for (const m of text.matchAll(NUMERIC_DATE)) {
    if (Number(m[1]) <= 31 && Number(m[2]) <= 12 && looksLikeBirth(m.index, fullYear(m[3]!))) return true;
  }
  for (const m of text.matchAll(ISO_DATE)) if (looksLikeBirth(m.index, Number(m[1]))) return true;
  for (const m of text.matchAll(writtenDate)) if (looksLikeBirth(m.index, Number(m[1]))) return true;
  return false;
}

/** The guard's words (grammar.yaml): those before a name, the months of a written date, the words before a date of birth. */
export type PersonalDataWords = Pick<Lexicon, 'titles' | 'writtenDate' | 'birthWordAtEnd'>;

/**
 * A capitalised word that is not the first of a sentence, not a known word and not an abbreviation
 * is taken for a name; so is any word after a title such as "mevrouw" or "dhr.".
 */
function findName(tokens: Token[], isKnown: (norm: string) => boolean, titles: ReadonlySet<string>): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (titles.has(t.norm) && i + 1 < tokens.length) {
      const next = tokens[i + 1]!;
      if (/^\p{Lu}/u.test(next.raw) || !isKnown(next.norm)) return true;
    }
    if (t.sentenceStart || !/^\p{Lu}\p{Ll}/u.test(t.raw)) continue;
    if (isKnown(t.norm)) continue;
    return true;
  }
  return false;
}

export function findPersonalData(text: string, tokens: Token[], isKnown: (norm: string) => boolean, words: PersonalDataWords): PersonalDataKind[] {
  const kinds: PersonalDataKind[] = [];
  if (findName(tokens, isKnown, words.titles)) kinds.push('name');
  // A BSN, a phone number and a date all need a digit, an e-mail address an @: most questions have neither.
  const digits = /\d/.test(text);
  if (digits && findBsn(text)) kinds.push('bsn');
  if (digits && PHONE.test(text)) kinds.push('phone');
  if (text.includes('@') && EMAIL.test(text)) kinds.push('email');
  if (digits && findBirthdate(text, words)) kinds.push('birthdate');
  return kinds;
}
