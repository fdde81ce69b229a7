// Why a decision came out as it did, as `opa eval --explain` traces a policy: which rules decided, which
// were tried and why they did not apply, and which slot values were assumed. Pure: it re-reads the
// compiled rules along the completion the engine reports in its trace.
import { dataLabel, formatPartyRef, type DataCategory, type Party, partyLabel, purposeLabel, subjectLabel, type PartyRef, type Slot, type Subject, type Text, type Verdict } from '../vocabulary';
import { dataBit, pairKey, purposeBit, subjectBit, type CompiledBook, type CompiledRule, type RuleIndex } from './compile';
import { dateInBook, decide, effectivePurposes, refInBook, type DecideTrace } from './engine';
import type { Decision, Question, RuleRef } from './types';

export interface RuleTrace {
  rule: string;
  covenant: string;
  effect: RuleRef['effect'];
  /**
   * determining: it decides the verdict; overruled: it applies but a stronger rule decides; adds-duties: a duty
   * rule that applies (it decides nothing); not-applicable: see reasons.
   */
  outcome: 'determining' | 'overruled' | 'adds-duties' | 'not-applicable';
  reasons: Text[];
}

export interface DataTrace {
  data: DataCategory;
  verdict: Verdict;
  rules: RuleTrace[];
  /** What decided when no rule of the pair did: a covenant's list or purposes, or the default not_covered. */
  fallback: Text | null;
}

export interface Assumption {
  slot: Slot | 'consent' | 'unit' | 'date';
  text: Text;
}

export interface Explanation {
  verdict: Verdict;
  /** each-subject: several kinds of person named, each decided on its own; outside-every-covenant: see `outside`. */
  mode: DecideTrace['mode'] | 'each-subject' | 'outside-every-covenant';
  assumed: Assumption[];
  perData: DataTrace[];
  /** For acute answers: the crisis routes tried. */
  acute: RuleTrace[];
  /** For each-subject: how each person's question was decided. */
  parts: { subject: Subject; explanation: Explanation }[];
  /** Organisations the question named that no covenant is between, and why that decides. */
  outside: { role: 'from' | 'to'; id: string; text: Text }[];
}

export interface ExplainOptions {
  /** The question gave no date, so today was used. */
  dateAssumed?: boolean;
  /** The question did not mention consent, so none was assumed. */
  consentAssumed?: boolean;
}

const t = (nl: string, en: string): Text => ({ nl, en });
const SLOT_LABELS: Record<Slot, Text> = {
  from: t('wie deelt', 'who shares'),
  to: t('met wie', 'with whom'),
  subject: t('over wie', 'about whom'),
  data: t('welke gegevens', 'which data'),
  purpose: t('het doel', 'the purpose'),
};
const refLabel = (ref: PartyRef): Text => (ref.unit ? t(`${partyLabel(ref.party).nl} ${ref.unit}`, `${partyLabel(ref.party).en} ${ref.unit}`) : partyLabel(ref.party));

const permitsVerdict = (v: Verdict) => v === 'allowed' || v === 'conditional';

export function explain(question: Question, index: RuleIndex, options: ExplainOptions = {}): { decision: Decision; explanation: Explanation } {
  const trace: DecideTrace = { mode: 'complete', open: [], completion: null, tried: 0 };
  const decision = decide(question, index, trace);
  const explanation: Explanation = {
    verdict: decision.verdict,
    mode: trace.mode,
    assumed: assumptions(question, index, trace, decision, options),
    perData: [],
    acute: trace.mode === 'acute' ? acuteTrace(question, index, decision) : [],
    parts: [],
    outside: [],
  };
  const c = trace.completion;
  // No data named, and every category forbidden by rules that allow the exchange without personal data: the verdict
  // is that exchange's; the data tried below show what naming data would give.
  const withoutPersonalData = trace.open.includes('data') && permitsVerdict(decision.verdict) && decision.rules.length > 0 && decision.rules.every((r) => r.effect === 'forbid');
  if (withoutPersonalData) {
    explanation.assumed.push({
      slot: 'data',
      text: t(
        'Geen gegevens genoemd: het antwoord geldt voor de vraag zonder persoonsgegevens. Met persoonsgegevens, zoals hieronder, mag het niet.',
        'No data named: the answer is for the question without personal data. With personal data, as below, it is not allowed.',
      ),
    });
  }
  if (c) {
    explanation.perData = c.data.map((data) => {
      const verdictOfData = decision.perData.find((p) => p.data === data);
      const determining = new Set((verdictOfData?.rules ?? decision.rules).map((r) => r.id));
      const key = pairKey(c.from.party, c.to.party);
      const rules = [...(index.byPair.get(key) ?? []), ...(index.dutiesByPair.get(key) ?? [])].map((rule) => ruleTrace(rule, c, data, question.date, determining));
      const fallbackRef = (verdictOfData?.rules ?? []).find((r) => r.effect === 'exhaustive-list' || r.effect === 'purpose-binding');
      const verdict = withoutPersonalData ? 'not_allowed' : (verdictOfData?.verdict ?? decision.verdict);
      const fallback = fallbackRef
        ? fallbackRef.explanation
        : verdict === 'not_covered'
          ? t(
              'Geen convenant regelt dit op deze datum voor deze partijen. Dan is het antwoord: niet gedekt, nooit "mag".',
              'No covenant governs this for these parties on this date. The answer is then: not covered, never "allowed".',
            )
          : null;
      return { data, verdict, rules, fallback };
    });
  }
  return { decision, explanation };
}

function ruleTrace(rule: CompiledRule, c: NonNullable<DecideTrace['completion']>, data: DataCategory, date: string, determining: ReadonlySet<string>): RuleTrace {
  const reasons = whyNot(rule, c, data, date);
  const outcome = reasons.length > 0 ? 'not-applicable' : rule.effect === 'duty' ? 'adds-duties' : determining.has(rule.id) ? 'determining' : 'overruled';
  if (outcome === 'overruled') {
    reasons.push(
      rule.effect === 'permit'
        ? t(
            'Deze regel geldt wel, maar een verbod of een omweg gaat voor, of een andere regel stelt strengere voorwaarden.',
            'This rule applies, but a ban or a route goes first, or another rule sets stricter conditions.',
          )
        : t('Deze regel geldt wel, maar een verbod gaat voor een omweg.', 'This rule applies, but a ban goes before a route.'),
    );
  }
  return { rule: rule.id, covenant: rule.book.id, effect: rule.effect, outcome, reasons };
}

/** Every reason the rule does not apply to this completion; empty when it applies. */
function whyNot(rule: CompiledRule, c: NonNullable<DecideTrace['completion']>, data: DataCategory, date: string): Text[] {
  const book = rule.book;
  const reasons: Text[] = [];
  if (!dateInBook(book, date)) reasons.push(notInForce(book, date));
  for (const ref of [c.from, c.to]) {
    if (!refInBook(book, ref)) reasons.push(t(`${refLabel(ref).nl} valt niet onder ${book.title}.`, `${refLabel(ref).en} is not covered by ${book.title}.`));
  }
  if (rule.fromUnits && !(c.from.unit && rule.fromUnits.has(c.from.unit)))
    reasons.push(t(`De regel geldt alleen voor ${[...rule.fromUnits].join(', ')}.`, `The rule applies only to ${[...rule.fromUnits].join(', ')}.`));
  if (rule.toUnits && !(c.to.unit && rule.toUnits.has(c.to.unit)))
    reasons.push(t(`De regel geldt alleen voor ontvangers in ${[...rule.toUnits].join(', ')}.`, `The rule applies only to recipients in ${[...rule.toUnits].join(', ')}.`));
  if ((rule.subjectMask & subjectBit(c.subject)) === 0) reasons.push(notListed(subjectLabel(c.subject), t('over wie', 'about whom')));
  if ((rule.dataMask & dataBit(data)) === 0) reasons.push(notListed(dataLabel(data), t('welke gegevens', 'which data')));
  if (rule.whenConsent !== undefined && rule.whenConsent !== c.consent) {
    reasons.push(
      rule.whenConsent
        ? t('De regel vraagt toestemming van het gezin, en die is er niet.', "The rule needs the family's consent, which was not given.")
        : t('De regel geldt alleen zonder toestemming.', 'The rule applies only without consent.'),
    );
  }
  const pBit = purposeBit(c.purpose);
  if ((rule.purposeMask & pBit) === 0) reasons.push(notListed(purposeLabel(c.purpose), t('waarvoor', 'what for')));
  else if ((effectivePurposes(rule, c.consent) & pBit) === 0) {
    reasons.push(
      t(
        'De uitzondering in de regel geldt hier (met toestemming en voor dit doel), dus de regel zelf niet.',
        'The exception in the rule applies here (with consent and for this purpose), so the rule itself does not.',
      ),
    );
  }
  return reasons;
}

function notListed(label: Text, what: Text): Text {
  return t(`De regel noemt dit niet bij ${what.nl}: ${label.nl}.`, `The rule does not list this under ${what.en}: ${label.en}.`);
}

function notInForce(book: CompiledBook, date: string): Text {
  const span = `${book.validFrom ?? '…'} – ${book.validUntil ?? '…'}`;
  return t(`${book.title} geldt op ${date} niet (${span}).`, `${book.title} does not apply on ${date} (${span}).`);
}

function acuteTrace(question: Question, index: RuleIndex, decision: Decision): RuleTrace[] {
  const chosen = new Set(decision.rules.map((r) => r.id));
  const askers = question.asker ? [question.asker] : [question.from, question.to].filter((r): r is PartyRef => r !== undefined);
  return index.acuteRules.map((rule) => {
    const reasons: Text[] = [];
    if (!chosen.has(rule.id)) {
      if (!dateInBook(rule.book, question.date)) reasons.push(notInForce(rule.book, question.date));
      else {
        const who = askers.length ? askers.map((a) => formatPartyRef(a)).join(', ') : '–';
        reasons.push(
          t(`Deze crisisroute is niet voor ${who} (de organisatie, of de eenheid of regio die je noemde).`, `This crisis route is not for ${who} (the organisation, or the unit or region you named).`),
        );
      }
    }
    return { rule: rule.id, covenant: rule.book.id, effect: rule.effect, outcome: chosen.has(rule.id) ? 'determining' : 'not-applicable', reasons };
  });
}

const dateAssumed = (date: string): Assumption => ({ slot: 'date', text: t(`Geen datum genoemd: vandaag aangenomen (${date}).`, `No date given: today assumed (${date}).`) });

function assumptions(question: Question, index: RuleIndex, trace: DecideTrace, decision: Decision, options: ExplainOptions): Assumption[] {
  const out: Assumption[] = [];
  if (options.dateAssumed) out.push(dateAssumed(question.date));
  if (trace.mode === 'acute') return out;
  if (question.consent === undefined || options.consentAssumed)
    out.push({ slot: 'consent', text: t('Toestemming niet genoemd: aangenomen dat er geen toestemming is.', 'Consent not mentioned: assumed there is none.') });
  for (const slot of trace.open) {
    const label = SLOT_LABELS[slot];
    const tried = `${trace.tried}`;
    const text =
      trace.mode === 'same'
        ? t(
            `Niet gezegd ${label.nl}: alle mogelijkheden geprobeerd (${tried} combinaties), het antwoord is steeds hetzelfde.`,
            `Not said ${label.en}: every possibility tried (${tried} combinations), the answer is always the same.`,
          )
        : trace.mode === 'no-permit'
          ? t(`Niet gezegd ${label.nl}: bij geen enkele mogelijkheid mag het, dus het strengste antwoord.`, `Not said ${label.en}: no possibility allows it, so the strictest answer.`)
          : trace.mode === 'answerable-part'
            ? t(
                `Niet gezegd ${label.nl}: alleen beantwoord voor wat mag (zie de voorwaarden); de rest mag niet.`,
                `Not said ${label.en}: answered only for what may be shared (see the conditions); the rest may not.`,
              )
            : t(`Niet gezegd ${label.nl}: het antwoord hangt ervan af.`, `Not said ${label.en}: the answer depends on it.`);
    out.push({ slot, text });
  }
  const c = trace.completion;
  if (c) {
    for (const ref of [c.from, c.to]) {
      if (ref.unit !== undefined) continue;
      for (const book of index.books) {
        if (!book.unitOptional.has(ref.party) || !decision.rules.some((r) => r.covenant === book.id)) continue;
        out.push({
          slot: 'unit',
          text: t(
            `${partyLabel(ref.party).nl} zonder gemeente: aangenomen dat het gaat om het gebied van ${book.title}.`,
            `${partyLabel(ref.party).en} without a municipality: assumed to be within the area of ${book.title}.`,
          ),
        });
      }
    }
  }
  return out;
}

/**
 * The explanation when the question may be about several kinds of person (named on an equal footing, or a
 * parent who is victim or perpetrator) and each was decided on its own: the same verdict for all gives that verdict with everyone's conditions; different verdicts ask whom.
 */
export function explainEachSubject(decision: Decision, parts: { subject: Subject; explanation: Explanation }[]): Explanation {
  const names = parts.map((p) => subjectLabel(p.subject));
  const same = parts.every((p) => p.explanation.verdict === parts[0]!.explanation.verdict);
  const who = t(names.map((n) => n.nl).join('; '), names.map((n) => n.en).join('; '));
  const text = same
    ? t(
        `De vraag kan over meer soorten personen gaan (${who.nl}): voor ieder apart beslist. Het antwoord is voor allen hetzelfde, met ieders voorwaarden en plichten.`,
        `The question may be about more than one kind of person (${who.en}): each decided on its own. The answer is the same for all, with everyone's conditions and duties.`,
      )
    : t(
        `De vraag kan over meer soorten personen gaan (${who.nl}): voor ieder apart beslist. De antwoorden verschillen, dus zeg over wie het gaat.`,
        `The question may be about more than one kind of person (${who.en}): each decided on its own. The answers differ, so say whom it is about.`,
      );
  // The date and consent were assumed alike for every part: say so once.
  const shared = (parts[0]?.explanation.assumed ?? []).filter((a) => a.slot === 'date' || a.slot === 'consent');
  return { verdict: decision.verdict, mode: 'each-subject', assumed: [...shared, { slot: 'subject', text }], perData: [], acute: [], parts, outside: [] };
}

/** A giver or receiver the question named outside every covenant: a whole organisation, or a police unit or region. */
export interface OutsideMention {
  role: 'from' | 'to';
  /** The organisation's id, or `party:unit` for a unit or region. */
  id: string;
  label: Text;
}

/**
 * Why each giver or receiver the question named outside every covenant decides the answer: no rulebook has
 * the organisation as a party, or (a unit or region) the rulebooks name that party only with other units.
 */
export function outsideEveryCovenant(named: readonly OutsideMention[], index: RuleIndex): Explanation['outside'] {
  const titles = index.books.map((b) => b.title).join('; ');
  return named.map(({ role, id, label }) => {
    const side = role === 'to' ? t('ontvanger', 'recipient') : t('verstrekker', 'giver');
    const [party, unit] = id.split(':') as [Party, string | undefined];
    // Per covenant that lists this party's units: which ones (a covenant for the whole party decides by its rules below).
    const listing = index.books.flatMap((b) => {
      const units = b.partyUnits.get(party);
      return units ? [`${b.title}: ${[...units].join(', ')}`] : [];
    });
    const text = unit
      ? t(
          `${label.nl} (${side.nl}) is een eenheid of regio die geen convenant noemt. Alleen deze staan erin: ${listing.join('; ')}. Een convenant voor ${partyLabel(party).nl} zonder eenheden beslist met de regels hieronder.`,
          `${label.en} (${side.en}) is a unit or region no covenant names. Only these are in them: ${listing.join('; ')}. A covenant for ${partyLabel(party).en} without units decides with the rules below.`,
        )
      : t(
          `${label.nl} (${side.nl}) is geen partij van een convenant: ${titles} noemen deze organisatie niet. Dus geldt geen enkele regel, wat de vraag verder ook zegt. Het antwoord is: niet gedekt, nooit "mag".`,
          `${label.en} (${side.en}) is no party to any covenant: ${titles} do not name this organisation. So no rule applies, whatever else the question says. The answer is: not covered, never "allowed".`,
        );
    return { role, id, text };
  });
}

/** The explanation of an answer decided by an organisation outside every covenant alone (no rule was tried). */
export function explainOutside(decision: Decision, named: readonly OutsideMention[], index: RuleIndex, options: ExplainOptions = {}): Explanation {
  const assumed = options.dateAssumed ? [dateAssumed(decision.question.date)] : [];
  return { verdict: decision.verdict, mode: 'outside-every-covenant', assumed, perData: [], acute: [], parts: [], outside: outsideEveryCovenant(named, index) };
}
