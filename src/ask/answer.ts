// Free text plus explicit slots in, decision out: shared by the `ask` command and the bot. Pure.
import { parseQuestion } from '../nlu/question-reader';
import type { NonPartyMention, ParsedQuestion } from '../nlu/types';
import type { RuleIndex } from '../rules/compile';
import { decide, permits, RESTRICTIVENESS } from '../rules/engine';
import { explain, explainEachSubject, explainOutside, outsideEveryCovenant, type ExplainOptions, type Explanation } from '../rules/explain';
import type { Decision, Question } from '../rules/types';
import type { Lang, Subject, Text, Verdict } from '../vocabulary';
import type { AskInput } from './input';
import { quotedList } from '../present/describe';
import { collect } from '../collect';

export interface Answer {
  decision: Decision;
  /** What the parser made of the free text; null when only explicit slots were given. */
  parsed: ParsedQuestion | null;
  lang: Lang;
  /** Which rules matched, which did not and why, what was assumed: only when asked for. */
  explanation?: Explanation;
}

/** A decision, and how it was reached when that was asked for. */
type Explained = { decision: Decision; explanation?: Explanation };

const PRIVACY_OFFICER = {
  nl: 'de privacy officer (functionaris gegevensbescherming) van je organisatie',
  en: "your organisation's privacy officer (data protection officer)",
};

const asNonParties = (list: NonPartyMention[]): Decision['nonParties'] => list.map(({ role, id, label }) => ({ role, id, label }));

/** An organisation outside every covenant gives or receives: no covenant governs it, whatever else the question says. */
function notCoveredOutside(question: Question, named: NonPartyMention[]): Decision {
  return {
    verdict: 'not_covered',
    question,
    covenant: null,
    rules: [],
    citations: [],
    conditions: [],
    duties: [],
    routeVia: null,
    missing: [],
    perData: (question.data ?? []).map((data) => ({ data, verdict: 'not_covered', rules: [], citations: [], routeVia: null })),
    whatWouldChange: [],
    askWhom: [PRIVACY_OFFICER],
    nonParties: asNonParties(named),
  };
}

/** Several kinds of person named on an equal footing: the verdict when they agree, else ask which one is meant. */
function decideForEach(question: Question, subjects: Subject[], index: RuleIndex, explaining?: ExplainOptions): Explained {
  const parts = subjects.map((subject): Explained => (explaining ? explain({ ...question, subject }, index, explaining) : { decision: decide({ ...question, subject }, index) }));
  const decisions = parts.map((p) => p.decision);
  let decision: Decision;
  if (decisions.every((d) => d.verdict === decisions[0]!.verdict)) {
    // Same verdict: every person's conditions and duties apply.
    const union = <T extends { id: string }>(pick: (d: Decision) => T[]) => [...new Map(collect(decisions, pick).map((x) => [x.id, x])).values()];
    decision = { ...decisions[0]!, conditions: union((d) => d.conditions), duties: union((d) => d.duties), rules: union((d) => d.rules) };
  } else {
    const open = decide({ ...question, subject: undefined }, index);
    decision =
      open.verdict === 'incomplete'
        ? open
        : { ...open, verdict: 'incomplete', missing: ['subject'], rules: [], citations: [], conditions: [], duties: [], perData: [], whatWouldChange: [], covenant: null, routeVia: null };
  }
  if (!explaining) return { decision };
  return {
    decision,
    explanation: explainEachSubject(
      decision,
      parts.map((p, i) => ({ subject: subjects[i]!, explanation: p.explanation! })),
    ),
  };
}

/** Verdicts that would let the asker share, or ask for the rest first: never for data nobody understood. */
const UNKNOWN_ITEM_OVERRULES: ReadonlySet<Verdict> = new Set(['allowed', 'conditional', 'incomplete']);

/** What the question names to share beyond the categories: words not understood, and things no category covers. */
interface Uncovered {
  words: string[];
  unlisted: Text[];
}

/**
 * The question names something to share that was not understood ("het letselrapport van de huisarts … geven"):
 * the rules were read for the data that was understood, or for every category when none was, as if nothing
 * else had been named. Nobody can say the unknown item may go, so the answer is not covered, with the words and
 * what to do; a stricter verdict (not allowed, via another party) stands.
 */
function refuseUnknownItems(result: Explained, { words, unlisted }: Uncovered, dataGiven: boolean): Explained {
  const d = result.decision;
  if ((words.length === 0 && unlisted.length === 0) || d.verdict === 'acute') return result;
  const named = { ...(words.length > 0 ? { unknownItems: words } : {}), ...(unlisted.length > 0 ? { unlistedData: unlisted } : {}) };
  if (!UNKNOWN_ITEM_OVERRULES.has(d.verdict)) return d.verdict === 'not_covered' ? { ...result, decision: { ...d, ...named } } : result;
  const decision: Decision = {
    ...notCoveredOutside(d.question, []),
    perData: dataGiven ? d.perData : [],
    ...named,
    ...(d.nonParties && d.nonParties.length > 0 ? { nonParties: d.nonParties } : {}),
  };
  if (!result.explanation) return { decision };
  const notes = [
    ...(words.length > 0
      ? [
          {
            slot: 'data' as const,
            text: {
              nl: `Niet begrepen wat ${quotedList(words, 'nl')} betekent. Voor wat Deelwijzer niet begrijpt, zegt het nooit dat het mag.`,
              en: `Not understood what ${quotedList(words, 'en')} means. Deelwijzer never says that what it did not understand may be shared.`,
            },
          },
        ]
      : []),
    ...unlisted.map((label) => ({
      slot: 'data' as const,
      text: { nl: `Geen gegevenscategorie van de convenanten: ${label.nl}.`, en: `No data category of the covenants: ${label.en}.` },
    })),
  ];
  return { decision, explanation: { ...result.explanation, verdict: 'not_covered', assumed: [...notes, ...result.explanation.assumed] } };
}

/**
 * "de rechercheleider zegt dat dit het onderzoek schaadt": the question says a condition of the rules that permit it is not
 * met. Then they do not permit it: not allowed, with that condition as the reason; the rules and sources stay, so the
 * answer can be traced.
 */
function refuseNotMet(result: Explained, notMet: readonly string[]): Explained {
  const d = result.decision;
  // A duty of the permit said to be skipped ("zonder het gezin in te lichten") fails it as a condition does.
  const failed = notMet.length > 0 && permits(d) ? [...d.conditions, ...d.duties].filter((c) => notMet.includes(c.id)) : [];
  if (failed.length === 0) return result;
  const decision: Decision = {
    ...d,
    verdict: 'not_allowed',
    // Nothing is shared: neither what must hold before it nor what follows after it applies.
    conditions: [],
    duties: [],
    notMet: failed,
    perData: d.perData.map((p) => (permits(p) ? { ...p, verdict: 'not_allowed' } : p)),
    whatWouldChange: [],
  };
  return { ...result, decision, ...(result.explanation ? { explanation: { ...result.explanation, verdict: 'not_allowed' } } : {}) };
}

/** Explicit slots (flags, form fields) override what the free text said. `today` is used when no date is given. */
export function answer(input: AskInput, index: RuleIndex, today: string, options: { explain?: boolean } = {}): Answer {
  const parsed = input.question && input.question.trim() ? parseQuestion(input.question, { as: input.as }) : null;
  const period = input.date === undefined ? parsed?.pastPeriod : undefined;
  if (!period) return answerOn(input, parsed, index, input.date ?? today, options);
  // A disclosure in the past on days the question names: the stricter answer of the first and the last day (a form
  // before a permit, as it leaves the permit open).
  const first = answerOn(input, parsed, index, period.from, options);
  const last = answerOn(input, parsed, index, period.until, options);
  return strictness(last.decision.verdict) > strictness(first.decision.verdict) ? last : first;
}

const strictness = (v: Verdict) => (v === 'incomplete' ? RESTRICTIVENESS.conditional + 0.5 : RESTRICTIVENESS[v]);

function answerOn(input: AskInput, parsed: ParsedQuestion | null, index: RuleIndex, date: string, options: { explain?: boolean }): Answer {
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
    date,
  };
  const lang = parsed?.lang ?? 'nl';
  // Data given as ids (a flag, a form's field) say what is shared; only the free text's own words can be unknown.
  const uncovered: Uncovered = input.data ? { words: [], unlisted: [] } : { words: parsed?.unknownItems ?? [], unlisted: (parsed?.unlistedData ?? []).map((u) => u.label) };
  const dataGiven = question.data !== undefined;
  // Explicit slots override a non-party the text named in that role.
  const nonParties = (parsed?.nonParties ?? []).filter((n) => !(n.role === 'from' ? input.from : input.to));
  const organisations = nonParties.filter((n) => n.kind === 'organisation');
  const explaining: ExplainOptions | undefined = options.explain
    ? { dateAssumed: input.date === undefined && !parsed?.pastPeriod, consentAssumed: input.consent === undefined && slots?.consent === undefined }
    : undefined;
  const withExplanation = (raw: Explained): Answer => {
    const result = question.acute ? raw : refuseNotMet(refuseUnknownItems(raw, uncovered, dataGiven), parsed?.conditionsNotMet ?? []);
    return { decision: result.decision, parsed, lang, ...(result.explanation ? { explanation: result.explanation } : {}) };
  };
  if (!question.acute && organisations.length > 0) {
    const decision = notCoveredOutside(question, organisations);
    return withExplanation({ decision, ...(explaining ? { explanation: explainOutside(decision, organisations, index, explaining) } : {}) });
  }
  const candidates = !input.subject && parsed ? parsed.subjectCandidates : [];
  if (candidates.length > 1 && !question.acute) return withExplanation(decideForEach(question, candidates, index, explaining));
  const result: Explained = explaining ? explain(question, index, explaining) : { decision: decide(question, index) };
  if (result.decision.verdict === 'not_covered' && nonParties.length > 0) {
    result.decision.nonParties = asNonParties(nonParties);
    // A police unit outside every covenant: say so beside the rules tried.
    if (result.explanation) result.explanation.outside = outsideEveryCovenant(nonParties, index);
  }
  return withExplanation(result);
}
