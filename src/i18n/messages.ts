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
    /** Where a document can be read two ways and the safer reading was taken. */
    doubts: string;
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
  bot: BotMessages;
}

export interface BotMessages {
  welcomeTitle: string;
  welcomeDoes: string;
  welcomeDoesNot: string;
  privacy: string;
  examplesTitle: string;
  examples: string[];
  help: string[];
  commands: string;
  profileTitle: string;
  profileIntro: string;
  profileLabel: string;
  profileSave: string;
  profileSaved: (party: string) => string;
  profileFromDirectory: (party: string) => string;
  askAgain: string;
  formTitle: string;
  formIntro: string;
  formSubmit: string;
  consentLabel: string;
  choose: string;
  newQuestion: string;
  editAnswer: string;
  newQuestionPrompt: string;
  unknownInput: string;
  invalidSubmission: (reason: string) => string;
  emergencyTitle: string;
  emergencyAfter: string;
  otherUnit: string;
  verdictPerData: string;
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
    doubts: 'Twijfel? Vraag je privacy officer',
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
  bot: {
    welcomeTitle: 'Welkom bij Deelwijzer',
    welcomeDoes: 'Stel je vraag zoals je hem denkt: "Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?" Je krijgt direct het antwoord uit de convenanten, met het artikel waar het op staat, de voorwaarden en wat je daarna moet doen.',
    welcomeDoesNot: 'Deelwijzer gokt niet: regelt geen convenant je situatie, dan zegt het dat en vertelt het wie je het kunt vragen. Het vervangt je privacy officer niet.',
    privacy: '🔒 Typ nooit namen, BSN\'s, adressen of telefoonnummers. Een vraag in algemene termen is genoeg.',
    examplesTitle: 'Probeer bijvoorbeeld',
    examples: [
      'Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?',
      'Mag ik het zorgformulier doorsturen naar het wijkteam?',
      'Mag ik de gevarenclassificatie van de ex opvragen bij de politie voor een AWARE-aanvraag?',
    ],
    help: [
      'Stel een vraag over delen: wie deelt, met wie, over wie, welke gegevens en waarvoor.',
      'Ontbreekt er iets, dan vraagt een kort formulier alleen wat nodig is.',
      'Bij acuut gevaar: bel 112.',
    ],
    commands: 'Opdrachten: help · voorbeelden · profiel',
    profileTitle: 'Bij welke organisatie werk je?',
    profileIntro: 'Eén keer kiezen is genoeg. Het antwoord hangt af van je organisatie en eenheid of regio. Wijzigen kan altijd met "profiel".',
    profileLabel: 'Organisatie en eenheid of regio',
    profileSave: 'Opslaan',
    profileSaved: (party) => `Opgeslagen: je werkt bij ${party}.`,
    profileFromDirectory: (party) => `Je staat in de adreslijst bij ${party}. Klopt dat niet, vraag dan je beheerder om het aan te passen.`,
    askAgain: 'Stel nu je vraag.',
    formTitle: 'Nog even aanvullen',
    formIntro: 'Het antwoord hangt hiervan af. Wat ik al begreep, staat al ingevuld.',
    formSubmit: 'Geef antwoord',
    consentLabel: 'Het gezin of de betrokkene heeft toestemming gegeven',
    choose: 'Kies…',
    newQuestion: 'Nieuwe vraag',
    editAnswer: 'Wijzig antwoord',
    newQuestionPrompt: 'Typ je nieuwe vraag, of vul het formulier in.',
    unknownInput: 'Dat begrijp ik niet als vraag over delen. Vraag bijvoorbeeld: "Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?" Typ "help" voor uitleg of "voorbeelden".',
    invalidSubmission: (reason) => `Dit formulier kon ik niet verwerken (${reason}). Er is niets veranderd. Probeer het opnieuw.`,
    emergencyTitle: '🚨 Acuut gevaar: eerst veiligheid',
    emergencyAfter: 'Als de situatie veilig is, kun je je vraag opnieuw stellen.',
    otherUnit: 'andere eenheid of regio',
    verdictPerData: 'Per gegeven',
  },
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
    doubts: 'In doubt? Ask your privacy officer',
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
  bot: {
    welcomeTitle: 'Welcome to Deelwijzer',
    welcomeDoes: 'Ask your question the way you think it: "Can I share the address of the perpetrator with Blijf Groep for the risk assessment?" You get the answer from the covenants at once, with the article it rests on, the conditions and what to do afterwards.',
    welcomeDoesNot: 'Deelwijzer does not guess: where no covenant covers your situation it says so and tells you whom to ask. It does not replace your privacy officer.',
    privacy: '🔒 Never type names, citizen service numbers, addresses or phone numbers. A question in general terms is enough.',
    examplesTitle: 'Try for example',
    examples: [
      'Can I share the address of the perpetrator with Blijf Groep for the risk assessment?',
      'Can I forward the police form to the neighbourhood team?',
      'May I request the danger classification of the ex from the police for an AWARE application?',
    ],
    help: [
      'Ask about sharing: who shares, with whom, about whom, which data and what for.',
      'If something is missing, a short form asks only what matters.',
      'In acute danger: call 112.',
    ],
    commands: 'Commands: help · voorbeelden (examples) · profiel (profile)',
    profileTitle: 'Which organisation do you work for?',
    profileIntro: 'Choosing once is enough. The answer depends on your organisation and unit or region. Change it any time with "profiel".',
    profileLabel: 'Organisation and unit or region',
    profileSave: 'Save',
    profileSaved: (party) => `Saved: you work for ${party}.`,
    profileFromDirectory: (party) => `The directory lists you at ${party}. If that is wrong, ask your administrator to change it.`,
    askAgain: 'Now ask your question.',
    formTitle: 'A little more, please',
    formIntro: 'The answer depends on this. What I understood is already filled in.',
    formSubmit: 'Answer',
    consentLabel: 'The family or person concerned has consented',
    choose: 'Choose…',
    newQuestion: 'New question',
    editAnswer: 'Change answers',
    newQuestionPrompt: 'Type your new question, or fill in the form.',
    unknownInput: 'I do not understand that as a question about sharing. Ask for example: "Can I share the address of the perpetrator with Blijf Groep for the risk assessment?" Type "help" or "voorbeelden".',
    invalidSubmission: (reason) => `I could not process this form (${reason}). Nothing was changed. Please try again.`,
    emergencyTitle: '🚨 Acute danger: safety first',
    emergencyAfter: 'Once the situation is safe, you can ask your question again.',
    otherUnit: 'other unit or region',
    verdictPerData: 'Per data category',
  },
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
