// The words of a question that name what is to be shared, where the reader did not understand them: "het
// letselrapport van de huisarts", "de huisartsbrief … en haar adres", "the school report". Pure.
// A word not understood counts when it heads the object of the question: after an article, possessive or
// demonstrative that does not follow a preposition (so "tegen de wijkcoach", "voor de beoordeling" do not count),
// or joined by "en"/"and" to a data category; and not when a data category follows it ("de markering 'medische
// indicatie'", "haar nieuwe adres": a word that only describes understood data).
// The same place after a modal verb holds the giver ("mag de jeugdarts … geven", "can the bank share"): a word not
// understood there cannot be read as a party of a covenant either, so it counts too.
// The small words are grammar.yaml's: determiners, prepositions, subordinators, adverbs, joiners, pointingBack, askingVerbs.
import type { Concept, Lexicon, Mention } from './lexicon';
import type { Token } from './tokens';
import { joinedToPrevious } from './compounds';

/** Kinds of words a word before them can only describe: data, things no category covers, people, a question. */
const DESCRIBED_NOUNS = new Set<Concept['kind']>(['data', 'ambiguous', 'unlisted', 'subject', 'asking']);

const sentenceOf = (tokens: Token[], i: number) => {
  let s = i;
  while (s > 0 && !tokens[s]!.sentenceStart) s--;
  return s;
};

/**
 * A capital first letter may be a name, which is never echoed or read as a thing; a word whose last part after a hyphen
 * is in lower case ("BVH-overzicht", "GGZ-brief") is a thing, not a name ("Jan-Willem").
 */
const nameLike = (raw: string) => /^\p{Lu}/u.test(raw) && !/-\p{Ll}[^-]*$/u.test(raw);

export function unknownItems(lx: Lexicon, tokens: Token[], mentions: Mention[], unknown: number[]): string[] {
  const unknownSet = new Set(unknown);
  // Short words not understood ("on", "vd") are no part of a name for a thing.
  const isUnknown = (k: number) => unknownSet.has(k) && (tokens[k]?.norm.length ?? 0) > 2;
  const at = (i: number) => mentions.find((m) => m.start <= i && i < m.end);
  const kindAt = (i: number) => at(i)?.concept.kind;
  // "mag ik de politie om de pasfoto vragen": the form of asking after it, with no "te" between (not "om … te doen").
  const askedAfter = (i: number) => {
    for (let k = i + 1; k < tokens.length && !tokens[k]!.sentenceStart && tokens[k]!.norm !== 'te'; k++) if (lx.askingVerbs.has(tokens[k]!.norm)) return true;
    return false;
  };
  const isPreposition = (i: number) => {
    const norm = tokens[i]?.norm ?? '';
    if (norm === 'om' || norm === 'for') return ![i - 1, i - 2, i - 3, i - 4].some((k) => lx.askingVerbs.has(tokens[k]?.norm ?? '')) && !(norm === 'om' && askedAfter(i));
    return kindAt(i) === 'prep' || lx.prepositions.has(norm);
  };
  // The sentence asks about sharing (a verb of giving or getting, or a modal verb: "mag dat?"), and the word is
  // not in a clause of its own before it ("…, zodat VT de veiligheid kan volgen").
  const sentenceAsks = (start: number) => {
    for (let k = start; k < tokens.length && (k === start || !tokens[k]!.sentenceStart); k++) {
      const kind = kindAt(k);
      if (kind === 'verb' || kind === 'modal') return true;
    }
    return false;
  };
  // "… wil ook het volledige verslag van ons huisbezoek. Mag dat?": a later question that points back with a pronoun
  // and names no data of its own asks about what this sentence names.
  const askedAboutLater = (start: number) => {
    for (let k = start + 1; k < tokens.length; k++) {
      if (!tokens[k]!.sentenceStart) continue;
      let end = k + 1;
      while (end < tokens.length && !tokens[end]!.sentenceStart) end++;
      const words = tokens.slice(k, end);
      const namesData = mentions.some((m) => m.start >= k && m.start < end && (m.concept.kind === 'data' || m.concept.kind === 'ambiguous'));
      if (sentenceAsks(k) && !namesData && words.some((w) => lx.pointingBack.has(w.norm))) return true;
    }
    return false;
  };
  const inQuestionClause = (i: number) => {
    const start = sentenceOf(tokens, i);
    for (let k = start; k < i; k++) if (lx.subordinators.has(tokens[k]!.norm)) return false;
    return sentenceAsks(start) || askedAboutLater(start);
  };
  const found: string[] = [];
  for (const i of unknown) {
    const t = tokens[i]!;
    // The last word of a run of words not understood is its head ("de geb datum": datum).
    if (isUnknown(i + 1) && !tokens[i + 1]!.sentenceStart) continue;
    if (t.norm.length <= 2 || /\d/.test(t.norm) || (!t.sentenceStart && nameLike(t.raw)) || lx.adverbs.has(t.norm) || lx.subordinators.has(t.norm)) continue;
    // A word not understood before a noun the reader knows describes it ("haar nieuwe adres", "a short question",
    // "de nieuwe vriend", "het hele dossier"): that noun, not this word, is what is named.
    const next = kindAt(i + 1);
    if (next !== undefined && DESCRIBED_NOUNS.has(next)) continue;
    // "vragen de afdoeningsbeslissing aan te houden": the object of another verb than one of sharing.
    const te = [i + 1, i + 2, i + 3].find((k) => tokens[k]?.norm === 'te' && !tokens[k]!.sentenceStart);
    if (te !== undefined && kindAt(te + 1) !== 'verb') continue;
    let left = i;
    // "het Wmo-overzicht": the parts of one word joined by a hyphen stand together after the article.
    while (left > 0 && !tokens[left]!.sentenceStart && (isUnknown(left - 1) || kindAt(left - 1) === 'non-party' || joinedToPrevious(tokens[left]))) left--;
    // "de Blijf-begeleider", "the GI-worker": someone of the organisation the word is joined to (grammar.yaml memberWords).
    if (left < i && joinedToPrevious(tokens[i]) && lx.memberWords.has(t.norm)) continue;
    // A word after a comma is not the object of a determiner before it ("… bekend zijn, zodat we weten …").
    if (tokens[left]!.sentenceStart || tokens[left]!.afterComma) continue;
    const before = tokens[left - 1]!;
    // At the start of a sentence the article opens its subject ("de ouders willen niet …").
    const determined = lx.objectDeterminers.has(before.norm) && !before.sentenceStart && !isPreposition(left - 2);
    // "the client's discharge letter": a person's possessive stands where the article would, unless a preposition opens
    // it ("to the children's safety").
    const article = lx.articles.has(tokens[left - 2]?.norm ?? '') ? left - 3 : left - 2;
    const possessed = /['’]s$/i.test(before.raw) && kindAt(left - 1) === 'subject' && !isPreposition(article);
    const joined = lx.joiners.has(before.norm) && kindAt(left - 2) === 'data';
    if (!determined && !joined && !possessed) continue;
    // "to fit the conditions of his probation", "to protect the children's safety": in English too, the object of
    // another verb than one of sharing.
    const verb = possessed ? article : left - 2;
    if (tokens[verb - 1]?.norm === 'to' && isUnknown(verb)) continue;
    if (!inQuestionClause(i)) continue;
    found.push(t.norm);
  }
  return [...new Set(found)];
}
