// The shape of a rulebook and its worked examples. Ids of parties, subjects, data and purposes are checked against
// the loaded vocabulary afterwards (vocabularyProblems), so a covenant's folder can bring its own.
import { z } from 'zod/v4';
import { UNIT_PATTERN, type Vocabulary, type VocabularyKind } from '../vocabulary';
import { isCalendarDay } from '../time/calendar';

const text = z.object({ nl: z.string().min(1), en: z.string().min(1) }).strict();
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDay, 'not a real calendar date');
const vocabularyId = z.string().regex(UNIT_PATTERN, 'ids of the vocabulary are lower-case kebab case, e.g. veilig-thuis');
const party = vocabularyId;
const subject = vocabularyId;
const dataCategory = vocabularyId;
const purpose = vocabularyId;
const unit = z.string().regex(UNIT_PATTERN, 'units are lower-case kebab case, e.g. noord-holland');
const id = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids are lower case with dashes and dots');

const partyScope = z
  .object({
    party,
    /** Absent: the whole organisation, any unit. */
    units: z.array(unit).min(1).optional(),
    /**
     * A question that names the party without a unit counts as within `units` (the local field: people rarely
     * name their municipality). A unit that is named must still be listed. The explanation says it was assumed.
     */
    unitOptional: z.boolean().optional(),
  })
  .strict();

/**
 * Who must act on a condition or duty: the party that discloses, the party that receives, each party of the
 * exchange, or one named party (e.g. blijf-groep for its own retention duty, whichever side it is on).
 */
export const ADDRESSEE_ROLES = ['discloser', 'recipient', 'each'] as const;
const addressee = z.string({
  error: (issue) =>
    issue.input === undefined
      ? 'say who must do this: who: discloser, recipient, each or a party id of this rulebook'
      : `who is discloser, recipient, each or a party id of this rulebook, not ${JSON.stringify(issue.input)}`,
});
const requirementShape = { text, articles: z.array(z.string()).min(1) };
const requirement = z.object({ ...requirementShape, who: addressee.optional() }).strict();
/** A duty always says who carries it: a recipient's duty told to the discloser is a wrong instruction. */
const duty = z.object({ ...requirementShape, who: addressee }).strict();

const facts = z
  .object({
    consent: z.boolean().optional(),
    purposes: z.array(purpose).min(1).optional(),
  })
  .strict();

export const ruleSchema = z
  .object({
    id,
    /**
     * permit: may be shared; forbid: may not; route: not directly, only through `routeVia`; acute: the emergency
     * route; duty: decides nothing, its duties are shown whatever the verdict (not_covered included).
     */
    effect: z.enum(['permit', 'forbid', 'route', 'acute', 'duty']),
    from: z.array(party).min(1).optional(),
    to: z.array(party).min(1).optional(),
    /** Narrows the rulebook's units for this rule, e.g. a rule only for one police unit. */
    fromUnits: z.array(unit).min(1).optional(),
    toUnits: z.array(unit).min(1).optional(),
    /** Absent means: every subject / data category / purpose. */
    subjects: z.array(subject).min(1).optional(),
    data: z.array(dataCategory).min(1).optional(),
    purposes: z.array(purpose).min(1).optional(),
    /** Facts the rule needs before it applies (e.g. consent). */
    when: facts.pick({ consent: true }).optional(),
    /** The rule does not apply when all of these hold (the exception written into a forbid or route). */
    unless: facts.optional(),
    routeVia: party.optional(),
    conditions: z.array(id).default([]),
    duties: z.array(id).default([]),
    articles: z.array(z.string().min(1)).min(1),
    explanation: text,
    /** What the user can do instead, written by the rulebook author (shown under "what would change"). */
    alternative: text.optional(),
    /** Where the document is ambiguous and this rule takes the safer reading: shown as "twijfel: vraag je privacy officer". */
    doubt: text.optional(),
    /**
     * On a forbid of every data category (no `data`): the condition under which the same exchange is allowed with no
     * personal data at all, as an anonymous consultation (seed 003 vuistregel 4). It answers a question naming no data.
     */
    withoutPersonalData: id.optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (rule.effect === 'route' && !rule.routeVia) {
      ctx.addIssue({ code: 'custom', path: ['routeVia'], message: 'a route rule names the party to go through' });
    }
    if (rule.effect !== 'route' && rule.routeVia) {
      ctx.addIssue({ code: 'custom', path: ['routeVia'], message: 'only route rules have routeVia' });
    }
    if (rule.effect !== 'acute' && (!rule.from || !rule.to)) {
      ctx.addIssue({ code: 'custom', path: [rule.from ? 'to' : 'from'], message: 'a sharing rule says who discloses (from) and who receives (to)' });
    }
    if (rule.effect === 'acute' && (rule.to || rule.toUnits || rule.subjects || rule.data || rule.purposes || rule.when || rule.unless)) {
      ctx.addIssue({ code: 'custom', path: ['effect'], message: 'an acute rule names only whom it is for (from, fromUnits): danger now is answered whatever is shared' });
    }
    if (rule.effect === 'duty' && (rule.duties.length === 0 || rule.conditions.length > 0 || rule.unless || rule.alternative)) {
      ctx.addIssue({ code: 'custom', path: ['effect'], message: 'a duty rule lists the duties it adds (duties) and decides nothing: no conditions, unless or alternative' });
    }
    if (rule.withoutPersonalData && (rule.effect !== 'forbid' || rule.data)) {
      ctx.addIssue({ code: 'custom', path: ['withoutPersonalData'], message: 'only a forbid of every data category (no data list) can allow the exchange without personal data' });
    }
    if (rule.unless && rule.effect === 'permit') {
      ctx.addIssue({ code: 'custom', path: ['unless'], message: 'exceptions belong on forbid and route rules; a permit uses `when`' });
    }
  });

const governsSchema = z
  .object({
    from: z.array(party).min(1),
    to: z.array(party).min(1),
    /** Articles whose lists are exhaustive for this direction: what they do not list is not allowed. */
    articles: z.array(z.string().min(1)).min(1),
    /** Articles that bind sharing to the covenant's purposes. */
    purposeArticles: z.array(z.string().min(1)).min(1),
    /** What these articles require, when they are criteria rather than a list (the default text speaks of a list). */
    explanation: text.optional(),
    purposeExplanation: text.optional(),
  })
  .strict();

export const rulebookSchema = z
  .object({
    id,
    title: z.string().min(1),
    version: z.string().min(1),
    /** The rulebook this one renews (its id): the renewal starts after it ends, and the date picks which one applies. */
    succeeds: id.optional(),
    source: z.object({ seed: z.string().min(1), document: z.string().min(1) }).strict(),
    summary: text,
    parties: z.array(partyScope).min(2),
    validity: z
      .object({
        from: isoDate.nullable(),
        until: isoDate.nullable(),
        articles: z.array(z.string()).default([]),
        explanation: text,
        /** Days on which the text can be read two ways (the safer reading is the one in from/until). */
        doubts: z.array(z.object({ from: isoDate, until: isoDate, text }).strict()).default([]),
      })
      .strict(),
    /** Yearly (or other) evaluation duty, for the managers' digest. */
    evaluation: z.object({ everyMonths: z.number().int().positive(), article: z.string() }).strict().optional(),
    /** Working days within which a request is answered, for the requests' deadlines, and where that figure comes from. */
    serviceLevel: z
      .object({
        days: z.number().int().positive(),
        /** covenant: the covenant sets it (cite the article); privacy-officer-default: the covenant sets none, the privacy officer chose it. */
        source: z.enum(['covenant', 'privacy-officer-default']),
        article: z.string().optional(),
        explanation: text,
      })
      .strict()
      .refine((s) => s.source !== 'covenant' || s.article !== undefined, { message: 'a service level set by the covenant cites its article', path: ['article'] })
      .optional(),
    /** How long records of requests under this covenant are kept before they are destroyed. */
    retention: z.object({ years: z.number().int().positive(), article: z.string() }).strict().optional(),
    /** Who to ask when in doubt, shown with not_covered and conditional verdicts. */
    askWhom: text,
    articles: z.record(z.string(), text),
    conditions: z.record(id, requirement),
    duties: z.record(id, duty),
    governs: z.array(governsSchema).default([]),
    rules: z.array(ruleSchema).min(1),
  })
  .strict()
  .superRefine((book, ctx) => {
    const seen = new Set<string>();
    const partiesInBook = new Set(book.parties.map((p) => p.party));
    book.rules.forEach((rule, i) => {
      const at = (...path: (string | number)[]) => ['rules', i, ...path];
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: at('id'), message: `duplicate rule id ${rule.id}` });
      seen.add(rule.id);
      rule.articles.forEach((a, j) => {
        if (!book.articles[a]) ctx.addIssue({ code: 'custom', path: at('articles', j), message: `article ${a} has no paraphrase under articles` });
      });
      rule.conditions.forEach((c, j) => {
        if (!book.conditions[c]) ctx.addIssue({ code: 'custom', path: at('conditions', j), message: `unknown condition ${c}` });
      });
      if (rule.withoutPersonalData && !book.conditions[rule.withoutPersonalData]) {
        ctx.addIssue({ code: 'custom', path: at('withoutPersonalData'), message: `unknown condition ${rule.withoutPersonalData}` });
      }
      rule.duties.forEach((d, j) => {
        if (!book.duties[d]) ctx.addIssue({ code: 'custom', path: at('duties', j), message: `unknown duty ${d}` });
      });
      for (const side of ['from', 'to'] as const) {
        (rule[side] ?? []).forEach((p, j) => {
          if (!partiesInBook.has(p)) ctx.addIssue({ code: 'custom', path: at(side, j), message: `${p} is not a party of this rulebook` });
        });
      }
    });
    const checkArticles = (list: string[], path: (string | number)[]) =>
      list.forEach((a, j) => {
        if (!book.articles[a]) ctx.addIssue({ code: 'custom', path: [...path, j], message: `article ${a} has no paraphrase under articles` });
      });
    for (const kind of ['conditions', 'duties'] as const) {
      for (const [key, entry] of Object.entries(book[kind])) {
        checkArticles(entry.articles, [kind, key, 'articles']);
        const who = entry.who;
        if (who && !(ADDRESSEE_ROLES as readonly string[]).includes(who) && !partiesInBook.has(who)) {
          ctx.addIssue({ code: 'custom', path: [kind, key, 'who'], message: `${who} is not a party of this rulebook` });
        }
      }
    }
    book.governs.forEach((g, i) => {
      checkArticles(g.articles, ['governs', i, 'articles']);
      checkArticles(g.purposeArticles, ['governs', i, 'purposeArticles']);
    });
    checkArticles(book.validity.articles, ['validity', 'articles']);
    if (book.evaluation) checkArticles([book.evaluation.article], ['evaluation', 'article']);
    if (book.retention) checkArticles([book.retention.article], ['retention', 'article']);
    if (book.serviceLevel?.article) checkArticles([book.serviceLevel.article], ['serviceLevel', 'article']);
    book.validity.doubts.forEach((d, i) => {
      if (d.from > d.until) ctx.addIssue({ code: 'custom', path: ['validity', 'doubts', i, 'until'], message: 'ends before it starts' });
    });
    if (book.validity.from && book.validity.until && book.validity.from > book.validity.until) {
      ctx.addIssue({ code: 'custom', path: ['validity', 'until'], message: 'ends before it starts' });
    }
  });

export type RulebookData = z.infer<typeof rulebookSchema>;
export type RuleData = z.infer<typeof ruleSchema>;

export const exampleSchema = z
  .object({
    name: z.string().min(1),
    question: z
      .object({
        from: z.string().optional(),
        to: z.string().optional(),
        subject: subject.optional(),
        data: z.array(dataCategory).optional(),
        purpose: purpose.optional(),
        consent: z.boolean().optional(),
        acute: z.boolean().optional(),
        /** Who asks: decides the crisis route of an acute answer. */
        as: z.string().optional(),
        date: isoDate,
      })
      .strict(),
    expect: z
      .object({
        verdict: z.enum(['allowed', 'conditional', 'not_allowed', 'route_via', 'not_covered', 'acute', 'incomplete']),
        articles: z.array(z.string()).optional(),
        /** The determining rules, exactly (an extra one fails); required unless the verdict is incomplete. */
        rules: z.array(z.string().min(1)).optional(),
        /** The conditions and duties the answer lists, exactly (by id). */
        conditions: z.array(id).optional(),
        duties: z.array(id).optional(),
        /** Whether the answer shows "twijfel: vraag je privacy officer". */
        doubt: z.boolean().optional(),
        missing: z.array(z.enum(['from', 'to', 'subject', 'data', 'purpose'])).optional(),
        routeVia: z.string().optional(),
      })
      .strict()
      .refine((e) => e.verdict === 'incomplete' || e.rules !== undefined, { message: 'name the determining rules (rules: [] when none)', path: ['rules'] }),
  })
  .strict();
export const examplesSchema = z.array(exampleSchema).min(1);
export type Example = z.infer<typeof exampleSchema>;

export interface VocabularyProblem {
  path: (string | number)[];
  message: string;
}

const NAMES: Record<VocabularyKind, string> = { parties: 'party', subjects: 'subject', dataCategories: 'data category', purposes: 'purpose' };

function checker(v: Vocabulary) {
  const problems: VocabularyProblem[] = [];
  const one = (kind: VocabularyKind, id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !v.valid[kind].has(id)) {
      problems.push({ path, message: `no ${NAMES[kind]} has the id "${id}" in the vocabulary (declare it in a vocabulary.yaml beside the rulebook)` });
    }
  };
  const all = (kind: VocabularyKind, ids: readonly string[] | undefined, path: (string | number)[]) => ids?.forEach((id, i) => one(kind, id, [...path, i]));
  return { problems, one, all };
}

/** The ids of a rulebook that the vocabulary does not declare, each with its path (rule and field). */
export function vocabularyProblems(book: RulebookData, v: Vocabulary): VocabularyProblem[] {
  const { problems, one, all } = checker(v);
  book.parties.forEach((p, i) => one('parties', p.party, ['parties', i, 'party']));
  book.rules.forEach((rule, i) => {
    all('parties', rule.from, ['rules', i, 'from']);
    all('parties', rule.to, ['rules', i, 'to']);
    one('parties', rule.routeVia, ['rules', i, 'routeVia']);
    all('subjects', rule.subjects, ['rules', i, 'subjects']);
    all('dataCategories', rule.data, ['rules', i, 'data']);
    all('purposes', rule.purposes, ['rules', i, 'purposes']);
    all('purposes', rule.unless?.purposes, ['rules', i, 'unless', 'purposes']);
  });
  book.governs.forEach((g, i) => {
    all('parties', g.from, ['governs', i, 'from']);
    all('parties', g.to, ['governs', i, 'to']);
  });
  return problems;
}

/** The ids of worked examples that the vocabulary does not declare. */
export function exampleVocabularyProblems(examples: Example[], v: Vocabulary): VocabularyProblem[] {
  const { problems, one, all } = checker(v);
  examples.forEach((e, i) => {
    one('subjects', e.question.subject, [i, 'question', 'subject']);
    all('dataCategories', e.question.data, [i, 'question', 'data']);
    one('purposes', e.question.purpose, [i, 'question', 'purpose']);
  });
  return problems;
}
