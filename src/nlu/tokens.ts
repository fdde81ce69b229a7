// Splits a question into tokens: lower case, accents and hyphens removed, original form kept for the guard.

export interface Token {
  /** Normalised: lower case, no accents, no hyphens or apostrophes ("cliënte" → "cliente", "ex-partner" → "expartner"). */
  norm: string;
  /** As typed, for capitalisation checks. */
  raw: string;
  /** True for the first word of a sentence. */
  sentenceStart: boolean;
  /** True for the first word after a comma (a new clause). */
  afterComma: boolean;
}

const COMBINING = /[\u0300-\u036f]/g;
const MARKS = /[-'’`]/g;

/** Most words are plain ASCII; they need no Unicode normalisation, often not even lower-casing. */
function asciiShape(word: string): 'plain' | 'upper' | 'marks' | 'other' {
  let shape: 'plain' | 'upper' | 'marks' = 'plain';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c >= 128) return 'other';
    if (c >= 65 && c <= 90) {
      if (shape === 'plain') shape = 'upper';
    } else shape = 'marks';
  }
  return shape;
}

export function normalizeWord(word: string): string {
  const shape = asciiShape(word);
  if (shape === 'plain') return word;
  if (shape === 'upper') return word.toLowerCase();
  if (shape === 'marks') return word.toLowerCase().replace(MARKS, '');
  return word.normalize('NFD').replace(COMBINING, '').toLowerCase().replace(MARKS, '');
}

const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 10; // . ! ? : ; \n
const isTrailingMark = (c: number) => c === 45 || c === 39 || c === 0x2019 || c === 96; // - ' ’ `

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
// Accents typed as separate combining marks ("e" + "̈"): part of the word, removed by normalisation.
const COMBINING_MARK = /^\p{M}$/u;

const isAsciiLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** How many UTF-16 units the letter or number at `i` takes (0 when it is neither): a word starts with one. */
function letterAt(text: string, i: number, c: number): number {
  if (c < 128) return isAsciiLetterOrDigit(c) ? 1 : 0;
  const char = String.fromCodePoint(text.codePointAt(i)!);
  return LETTER_OR_NUMBER.test(char) ? char.length : 0;
}

/** How many UTF-16 units the word character at `i` takes (0 when the word ends there): letters, numbers, ' ’ ` - and accents. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetterOrDigit(c) || c === 45 || c === 39 || c === 96 ? 1 : 0;
  if (c === 0x2019) return 1;
  const length = letterAt(text, i, c);
  if (length > 0) return length;
  return COMBINING_MARK.test(text[i]!) ? 1 : 0;
}

const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const NO_ABBREVIATIONS: ReadonlySet<string> = new Set();
const isAsciiLower = (c: number) => c >= 97 && c <= 122;

/**
 * "mevrouw K. gaat …", "het alarm van mw. gaat af": the full stop at `i` closes an initial (one capital letter) or one of
 * `abbreviations` (normalised) just before it, and the text goes on in lower case, so no sentence ends there.
 */
function afterInitial(text: string, i: number, tokens: Token[], abbreviations: ReadonlySet<string>): boolean {
  const last = tokens[tokens.length - 1];
  if (!last || !text.endsWith(last.raw, i)) return false;
  const initial = last.raw.length === 1 && isAsciiUpper(last.raw.charCodeAt(0));
  if (!initial && !abbreviations.has(last.norm)) return false;
  let j = i + 1;
  while (j < text.length && text.charCodeAt(j) === 32) j++;
  return j > i + 1 && isAsciiLower(text.charCodeAt(j));
}

/** Scanned by hand rather than with a Unicode regular expression: the tokenizer runs on every question. */
export function tokenize(text: string, abbreviations: ReadonlySet<string> = NO_ABBREVIATIONS): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let afterComma = false;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const first = letterAt(text, i, c);
    if (first === 0) {
      if (isSentenceEnd(c) && !(c === 46 && afterInitial(text, i, tokens, abbreviations))) sentenceStart = true;
      else if (c === 44) afterComma = true;
      i++;
      continue;
    }
    const start = i;
    i += first;
    while (i < text.length) {
      const n = wordCharAt(text, i);
      if (n === 0) break;
      i += n;
    }
    let end = i;
    while (isTrailingMark(text.charCodeAt(end - 1))) end--;
    const raw = text.slice(start, end);
    const norm = normalizeWord(raw);
    if (norm) tokens.push({ norm, raw, sentenceStart, afterComma });
    sentenceStart = false;
    afterComma = false;
  }
  return tokens;
}

/** The sentence of each token: a new one after . ! ? : ; or a line break. */
export function sentencesOf(tokens: Token[]): number[] {
  let sentence = 0;
  return tokens.map((t, i) => (i > 0 && t.sentenceStart ? ++sentence : sentence));
}

/** Whether `words` (normalised) stand at tokens i, i + 1, … */
function wordsAt(tokens: Token[], i: number, words: readonly string[]): boolean {
  if (i < 0 || i + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (tokens[i + k]!.norm !== words[k]) return false;
  return true;
}

/** How many tokens one of `phrases` (each in normalised words) takes from token i: 0 when none starts there. */
export function phraseAt(tokens: Token[], i: number, phrases: readonly (readonly string[])[]): number {
  for (const words of phrases) if (wordsAt(tokens, i, words)) return words.length;
  return 0;
}

/** Whether one of `phrases` ends right before token `end` ("als medewerker van" before the party at `end`). */
export function phraseEndsAt(tokens: Token[], end: number, phrases: readonly (readonly string[])[]): boolean {
  for (const words of phrases) if (wordsAt(tokens, end - words.length, words)) return true;
  return false;
}

/** Whether one of `phrases` stands anywhere in the tokens. */
export function hasPhrase(tokens: Token[], phrases: readonly (readonly string[])[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (phraseAt(tokens, i, phrases) > 0) return true;
  return false;
}

/** Edit distance counting a swap of two neighbouring letters as one edit, with an early exit past `max`. */
export function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return false;
    rows.push(row);
  }
  return rows[a.length]![b.length]! <= max;
}
