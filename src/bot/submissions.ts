// Card submissions are untrusted: zod turns them into ask input or a clear refusal.
import { z } from 'zod/v4';
import { askInputSchema, describeZodError, type AskInput } from '../ask/input';
import type { PartyRef } from '../vocabulary';
import { partyRefSchema } from '../vocabulary-schema';
import { commaList } from '../comma-list';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const slot = z.preprocess(blankToUndefined, z.string().max(100).optional());

/** The fields a question form sends: ChoiceSets as strings (data comma-separated), the toggle as "true"/"false". */
const formFields = z.object({
  from: slot,
  to: slot,
  subject: slot,
  data: slot,
  purpose: slot,
  consent: z.preprocess((v) => (v === 'true' || v === true ? true : v === 'false' || v === false || v === undefined ? false : v), z.boolean()),
});

export const questionSubmissionSchema = z.object({
  known: z.preprocess((v) => v ?? {}, formFields.partial()).optional(),
  from: slot,
  to: slot,
  subject: slot,
  data: slot,
  purpose: slot,
  consent: z.unknown().optional(),
});

export type SubmissionResult = { ok: true; input: AskInput } | { ok: false; reason: string };

/** Merges the form's inputs over the slots it carried along, and checks the result as ask input. */
export function readQuestionSubmission(raw: unknown, as: PartyRef | undefined): SubmissionResult {
  const shape = questionSubmissionSchema.safeParse(raw);
  if (!shape.success) return { ok: false, reason: describeZodError(shape.error) };
  const known = shape.data.known ?? {};
  const merged = formFields.safeParse({
    from: shape.data.from ?? known.from,
    to: shape.data.to ?? known.to,
    subject: shape.data.subject ?? known.subject,
    data: shape.data.data ?? known.data,
    purpose: shape.data.purpose ?? known.purpose,
    consent: shape.data.consent ?? known.consent,
  });
  if (!merged.success) return { ok: false, reason: describeZodError(merged.error) };
  const m = merged.data;
  const input = askInputSchema.safeParse({
    as: undefined,
    from: m.from,
    to: m.to,
    subject: m.subject,
    data: m.data ? commaList(m.data) : undefined,
    purpose: m.purpose,
    consent: m.consent,
  });
  if (!input.success) return { ok: false, reason: describeZodError(input.error) };
  return { ok: true, input: { ...input.data, as } };
}

export const profileSubmissionSchema = z.object({
  party: z.string().max(100).pipe(partyRefSchema),
  pending: z.string().max(2000).optional(),
});

export const langSchema = z.object({ lang: z.enum(['nl', 'en']).optional() });

/** A tapped line of help, voorbeelden or the welcome card: the text it sends and the list it came from. */
export const tappedLineSchema = z.object({ text: z.string().trim().min(1).max(300), list: z.enum(['help', 'examples', 'welcome']) });
