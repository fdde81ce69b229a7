// The `ask` input as it arrives from flags, JSON lines or a card: checked by zod before anything uses it.
import { z } from 'zod/v4';
import { partyRefSchema, vocabularyIdSchema } from '../vocabulary-schema';
import { isCalendarDay } from '../time/calendar';

const partyRef = partyRefSchema;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD / date as YYYY-MM-DD')
  .refine(isCalendarDay, 'geen bestaande datum / not a real date');

const idWithHint = (kind: Parameters<typeof vocabularyIdSchema>[0], what: string) => vocabularyIdSchema(kind, (valid) => `onbekend ${what}; kies uit: ${valid.join(', ')}`);

export const askInputSchema = z
  .object({
    question: z.string().max(2000, 'vraag te lang (max. 2000 tekens)').optional(),
    as: partyRef.optional(),
    from: partyRef.optional(),
    to: partyRef.optional(),
    subject: idWithHint('subjects', 'betrokkene (subject)').optional(),
    data: z.array(idWithHint('dataCategories', 'gegeven (data)')).optional(),
    purpose: idWithHint('purposes', 'doel (purpose)').optional(),
    consent: z.boolean().optional(),
    acute: z.boolean().optional(),
    date: isoDate.optional(),
  })
  .strict();

export type AskInput = z.output<typeof askInputSchema>;

export function describeZodError(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}
