// Every user-facing sentence, one place per language. Vocabulary labels live in ../vocabulary.ts.
import type { Lang, Slot, Verdict } from '../vocabulary';

export interface Messages {
  verdict: Record<Verdict, string>;
  slot: Record<Slot, string>;
  heading: {
    perData: string;
    conditions: string;
    duties: string;
    /** Duties that hold even though the answer permits nothing (a duty rule: every ZSM report goes with a CORV report). */
    dutiesAnyway: string;
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
  /** The fixed lines of an acute answer around the crisis routes of the rules that decided it (present/emergency.ts). */
  emergency: { call112: string; later: string };
  personalDataWarning: (kinds: string) => string;
  personalDataKinds: Record<'name' | 'bsn' | 'phone' | 'email' | 'birthdate', string>;
  article: (covenant: string, article: string) => string;
  and: string;
  card: VerdictCardMessages;
  bot: BotMessages;
}

/** The verdict card's and forms' own sentences. */
export interface VerdictCardMessages {
  emergencyBanner: string;
  now: {
    allowed: string;
    conditional: (count: number) => string;
    notAllowed: (hasAlternatives: boolean) => string;
    notCovered: (whom: string) => string;
    request: (holder: string) => string;
  };
  understood: string;
  conditionsToggle: (count: number) => string;
  conditionsIntro: string;
  dutiesToggle: (count: number) => string;
  dutiesAnywayToggle: (count: number) => string;
  sourcesToggle: (count: number) => string;
  alternativesToggle: (count: number) => string;
  doubts: string;
  askWhom: (whom: string) => string;
  defaultWhom: string;
  nonParty: (label: string, role: 'from' | 'to') => string;
  noCovenantBetween: (from: string, to: string) => string;
  /** Words naming what (or who) the sharing is about that Deelwijzer did not understand, already quoted and joined. */
  unknownItems: (words: string) => string;
  /** What the question names to share that no data category covers, by label. */
  unlistedData: (labels: string) => string;
  /** A condition of the rules the question says is not met. */
  conditionNotMet: (condition: string, articles: string[]) => string;
  scope: (title: string, where: string) => string;
  formMissing: string;
  formUnderstood: string;
  formNewTitle: string;
  formNewIntro: string;
  formEditTitle: string;
  formEditIntro: string;
  chooseError: string;
  helpTitle: string;
  welcomeMore: string;
  helpIntro: string;
  /** The example question `help` starts with (the commands and what they do are in src/commands.ts). */
  helpQuestion: { command: string; what: string };
  helpTap: string;
  examplesCardTitle: string;
  examplesIntro: string;
  moreExamples: string[];
}

export interface BotMessages {
  welcomeTitle: string;
  welcomeDoes: string;
  welcomeDoesNot: string;
  privacy: string;
  examplesTitle: string;
  examples: string[];
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
  /** Who the user is, and how Deelwijzer knows their organisation. */
  identity: {
    /** Under an answer shaped by a profile the user chose themselves. */
    chosen: (party: string) => string;
    /** What an unverified user can do instead of filing a request. */
    cannotFile: string;
    /** Instead of a breach report to other organisations. */
    cannotReportBreach: string;
    /** An activity without a Teams account (no aadObjectId): questions only. */
    unknownUser: string;
  };
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
    duties: 'Na het delen',
    dutiesAnyway: 'Wel geldt',
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
  emergency: {
    call112: 'Bel 112 bij direct gevaar voor iemands leven of veiligheid.',
    later: 'Formulieren en verzoeken komen later.',
  },
  personalDataWarning: (kinds) => `Let op: je vraag lijkt persoonsgegevens te bevatten (${kinds}). Typ nooit namen, BSN's, adressen of telefoonnummers. Een vraag in algemene termen is genoeg.`,
  personalDataKinds: { name: 'een naam', bsn: 'een BSN', phone: 'een telefoonnummer', email: 'een e-mailadres', birthdate: 'een geboortedatum' },
  article: (covenant, article) => (/^\d/.test(article) ? `${covenant}, art. ${article}` : `${covenant}, ${article}`),
  and: 'en',
  card: {
    emergencyBanner: '🚨 Acuut gevaar? Bel 112.',
    now: {
      allowed: 'Wat je nu doet: deel alleen wat nodig is voor het doel.',
      conditional: (n) => `Wat je nu doet: deel pas als ${n === 1 ? 'de voorwaarde klopt' : `alle ${n} voorwaarden kloppen`}. Twijfel je, deel dan niet en vraag het na.`,
      notAllowed: (alt) => (alt ? 'Wat je nu doet: deel dit niet. Hieronder staat wat het antwoord zou veranderen.' : 'Wat je nu doet: deel dit niet.'),
      notCovered: (whom) => `Wat je nu doet: deel niets op eigen gezag. Vraag ${whom} wat wel kan.`,
      request: (holder) => `Wat je nu doet: vraag de gegevens aan bij ${holder} met de knop "Verzoek indienen". ${holder.charAt(0).toUpperCase() + holder.slice(1)} controleert de voorwaarden.`,
    },
    understood: 'Je vraag',
    conditionsToggle: (n) => `Voorwaarden (${n})`,
    conditionsIntro: 'Voordat je deelt, moet dit allemaal kloppen:',
    dutiesToggle: (n) => `Na het delen (${n})`,
    dutiesAnywayToggle: (n) => `Wel geldt (${n})`,
    sourcesToggle: (n) => `Waarom en bronnen (${n})`,
    alternativesToggle: (n) => `Wat het antwoord zou veranderen (${n})`,
    doubts: 'Twijfel? Vraag je privacy officer. De tekst is hier niet eenduidig; Deelwijzer koos de voorzichtige lezing:',
    askWhom: (whom) => `Twijfel je? Vraag het ${whom}.`,
    defaultWhom: 'je privacy officer',
    nonParty: (label, role) => (role === 'to' ? `Geen convenant gaat over delen met ${label}.` : `Geen convenant regelt wat ${label} mag delen.`),
    noCovenantBetween: (from, to) => `Geen convenant regelt delen van ${from} met ${to}.`,
    unknownItems: (words) =>
      `Deelwijzer begrijpt niet wat je bedoelt met ${words}, en kan daarom niet zeggen dat het mag. Een convenant noemt precies wie welke gegevens met wie mag delen. Noem de organisatie en de gegevens zoals het convenant dat doet (bijvoorbeeld politie, adres of medische gegevens), of vraag je privacy officer.`,
    unlistedData: (labels) =>
      `Je noemt ${labels}. Dat is geen van de gegevens die een convenant noemt, en een convenant noemt precies welke gegevens gedeeld mogen worden. Deelwijzer kan daarom niet zeggen dat het mag. Vraag je privacy officer, of noem de gegevens zoals het convenant dat doet (bijvoorbeeld adres, incidenten of medische gegevens).`,
    conditionNotMet: (condition, articles) => `Je schrijft dat deze voorwaarde niet klopt${articles.length > 0 ? ` (art. ${articles.join(', ')})` : ''}: ${condition} Dan mag het niet.`,
    scope: (title, where) => `${title} geldt alleen voor ${where}.`,
    formMissing: 'Nog nodig voor een antwoord',
    formUnderstood: 'Dit begreep ik uit je vraag. Klopt iets niet? Pas het aan.',
    formNewTitle: 'Nieuwe vraag',
    formNewIntro: 'Kies wie deelt, met wie, over wie, welke gegevens en waarvoor. Je krijgt meteen het antwoord.',
    formEditTitle: 'Wijzig je vraag',
    formEditIntro: 'Pas aan wat niet klopt en kies "Geef antwoord".',
    chooseError: 'Kies hier een antwoord.',
    helpTitle: 'Wat kan ik voor je doen?',
    welcomeMore: 'Typ "help" voor alle opdrachten, of "voorbeelden" voor meer voorbeeldvragen.',
    helpIntro: 'Stel je vraag in gewone woorden, of tik op een opdracht. Bij acuut gevaar: bel 112.',
    helpQuestion: { command: 'Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?', what: 'Een vraag over delen: wie deelt, met wie, over wie, welke gegevens en waarvoor.' },
    helpTap: 'Tik op een regel om hem te versturen.',
    examplesCardTitle: 'Voorbeeldvragen',
    examplesIntro: 'Tik op een vraag om hem te stellen. Typ nooit namen of andere persoonsgegevens.',
    moreExamples: [
      'Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?',
      'Mag de politie Amsterdam ons de geweldsincidenten van de pleger geven voor de risicotaxatie?',
      'Mag ik het zorgformulier doorsturen naar het wijkteam?',
      'Mag ik de gevarenclassificatie van de ex opvragen bij de politie voor een AWARE-aanvraag?',
      'Mag ik de naam van de buurvrouw die getuige was aan het wijkteam geven?',
    ],
  },
  bot: {
    welcomeTitle: 'Welkom bij Deelwijzer',
    welcomeDoes:
      'Stel je vraag zoals je hem denkt: "Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?" Je krijgt direct het antwoord uit de convenanten, met het artikel waar het op staat, de voorwaarden en wat je daarna moet doen.',
    welcomeDoesNot: 'Deelwijzer gokt niet: regelt geen convenant je situatie, dan zegt het dat en vertelt het wie je het kunt vragen. Het vervangt je privacy officer niet.',
    privacy: "🔒 Typ nooit namen, BSN's, adressen of telefoonnummers. Een vraag in algemene termen is genoeg.",
    examplesTitle: 'Probeer bijvoorbeeld',
    examples: [
      'Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?',
      'Mag ik het zorgformulier doorsturen naar het wijkteam?',
      'Mag ik de gevarenclassificatie van de ex opvragen bij de politie voor een AWARE-aanvraag?',
    ],
    profileTitle: 'Bij welke organisatie werk je?',
    profileIntro: 'Eén keer kiezen is genoeg. Het antwoord hangt af van je organisatie en eenheid of regio. Wijzigen kan altijd met "profiel".',
    profileLabel: 'Organisatie en eenheid of regio',
    profileSave: 'Opslaan',
    profileSaved: (party) => `Opgeslagen: je werkt bij ${party}.`,
    profileFromDirectory: (party) => `Je staat in de adreslijst bij ${party}. Klopt dat niet, vraag dan je beheerder om het aan te passen.`,
    askAgain: 'Stel nu je vraag.',
    formTitle: 'Nog even aanvullen',
    formIntro: 'Het antwoord hangt af van wat hieronder nog leeg is.',
    formSubmit: 'Geef antwoord',
    consentLabel: 'Het gezin of de betrokkene heeft toestemming gegeven',
    choose: 'Kies…',
    newQuestion: 'Nieuwe vraag',
    editAnswer: 'Wijzig antwoord',
    newQuestionPrompt: 'Typ je nieuwe vraag, of vul het formulier in.',
    unknownInput:
      'Dat begrijp ik niet als vraag over delen. Vraag bijvoorbeeld: "Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?" Typ "help" voor uitleg of "voorbeelden".',
    invalidSubmission: (reason) => `Dit formulier kon ik niet verwerken (${reason}). Er is niets veranderd. Probeer het opnieuw.`,
    emergencyTitle: '🚨 Acuut gevaar: eerst veiligheid',
    emergencyAfter: 'Als de situatie veilig is, kun je je vraag opnieuw stellen.',
    otherUnit: 'andere eenheid of regio',
    verdictPerData: 'Per gegeven',
    identity: {
      chosen: (party) => `Je koos zelf: ${party} (niet gecontroleerd).`,
      cannotFile:
        'Een verzoek indienen kan alleen als je in de organisatielijst van Deelwijzer staat. Vraag je privacy officer je toe te voegen; tot dan vraag je de gegevens op via de contactpersoon van het convenant.',
      cannotReportBreach:
        'Je staat niet in de organisatielijst van Deelwijzer, dus deze melding gaat niet naar andere organisaties. Meld het datalek nu zelf bij je privacy officer (de Autoriteit Persoonsgegevens moet het binnen 72 uur weten) en vraag je privacy officer je toe te voegen.',
      unknownUser:
        'Deelwijzer weet niet wie je bent: je Teams-account kwam niet mee. Je kunt vragen stellen, maar niets indienen, beslissen, melden of opslaan. Open Deelwijzer in Microsoft Teams met je werkaccount.',
    },
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
    duties: 'After sharing',
    dutiesAnyway: 'What still applies',
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
  emergency: {
    call112: "Call 112 when someone's life or safety is in immediate danger.",
    later: 'Forms and requests come later.',
  },
  personalDataWarning: (kinds) =>
    `Careful: your question seems to contain personal data (${kinds}). Never type names, citizen service numbers, addresses or phone numbers. A question in general terms is enough.`,
  personalDataKinds: { name: 'a name', bsn: 'a citizen service number', phone: 'a phone number', email: 'an e-mail address', birthdate: 'a date of birth' },
  article: (covenant, article) => (/^\d/.test(article) ? `${covenant}, art. ${article}` : `${covenant}, ${article}`),
  and: 'and',
  card: {
    emergencyBanner: '🚨 Acute danger? Call 112.',
    now: {
      allowed: 'What to do now: share only what the purpose needs.',
      conditional: (n) => `What to do now: share only when ${n === 1 ? 'the condition is met' : `all ${n} conditions are met`}. In doubt, do not share and ask first.`,
      notAllowed: (alt) => (alt ? 'What to do now: do not share this. Below is what would change the answer.' : 'What to do now: do not share this.'),
      notCovered: (whom) => `What to do now: share nothing on your own authority. Ask ${whom} what is possible.`,
      request: (holder) => `What to do now: request the data from ${holder} with the button "File a request". ${holder.charAt(0).toUpperCase() + holder.slice(1)} checks the conditions.`,
    },
    understood: 'Your question',
    conditionsToggle: (n) => `Conditions (${n})`,
    conditionsIntro: 'Before you share, all of this must hold:',
    dutiesToggle: (n) => `After sharing (${n})`,
    dutiesAnywayToggle: (n) => `What still applies (${n})`,
    sourcesToggle: (n) => `Why, and sources (${n})`,
    alternativesToggle: (n) => `What would change the answer (${n})`,
    doubts: 'In doubt? Ask your privacy officer. The text is not clear here; Deelwijzer chose the careful reading:',
    askWhom: (whom) => `In doubt? Ask ${whom}.`,
    defaultWhom: 'your privacy officer',
    nonParty: (label, role) => (role === 'to' ? `No covenant covers sharing with ${label}.` : `No covenant governs what ${label} may share.`),
    noCovenantBetween: (from, to) => `No covenant governs sharing from ${from} with ${to}.`,
    unknownItems: (words) =>
      `Deelwijzer does not understand what you mean by ${words}, so it cannot say that sharing is allowed. A covenant names exactly who may share which data with whom. Name the organisation and the data as the covenant does (for example the police, an address or medical data), or ask your privacy officer.`,
    unlistedData: (labels) =>
      `You name ${labels}. That is none of the data a covenant names, and a covenant names exactly which data may be shared, so Deelwijzer cannot say that sharing it is allowed. Ask your privacy officer, or name the data as the covenant does (for example an address, incidents or medical data).`,
    conditionNotMet: (condition, articles) => `You write that this condition is not met${articles.length > 0 ? ` (art. ${articles.join(', ')})` : ''}: ${condition} Then it may not be shared.`,
    scope: (title, where) => `${title} applies only to ${where}.`,
    formMissing: 'Still needed for an answer',
    formUnderstood: 'This is what I understood from your question. Something wrong? Change it.',
    formNewTitle: 'New question',
    formNewIntro: 'Choose who shares, with whom, about whom, which data and what for. You get the answer at once.',
    formEditTitle: 'Change your question',
    formEditIntro: 'Change what is wrong and choose "Answer".',
    chooseError: 'Choose an answer here.',
    helpTitle: 'What can I do for you?',
    welcomeMore: 'Type "help" for every command, or "examples" for more example questions.',
    helpIntro: 'Ask your question in plain words, or tap a command. In acute danger: call 112.',
    helpQuestion: {
      command: 'Can I share the address of the perpetrator with Blijf Groep for the risk assessment?',
      what: 'A question about sharing: who shares, with whom, about whom, which data and what for.',
    },
    helpTap: 'Tap a line to send it.',
    examplesCardTitle: 'Example questions',
    examplesIntro: 'Tap a question to ask it. Never type names or other personal data.',
    moreExamples: [
      'Can I share the address of the perpetrator with Blijf Groep for the risk assessment?',
      'May the police in Amsterdam give us the violent incidents of the perpetrator for the risk assessment?',
      'Can I forward the police form to the neighbourhood team?',
      'May I request the danger classification of the ex from the police for an AWARE application?',
    ],
  },
  bot: {
    welcomeTitle: 'Welcome to Deelwijzer',
    welcomeDoes:
      'Ask your question the way you think it: "Can I share the address of the perpetrator with Blijf Groep for the risk assessment?" You get the answer from the covenants at once, with the article it rests on, the conditions and what to do afterwards.',
    welcomeDoesNot: 'Deelwijzer does not guess: where no covenant covers your situation it says so and tells you whom to ask. It does not replace your privacy officer.',
    privacy: '🔒 Never type names, citizen service numbers, addresses or phone numbers. A question in general terms is enough.',
    examplesTitle: 'Try for example',
    examples: [
      'Can I share the address of the perpetrator with Blijf Groep for the risk assessment?',
      'Can I forward the police form to the neighbourhood team?',
      'May I request the danger classification of the ex from the police for an AWARE application?',
    ],
    profileTitle: 'Which organisation do you work for?',
    profileIntro: 'Choosing once is enough. The answer depends on your organisation and unit or region. Change it any time with "profiel".',
    profileLabel: 'Organisation and unit or region',
    profileSave: 'Save',
    profileSaved: (party) => `Saved: you work for ${party}.`,
    profileFromDirectory: (party) => `The directory lists you at ${party}. If that is wrong, ask your administrator to change it.`,
    askAgain: 'Now ask your question.',
    formTitle: 'A little more, please',
    formIntro: 'The answer depends on what is still empty below.',
    formSubmit: 'Answer',
    consentLabel: 'The family or person concerned has consented',
    choose: 'Choose…',
    newQuestion: 'New question',
    editAnswer: 'Change answers',
    newQuestionPrompt: 'Type your new question, or fill in the form.',
    unknownInput:
      'I do not understand that as a question about sharing. Ask for example: "Can I share the address of the perpetrator with Blijf Groep for the risk assessment?" Type "help" or "voorbeelden".',
    invalidSubmission: (reason) => `I could not process this form (${reason}). Nothing was changed. Please try again.`,
    emergencyTitle: '🚨 Acute danger: safety first',
    emergencyAfter: 'Once the situation is safe, you can ask your question again.',
    otherUnit: 'other unit or region',
    verdictPerData: 'Per data category',
    identity: {
      chosen: (party) => `You chose: ${party} (not verified).`,
      cannotFile: 'Only people on the Deelwijzer organisation list can file a request. Ask your privacy officer to add you; until then, ask the covenant contact person for the data.',
      cannotReportBreach:
        'You are not on the Deelwijzer organisation list, so this report does not go to other organisations. Report the breach to your privacy officer yourself now (the Dutch Data Protection Authority must know within 72 hours) and ask your privacy officer to add you.',
      unknownUser:
        'Deelwijzer does not know who you are: your Teams account did not come along. You can ask questions, but not file, decide, report or save anything. Open Deelwijzer in Microsoft Teams with your work account.',
    },
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
