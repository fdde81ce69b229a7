// The tense of what a message tells, for danger now (danger-now.ts): which danger cues speak of the past. Pure: words of
// danger.yaml and grammar.yaml, no clock.
import { DANGER_CUE_KINDS, type Lexicon, type Mention } from './lexicon';
import type { Token } from './tokens';

export interface TenseInput {
  lx: Lexicon;
  mentions: Mention[];
  tokens: Token[];
  /** The clause and the sentence of each token. */
  clauseOf: number[];
  sentenceOf: number[];
}

export interface TenseParts {
  /** The part of its clause each token is in: a new part at a word of `tenseBreaks` ("… and says he came …"). */
  partOf: number[];
  /** The first token of the part of token i. */
  firstOf(i: number): number;
  /** The parts with a verb in the present (`presentForms`). */
  presentParts: ReadonlySet<number>;
  /** The part opens with someone and has a verb in the present ("… and he is back with a gun"): it tells its own time. */
  ownTime(part: number): boolean;
}

export interface PastReading {
  /** Token i is told in the past. */
  pastAt(i: number): boolean;
  /** Token i is told in the past by a past time named ("vorig jaar", "twee jaar geleden", "in 2023"), not by a verb alone. */
  datedAt(i: number): boolean;
  /** Something in the message is told in the past. */
  toldPast: boolean;
}

/**
 * "the kids have been left on their own after both parents were taken away": a past word after one of `pastAside` in
 * its clause, where danger was told before that word in the same sentence, says why, not that the danger is past.
 * Not where that danger is itself told in the past ("he hit her after he was released").
 */
function tellsWhy({ lx, mentions, tokens, clauseOf, sentenceOf }: TenseInput, past: Mention): boolean {
  for (let j = past.start - 1; j >= 0 && clauseOf[j] === clauseOf[past.start]; j--) {
    if (!lx.pastAside.has(tokens[j]!.norm)) continue;
    return mentions.some((c) => DANGER_CUE_KINDS.has(c.concept.kind) && c.end <= j && sentenceOf[c.start] === sentenceOf[past.start] && !lx.pastForms.has(tokens[c.start]!.norm));
  }
  return false;
}

/**
 * "met het jachtgeweer op schoot", "op zijn schoot": a past form right after a word of `nounAfter`, determiners between or
 * not, is a noun, no verb of the past.
 */
function asNoun({ lx, tokens }: TenseInput, past: Mention): boolean {
  if (past.end - past.start !== 1 || !lx.pastForms.has(tokens[past.start]!.norm)) return false;
  return lx.nounAfter.has(wordBefore(lx, tokens, past.start));
}

/** The word before token i, past any determiners ("op zijn schoot": "op"); empty at the start. */
export function wordBefore(lx: Lexicon, tokens: Token[], i: number): string {
  let j = i - 1;
  while (j >= 0 && lx.determiners.has(tokens[j]!.norm)) j--;
  return j >= 0 ? tokens[j]!.norm : '';
}

/** How a clause splits into parts that may each have a time of their own (see TenseParts). */
export function tensePartsOf({ lx, mentions, tokens, clauseOf }: TenseInput): TenseParts {
  let part = 0;
  const partOf = tokens.map((t, i) => (i > 0 && (clauseOf[i] !== clauseOf[i - 1] || lx.tenseBreaks.has(t.norm)) ? ++part : part));
  const firstOf = (i: number) => {
    let j = i;
    while (j > 0 && partOf[j - 1] === partOf[i]) j--;
    return j;
  };
  // Right at the start of a part, after its word of `tenseBreaks` and an article or possessive ("but his brother …").
  const opensPart = (i: number) => {
    let j = i;
    while (j > 0 && partOf[j - 1] === partOf[i] && lx.determiners.has(tokens[j - 1]!.norm)) j--;
    if (j > 0 && partOf[j - 1] === partOf[i] && lx.tenseBreaks.has(tokens[j - 1]!.norm)) j--;
    // The message's first word opens its first part as any other does.
    return j === 0 || partOf[j - 1] !== partOf[i];
  };
  // Someone, or a cue that names them ("he is back").
  const opener = (m: Mention) => m.concept.kind === 'person' || m.concept.kind === 'subject' || (DANGER_CUE_KINDS.has(m.concept.kind) && lx.presentForms.has(tokens[m.start + 1]?.norm ?? ''));
  const subjectParts = new Set(mentions.filter((m) => opener(m) && opensPart(m.start)).map((m) => partOf[m.start]!));
  // "een kind dat roept 'papa niet doen'": a part opened by a relative pronoun right after someone is about them.
  const personEnds = new Set(mentions.filter((m) => m.concept.kind === 'person' || m.concept.kind === 'subject').map((m) => m.end));
  tokens.forEach((t, i) => i > 0 && partOf[i] !== partOf[i - 1] && lx.relativePronouns.has(t.norm) && personEnds.has(i) && subjectParts.add(partOf[i]!));
  const presentParts = new Set<number>();
  tokens.forEach((t, i) => lx.presentForms.has(t.norm) && presentParts.add(partOf[i]!));
  return { partOf, firstOf, presentParts, ownTime: (p) => presentParts.has(p) && subjectParts.has(p) };
}

/**
 * Which cues speak of the past. A past word that is no verb ("Vorige week stond hij met een mes voor de deur", "in 2023",
 * "in mei") speaks for its sentence, but for a part that tells its own time ("he was here last week and he is back with a
 * gun"); a past verb ("was", "came", "gedreigd heeft") for its part of a clause, and for the parts of its sentence
 * without a verb in the present ("he was drunk and hit her"), not for one with ("he is outside and says he came to take
 * her with him").
 */
const YEAR = /^(19|20)\d\d$/;

export function readPast(input: TenseInput, { partOf, ownTime, presentParts }: TenseParts): PastReading {
  const { lx, mentions, tokens, sentenceOf } = input;
  const pastSentences = new Set<number>();
  const pastWordParts = new Set<number>();
  const pastVerbSentences = new Set<number>();
  const pastVerbParts = new Set<number>();
  const pastVerbAt = (i: number) => {
    pastVerbParts.add(partOf[i]!);
    pastVerbSentences.add(sentenceOf[i]!);
  };
  const pastWordAt = (i: number) => {
    pastSentences.add(sentenceOf[i]!);
    pastWordParts.add(partOf[i]!);
  };
  for (const m of mentions) {
    if (m.concept.kind !== 'past' || tellsWhy(input, m) || asNoun(input, m)) continue;
    if (tokens.slice(m.start, m.end).some((t) => lx.pastForms.has(t.norm))) pastVerbAt(m.start);
    else pastWordAt(m.start);
  }
  // "dat vader gedreigd heeft …", "hij heeft haar in mei bedreigd": a threat in the perfect tense is a threat made.
  tokens.forEach((t, i) => lx.threatParticiples.has(t.norm) && tokens.some((u, j) => partOf[j] === partOf[i] && lx.havingVerbs.has(u.norm)) && pastVerbAt(i));
  // "in 2023", "in mei": a year or month named places what is told in the past.
  const before = (i: number) => tokens[i - 1]?.norm ?? '';
  const year = (t: Token) => t.norm.length === 4 && YEAR.test(t.norm);
  const named = (t: Token, i: number) => (year(t) && lx.beforeYear.has(before(i))) || (lx.months.has(t.norm) && lx.beforeMonth.has(before(i)));
  tokens.forEach((t, i) => named(t, i) && pastWordAt(i));
  const pastAt = (i: number) => {
    const part = partOf[i]!;
    if (pastVerbParts.has(part) || pastWordParts.has(part)) return true;
    return (pastSentences.has(sentenceOf[i]!) && !ownTime(part)) || (pastVerbSentences.has(sentenceOf[i]!) && !presentParts.has(part));
  };
  const datedAt = (i: number) => pastWordParts.has(partOf[i]!) || (pastSentences.has(sentenceOf[i]!) && !ownTime(partOf[i]!));
  return { pastAt, datedAt, toldPast: pastSentences.size > 0 || pastVerbSentences.size > 0 };
}
