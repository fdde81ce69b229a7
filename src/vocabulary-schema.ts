// zod for the vocabulary's ids at the boundaries (flags, JSON lines, cards, directory files): each is checked against
// the vocabulary in use when the input arrives, so ids a rulebook folder adds are accepted without code.
import { z } from 'zod/v4';
import { parsePartyRef, vocabulary, type PartyRef, type VocabularyKind } from './vocabulary';

export const partyRefSchema = z.string().transform((text, ctx): PartyRef => {
  const parsed = parsePartyRef(text);
  if ('error' in parsed) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed;
});

/** An id of one kind of the vocabulary in use; `message` gets the valid ids, for a hint. */
export const vocabularyIdSchema = (kind: Exclude<VocabularyKind, 'parties'>, message: (valid: readonly string[]) => string) =>
  z.string().check((ctx) => {
    if (!vocabulary().valid[kind].has(ctx.value)) ctx.issues.push({ code: 'custom', message: message(vocabulary()[kind]), input: ctx.value });
  });

/** A party id (without unit) of the vocabulary in use. */
export const partyIdSchema = z.string().check((ctx) => {
  const v = vocabulary();
  if (!v.valid.parties.has(ctx.value)) ctx.issues.push({ code: 'custom', message: `onbekende partij "${ctx.value}" / unknown party; kies uit: ${v.parties.join(', ')}`, input: ctx.value });
});
