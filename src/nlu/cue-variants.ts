// Cues of danger as people type them, with another determiner ("in een auto getrokken" for "in de auto getrokken"):
// worked out once, when the lexicon is compiled, as extra phrases. A word inside a cue ("gooit net met") is read by
// the scanner (question-reader.ts), which would otherwise need a phrase for every cue and every such word.
import type { Concept } from './lexicon';

/**
 * The variants of every cue (a phrase of one of `kinds`) of two words or more with one determiner swapped for another of
 * its group, where the lexicon does not list the variant itself (`listed`). Not the cue's last word: that is a person, not
 * a determiner.
 */
export function cueVariants(
  phrases: Iterable<[string[], Concept]>,
  listed: (key: string) => boolean,
  determinerGroups: readonly (readonly string[])[],
  kinds: ReadonlySet<Concept['kind']>,
): [string[], Concept][] {
  const out: [string[], Concept][] = [];
  const seen = new Set<string>();
  const add = (variant: string[], concept: Concept) => {
    const key = variant.join(' ');
    if (listed(key) || seen.has(key)) return;
    seen.add(key);
    out.push([variant, concept]);
  };
  for (const [phrase, concept] of phrases) {
    if (!kinds.has(concept.kind) || phrase.length < 2) continue;
    phrase.forEach((word, k) => {
      // Last in a cue, "haar" and "her" are the person ("slaat haar", "hit her"), not a determiner of what follows.
      if (k === phrase.length - 1) return;
      const group = determinerGroups.find((g) => g.includes(word));
      for (const other of group ?? []) if (other !== word) add([...phrase.slice(0, k), other, ...phrase.slice(k + 1)], concept);
    });
  }
  return out;
}
