// Free text plus explicit slots in, decision out: shared by the `ask` command and the bot. Pure.
import { parseQuestion } from '../nlu/question-reader';
import type { ParsedQuestion } from '../nlu/types';
import type { RuleIndex } from '../rules/compile';
import { decide } from '../rules/engine';
import { explain, type Explanation } from '../rules/explain';
import type { Decision, Question } from '../rules/types';
import type { Lang } from '../vocabulary';
import type { AskInput } from './input';

export interface Answer {
  decision: Decision;
  /** What the parser made of the free text; null when only explicit slots were given. */
  parsed: ParsedQuestion | null;
  lang: Lang;
  /** Which rules matched, which did not and why, what was assumed: only when asked for. */
  explanation?: Explanation;
}

/** Explicit slots (flags, form fields) override what the free text said. `today` is used when no date is given. */
export function answer(input: AskInput, index: RuleIndex, today: string, options: { explain?: boolean } = {}): Answer {
  const parsed = input.question && input.question.trim() ? parseQuestion(input.question, { as: input.as }) : null;
  const slots = parsed?.slots;
  const question: Question = {
    from: input.from ?? slots?.from,
    to: input.to ?? slots?.to,
    subject: input.subject ?? slots?.subject,
    data: input.data ?? (slots && slots.data.length > 0 ? slots.data : undefined),
    purpose: input.purpose ?? slots?.purpose,
    consent: input.consent ?? slots?.consent ?? false,
    acute: input.acute ?? slots?.acute ?? false,
    ...(input.as ? { asker: input.as } : {}),
    date: input.date ?? today,
  };
  const lang = parsed?.lang ?? 'nl';
  if (options.explain) return { ...explain(question, index, { dateAssumed: input.date === undefined, consentAssumed: input.consent === undefined && slots?.consent === undefined }), parsed, lang };
  return { decision: decide(question, index), parsed, lang };
}
