// "VT-dossier", "Blijf-medewerker", "GGZ-dossier", "AWARE-beoordeling": a word joined by hyphens that the lexicon does not
// know as a whole (nor as a typo) is read as its parts when one of them means something; a part nobody knows stays a
// word not understood (unknown-items.ts), so what nobody understood still gets no yes.
import type { Lexicon } from './lexicon';
import { normalizeWord, type Token } from './tokens';

// The parts after the first of a compound read as its parts: "VT-dossier" is one word, so VT is whose the file is.
const joined = new WeakSet<Token>();

/** Whether the token is a later part of a compound ("dossier" of "VT-dossier"). */
export const joinedToPrevious = (t: Token | undefined): boolean => !!t && joined.has(t);

function partsOf(lx: Lexicon, t: Token, readsAsWhole: (norm: string) => boolean): Token[] | undefined {
  if (readsAsWhole(t.norm)) return undefined;
  const norms = t.raw.split('-').map(normalizeWord);
  if (norms.length < 2 || norms.some((n) => n === '')) return undefined;
  // One part the lexicon knows is enough: a part it does not know stays a word not understood, so it gets no yes.
  if (!norms.some((n) => lx.phrasesByFirstWord.has(n))) return undefined;
  const raws = t.raw.split('-');
  const parts = norms.map((norm, k) => ({ norm, raw: raws[k]!, sentenceStart: k === 0 && t.sentenceStart, afterComma: k === 0 && t.afterComma }));
  for (const part of parts.slice(1)) joined.add(part);
  return parts;
}

/**
 * The tokens with each such compound replaced by its parts; the same array when the text has no hyphen (most do not).
 * `readsAsWhole`: the compound is a word of the lexicon, or a typo of one ("WIJ-team" is "wijkteam").
 */
export function splitCompounds(lx: Lexicon, text: string, tokens: Token[], readsAsWhole: (norm: string) => boolean): Token[] {
  if (!text.includes('-')) return tokens;
  const out: Token[] = [];
  for (const t of tokens) {
    const parts = t.raw.includes('-') ? partsOf(lx, t, readsAsWhole) : undefined;
    if (parts) out.push(...parts);
    else out.push(t);
  }
  return out;
}
