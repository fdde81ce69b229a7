// Turns a decision into plain sentences in one language: used by the `ask` command and the cards. Pure.
import { MESSAGES } from '../i18n/messages';
import type { PersonalDataKind } from '../nlu/types';
import type { Alternative, Decision, Question } from '../rules/types';
import { dataLabel, partyLabel, purposeLabel, subjectLabel, partyRefLabel, type DataCategory, type Lang, type Purpose, type Verdict } from '../vocabulary';

export function verdictLabel(verdict: Verdict, lang: Lang, routeVia?: string | null): string {
  if (verdict === 'route_via' && routeVia && routeVia !== 'veilig-thuis') {
    const party = partyLabel(routeVia)[lang];
    return lang === 'nl' ? `↪️ Niet direct: via ${party}` : `↪️ Not directly: via ${party}`;
  }
  return MESSAGES[lang].verdict[verdict];
}

function list(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${MESSAGES[lang].and} ${items[items.length - 1]}`;
}

export const dataList = (data: DataCategory[], lang: Lang) =>
  list(
    data.map((d) => dataLabel(d)[lang]),
    lang,
  );
export const purposeList = (purposes: Purpose[], lang: Lang) =>
  list(
    purposes.map((p) => purposeLabel(p)[lang]),
    lang,
  );

export function summary(decision: Decision, lang: Lang): string {
  const q = decision.question;
  const m = MESSAGES[lang];
  return m.summary({
    from: q.from ? partyRefLabel(q.from, lang) : m.unknown,
    to: q.to ? partyRefLabel(q.to, lang) : m.unknown,
    subject: q.subject ? subjectLabel(q.subject)[lang] : m.unknown,
    data: q.data && q.data.length ? dataList(q.data, lang) : m.unknown,
    purpose: (q.purpose ? purposeLabel(q.purpose)[lang] : m.unknown) + (q.consent ? ` (${m.withConsent})` : ''),
  });
}

/** What the question was about, only the parts that are known: "politie-eenheid Amsterdam → Blijf Groep · over: pleger · …". */
export function understoodLine(q: Question, lang: Lang): string {
  const m = MESSAGES[lang];
  const parties = q.from && q.to ? `${partyRefLabel(q.from, lang)} → ${partyRefLabel(q.to, lang)}` : q.to ? `→ ${partyRefLabel(q.to, lang)}` : null;
  const labels = lang === 'nl' ? { subject: 'over', data: 'gegevens', purpose: 'doel' } : { subject: 'about', data: 'data', purpose: 'purpose' };
  return [
    parties,
    q.subject ? `${labels.subject}: ${subjectLabel(q.subject)[lang]}` : null,
    q.data && q.data.length ? `${labels.data}: ${dataList(q.data, lang)}` : null,
    q.purpose ? `${labels.purpose}: ${purposeLabel(q.purpose)[lang]}${q.consent ? ` (${m.withConsent})` : ''}` : null,
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');
}

/** Words the asker typed, each in quotes: `"letselrapport" en "huisartsbrief"`. */
export const quotedList = (words: string[], lang: Lang) =>
  list(
    words.map((w) => `"${w}"`),
    lang,
  );

/** What the question named to share that no covenant can be read for: words not understood, things no category covers. */
export function uncoveredItemReasons(d: Decision, lang: Lang): string[] {
  const c = MESSAGES[lang].card;
  const unknown = d.unknownItems ?? [];
  const unlisted = d.unlistedData ?? [];
  return [
    ...(unknown.length > 0 ? [c.unknownItems(quotedList(unknown, lang))] : []),
    ...(unlisted.length > 0
      ? [
          c.unlistedData(
            list(
              unlisted.map((u) => u[lang]),
              lang,
            ),
          ),
        ]
      : []),
  ];
}

/**
 * Why no covenant applies, in plain sentences: the organisations no covenant names, the covenants whose
 * units or dates leave this question out, or else that none is between these two parties.
 */
export function notCoveredReasons(d: Decision, lang: Lang, titleOf: (covenant: string) => string): string[] {
  const c = MESSAGES[lang].card;
  const reasons = [
    ...uncoveredItemReasons(d, lang),
    ...(d.nonParties ?? []).map((n) => c.nonParty(n.label[lang], n.role)),
    ...d.whatWouldChange.flatMap((a) =>
      a.kind === 'scope'
        ? [
            c.scope(
              titleOf(a.covenant),
              list(
                a.units.map((unit) => partyRefLabel({ party: a.party, unit }, lang)),
                lang,
              ),
            ),
          ]
        : a.kind === 'validity'
          ? [MESSAGES[lang].validityAlternative(titleOf(a.covenant), a.from, a.until)]
          : [],
    ),
  ];
  if (reasons.length > 0) return reasons;
  const q = d.question;
  return [q.from && q.to ? c.noCovenantBetween(partyRefLabel(q.from, lang), partyRefLabel(q.to, lang)) : MESSAGES[lang].notCovered];
}

export function describeAlternative(alt: Alternative, lang: Lang): string {
  const m = MESSAGES[lang];
  const v = (verdict: Verdict) =>
    verdictLabel(verdict, lang)
      .replace(/^\S+\s/, '')
      .toLowerCase();
  switch (alt.kind) {
    case 'consent':
      return m.consentAlternative(v(alt.verdict));
    case 'purpose':
      return m.purposeAlternative(purposeList(alt.purposes, lang), v(alt.verdict), alt.consent);
    case 'data':
      return m.dataAlternative(dataList(alt.data, lang));
    case 'rule':
      return alt.text[lang];
    case 'validity':
      return m.validityAlternative(alt.title, alt.from, alt.until);
    case 'scope':
      return m.scopeAlternative(alt.title, partyLabel(alt.party)[lang], alt.units.join(', '));
  }
}

export function citationLabel(covenant: string, article: string, lang: Lang): string {
  return MESSAGES[lang].article(covenant, article);
}

export function personalDataWarning(kinds: PersonalDataKind[], lang: Lang): string | null {
  if (kinds.length === 0) return null;
  const m = MESSAGES[lang];
  return m.personalDataWarning(
    list(
      kinds.map((k) => m.personalDataKinds[k]),
      lang,
    ),
  );
}
