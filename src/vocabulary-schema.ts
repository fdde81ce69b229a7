// zod for the contract's party ids: `party` or `party:unit`, turned into a PartyRef or refused with the reason.
import { z } from 'zod/v4';
import { parsePartyRef, type PartyRef } from './vocabulary';

export const partyRefSchema = z.string().transform((text, ctx): PartyRef => {
  const parsed = parsePartyRef(text);
  if ('error' in parsed) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed;
});
