// The `ask` input as it arrives from flags, JSON lines or a card: checked by zod before anything uses it.
import { z } from 'zod/v4';
import { DATA_CATEGORIES, PURPOSES, SUBJECTS } from '../vocabulary';
import { partyRefSchema } from '../vocabulary-schema';
import { isCalendarDay } from '../time/calendar';

const partyRef = partyRefSchema;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD / date as YYYY-MM-DD')
  .refine(isCalendarDay, 'geen bestaande datum / not a real date');

const enumWithHint = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: () => `onbekend ${what}; kies uit: ${values.join(', ')}` });

export const askInputSchema = z
  .object({
    question: z.string().max(2000, 'vraag te lang (max. 2000 tekens)').optional(),
    as: partyRef.optional(),
    from: partyRef.optional(),
    to: partyRef.optional(),
    subject: enumWithHint(SUBJECTS, 'betrokkene (subject)').optional(),
    data: z.array(enumWithHint(DATA_CATEGORIES, 'gegeven (data)')).optional(),
    purpose: enumWithHint(PURPOSES, 'doel (purpose)').optional(),
    consent: z.boolean().optional(),
    acute: z.boolean().optional(),
    date: isoDate.optional(),
  })
  .strict();

export type AskInput = z.output<typeof askInputSchema>;

export function describeZodError(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}
