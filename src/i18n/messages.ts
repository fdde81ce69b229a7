// Every user-facing sentence, one place per language. Vocabulary labels live in ../vocabulary.ts.
import type { Lang, Slot, Verdict } from '../vocabulary';

export interface Messages {
  verdict: Record<Verdict, string>;
  slot: Record<Slot, string>;
  heading: {
    perData: string;
    conditions: string;
    duties: string;
    sources: string;
    whatWouldChange: string;
    askWhom: string;
    missing: string;
    notUnderstood: string;
    why: string;
  };
  summary: (parts: { from: string; to: string; subject: string; data: string; purpose: string }) => string;
  unknown: string;
  withConsent: string;
  consentAlternative: (verdict: string) => string;
  purposeAlternative: (purposes: string, verdict: string, consent: boolean) => string;
  dataAlternative: (data: string) => string;
  validityAlternative: (title: string, from: string | null, until: string | null) => string;
  scopeAlternative: (title: string, party: string, units: string) => string;
  routeVia: (party: string) => string;
  notCovered: string;
  askWhomLine: (whom: string) => string;
  emergency: string[];
  personalDataWarning: (kinds: string) => string;
  personalDataKinds: Record<'name' | 'bsn' | 'phone' | 'email' | 'birthdate', string>;
  article: (covenant: string, article: string) => string;
  and: string;
}

const nl: Messages = {
  verdict: {
    allowed: '✅ Mag',
    conditional: '⚠️ Mag onder voorwaarden',
    not_allowed: '⛔ Mag niet',
    route_via: '↪️ Niet direct: via Veilig Thuis',
    not_covered: '❓ Niet geregeld in een convenant',
    acute: '🚨 Acuut gevaar',
    incomplete: '✏️ Nog niet compleet',
  },
  slot: { from: 'wie deelt', to: 'met wie', subject: 'over wie', data: 'welke gegevens', purpose: 'waarvoor (doel)' },
  heading: {
    perData: 'Per gegeven',
    conditions: 'Voorwaarden',
    duties: 'Daarna moet je',
    sources: 'Bronnen',
    whatWouldChange: 'Wat het antwoord zou veranderen',
    askWhom: 'Twijfel? Vraag het',
    missing: 'Voor een antwoord is nog nodig',
    notUnderstood: 'Niet begrepen',
    why: 'Waarom',
  },
  summary: (p) => `${p.from} → ${p.to} · over: ${p.subject} · gegevens: ${p.data} · doel: ${p.purpose}`,
  unknown: '?',
  withConsent: 'met toestemming',
  consentAlternative: (v) => `Met toestemming van het gezin of de betrokkene: ${v}.`,
  purposeAlternative: (purposes, v, consent) => `${consent ? 'Met toestemming van het gezin, voor' : 'Voor'} ${purposes}: ${v}.`,
  dataAlternative: (data) => `Deze gegevens mogen wel (onder voorwaarden): ${data}.`,
  validityAlternative: (title, from, until) =>
    `${title} geldt ${from ? `vanaf ${formatDate(from, 'nl')}` : ''}${from && until ? ' ' : ''}${until ? `tot en met ${formatDate(until, 'nl')}` : ''}. Op deze datum geldt het niet.`,
  scopeAlternative: (title, party, units) => `${title} geldt voor ${party} alleen in: ${units}.`,
  routeVia: (party) => `Deel dit niet zelf. Het loopt via ${party}.`,
  notCovered: 'Geen convenant regelt deze situatie. Deel niets op eigen gezag.',
  askWhomLine: (whom) => `Vraag het ${whom}.`,
  emergency: [
    'Bel 112 bij direct gevaar voor iemands leven of veiligheid.',
    'Crisisdienst (CIT) via Veilig Thuis: 0800-2000, dag en nacht.',
    'Formulieren en verzoeken komen later.',
  ],
  personalDataWarning: (kinds) => `Let op: je vraag lijkt persoonsgegevens te bevatten (${kinds}). Typ nooit namen, BSN's, adressen of telefoonnummers. Een vraag in algemene termen is genoeg.`,
  personalDataKinds: { name: 'een naam', bsn: 'een BSN', phone: 'een telefoonnummer', email: 'een e-mailadres', birthdate: 'een geboortedatum' },
  article: (covenant, article) => (/^\d/.test(article) ? `${covenant}, art. ${article}` : `${covenant}, ${article}`),
  and: 'en',
};

const en: Messages = {
  verdict: {
    allowed: '✅ Allowed',
    conditional: '⚠️ Allowed under conditions',
    not_allowed: '⛔ Not allowed',
    route_via: '↪️ Not directly: via Veilig Thuis',
    not_covered: '❓ Not covered by a covenant',
    acute: '🚨 Acute danger',
    incomplete: '✏️ Not complete yet',
  },
  slot: { from: 'who shares', to: 'with whom', subject: 'about whom', data: 'which data', purpose: 'what for (purpose)' },
  heading: {
    perData: 'Per data category',
    conditions: 'Conditions',
    duties: 'Afterwards you must',
    sources: 'Sources',
    whatWouldChange: 'What would change the answer',
    askWhom: 'In doubt? Ask',
    missing: 'Still needed for an answer',
    notUnderstood: 'Not understood',
    why: 'Why',
  },
  summary: (p) => `${p.from} → ${p.to} · about: ${p.subject} · data: ${p.data} · purpose: ${p.purpose}`,
  unknown: '?',
  withConsent: 'with consent',
  consentAlternative: (v) => `With the consent of the family or the person concerned: ${v}.`,
  purposeAlternative: (purposes, v, consent) => `${consent ? "With the family's consent, for" : 'For'} ${purposes}: ${v}.`,
  dataAlternative: (data) => `These data are allowed (under conditions): ${data}.`,
  validityAlternative: (title, from, until) =>
    `${title} applies ${from ? `from ${formatDate(from, 'en')}` : ''}${from && until ? ' ' : ''}${until ? `until ${formatDate(until, 'en')}` : ''}. It does not apply on this date.`,
  scopeAlternative: (title, party, units) => `${title} applies to ${party} only in: ${units}.`,
  routeVia: (party) => `Do not share this yourself. It goes through ${party}.`,
  notCovered: 'No covenant governs this situation. Do not share on your own authority.',
  askWhomLine: (whom) => `Ask ${whom}.`,
  emergency: [
    "Call 112 when someone's life or safety is in immediate danger.",
    'Crisis service (CIT) via Veilig Thuis: 0800-2000, day and night.',
    'Forms and requests come later.',
  ],
  personalDataWarning: (kinds) => `Careful: your question seems to contain personal data (${kinds}). Never type names, citizen service numbers, addresses or phone numbers. A question in general terms is enough.`,
  personalDataKinds: { name: 'a name', bsn: 'a citizen service number', phone: 'a phone number', email: 'an e-mail address', birthdate: 'a date of birth' },
  article: (covenant, article) => (/^\d/.test(article) ? `${covenant}, art. ${article}` : `${covenant}, ${article}`),
  and: 'and',
};

export const MESSAGES: Record<Lang, Messages> = { nl, en };

const MONTHS: Record<Lang, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'nl' ? `${d} ${MONTHS.nl[m - 1]} ${y}` : `${d} ${MONTHS.en[m - 1]} ${y}`;
}
