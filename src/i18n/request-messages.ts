// Sentences about disclosure requests, per language.
import type { Lang } from '../vocabulary';
import type { RequestState } from '../requests/request-state';
import type { Delivery, Urgency } from '../requests/request';
import type { PersonalDataKind } from '../nlu/types';

export interface RequestMessages {
  /** How the requester's organisation on a request card was verified. */
  requesterVerified: string;
  requesterUnverified: string;
  fileButton: string;
  formTitle: string;
  formIntro: () => string;
  formWhat: string;
  caseRefLabel: string;
  caseRefPlaceholder: (requester: string | null) => string;
  unitLabel: string;
  urgencyLabel: string;
  urgency: Record<Urgency, string>;
  deliveryLabel: string;
  delivery: Record<Delivery, string>;
  necessityLabel: string;
  necessityPlaceholder: string;
  submit: string;
  cancel: string;
  caseRefProblem: (problem: 'format' | PersonalDataKind) => string;
  noteHasPersonalData: (kinds: string) => string;
  notFileable: string;
  cardTitle: (ref: string) => string;
  state: (state: RequestState, who: string | null, when: string | null) => string;
  urgent: string;
  overdue: (age: number, sla: number) => string;
  facts: { from: string; to: string; caseRef: string; subject: string; data: string; purpose: string; consent: string; delivery: string; filed: string; decides: string };
  yes: string;
  no: string;
  filedOn: (date: string, age: number) => string;
  necessity: string;
  basis: string;
  basisLine: (verdict: string, version: string) => string;
  conditions: string;
  infoQuestion: string;
  infoAnswer: string;
  reason: string;
  approve: string;
  deny: string;
  denySend: string;
  denyReasonLabel: string;
  askInfo: string;
  askInfoLabel: string;
  answerInfo: string;
  answerInfoLabel: string;
  send: string;
  withdraw: string;
  nobodyYet: string;
  filed: (ref: string, contacts: string) => string;
  unrouted: (ref: string, party: string) => string;
  /** As `unrouted`, when no privacy officer could be alerted either. */
  unroutedNobodyAlerted: (ref: string, party: string) => string;
  unroutedAlert: (ref: string, party: string) => string;
  refusal: { not_your_request: string; not_a_contact: string; already_decided: (who: string, when: string) => string; wrong_state: string; reason_required: string; missing: string };
  mineTitle: string;
  mineEmpty: string;
  openTitle: string;
  openEmpty: string;
  notAContact: string;
  listLine: (ref: string, status: string, age: number, who: string) => string;
  listWhat: (data: string, subject: string, party: string) => string;
  open: string;
  nextStep: { discloser: (delivery: string, requester: string) => string; recipient: (delivery: string, discloser: string) => string; duties: string };
  reminder: (ref: string, age: number, sla: number) => string;
  escalation: (ref: string, party: string, age: number, sla: number, contacts: string) => string;
  waitingFor: (contacts: string) => string;
}

const STATE_NL: Record<RequestState, string> = {
  pending: 'Wacht op een beslissing',
  info_requested: 'Meer informatie gevraagd',
  approved: 'Goedgekeurd',
  denied: 'Afgewezen',
  withdrawn: 'Ingetrokken',
};
const STATE_EN: Record<RequestState, string> = {
  pending: 'Waiting for a decision',
  info_requested: 'More information requested',
  approved: 'Approved',
  denied: 'Denied',
  withdrawn: 'Withdrawn',
};

const nl: RequestMessages = {
  fileButton: 'Verzoek indienen',
  formTitle: 'Verzoek om gegevens indienen',
  formWhat: 'Je vraagt',
  formIntro: () => `Het verzoek gaat naar de contactpersoon van de organisatie die de gegevens heeft. Typ geen namen of andere persoonsgegevens: alleen je eigen zaaknummer.`,
  caseRefLabel: 'Zaaknummer (het registratienummer van je eigen organisatie)',
  caseRefPlaceholder: (requester) => (requester === 'blijf-groep' ? 'bijv. BG-2026-0142' : 'het zaak- of registratienummer van je eigen organisatie'),
  unitLabel: 'Welke eenheid of regio heeft de gegevens?',
  urgencyLabel: 'Urgentie',
  urgency: { normaal: 'Normaal', spoed: 'Spoed' },
  deliveryLabel: 'Hoe wil je de gegevens ontvangen?',
  delivery: { mondeling: 'Mondeling', schriftelijk: 'Schriftelijk' },
  necessityLabel: 'Waarom zijn deze gegevens nodig, en waarom kan het niet met minder?',
  necessityPlaceholder: 'Noodzaak (proportionaliteit en subsidiariteit), zonder namen',
  submit: 'Verzoek indienen',
  cancel: 'Terug naar het antwoord',
  caseRefProblem: (p) =>
    p === 'format'
      ? 'Het zaaknummer bestaat uit letters, cijfers en streepjes (3 tot 40 tekens), zoals BG-2026-0142.'
      : p === 'name'
        ? 'Dit zaaknummer lijkt op een naam: een zaaknummer bevat cijfers. Typ nooit de naam van een cliënt.'
        : `Dit zaaknummer lijkt op ${{ bsn: 'een BSN', phone: 'een telefoonnummer', email: 'een e-mailadres', birthdate: 'een geboortedatum' }[p]}. Gebruik het registratienummer van je organisatie, geen persoonsgegevens.`,
  noteHasPersonalData: (kinds) =>
    `Je tekst lijkt persoonsgegevens te bevatten (${kinds}). Schrijf in algemene termen; persoonsgegevens deel je pas na goedkeuring, via het afgesproken kanaal. Er is niets verstuurd.`,
  notFileable: 'Voor deze vraag kun je geen verzoek indienen: het antwoord staat het delen niet toe, of jouw organisatie is niet de ontvanger.',
  cardTitle: (ref) => `Verzoek om gegevens · ${ref}`,
  state: (s, who, when) =>
    s === 'approved' || s === 'denied' ? `${STATE_NL[s]} door ${who ?? 'onbekend'} op ${when ?? '?'}` : s === 'withdrawn' ? `${STATE_NL[s]} door de aanvrager op ${when ?? '?'}` : STATE_NL[s],
  urgent: '⏱️ Spoed',
  overdue: (age, sla) => `Termijn verstreken: ${age} werkdagen open (afspraak: ${sla}).`,
  facts: {
    from: 'Aanvrager',
    to: 'Gevraagd aan',
    caseRef: 'Zaaknummer',
    subject: 'Over wie',
    data: 'Gegevens',
    purpose: 'Doel',
    consent: 'Toestemming',
    delivery: 'Levering',
    filed: 'Ingediend',
    decides: 'Wie beslist',
  },
  requesterVerified: 'volgens de organisatielijst van Deelwijzer',
  requesterUnverified: 'niet gecontroleerd: staat niet (meer) zo in de organisatielijst van Deelwijzer',
  yes: 'ja',
  no: 'nee',
  filedOn: (date, age) => `${date.split('-').reverse().join('-')} (${age === 0 ? 'minder dan een werkdag geleden' : `${age} ${age === 1 ? 'werkdag' : 'werkdagen'} geleden`})`,
  necessity: 'Waarom nodig',
  basis: 'Grondslag',
  basisLine: (verdict, version) => `${verdict} (regelboek ${version})`,
  conditions: 'Voorwaarden',
  infoQuestion: 'Gevraagde informatie',
  infoAnswer: 'Antwoord van de aanvrager',
  reason: 'Reden',
  approve: 'Goedkeuren',
  deny: 'Afwijzen',
  denySend: 'Afwijzing versturen',
  denyReasonLabel: 'Reden van afwijzing (verplicht, zonder namen)',
  askInfo: 'Meer informatie vragen',
  askInfoLabel: 'Wat wil je weten? (zonder namen)',
  answerInfo: 'Informatie geven',
  answerInfoLabel: 'Je antwoord (zonder namen)',
  send: 'Versturen',
  withdraw: 'Verzoek intrekken',
  nobodyYet: 'nog geen contactpersoon bereikbaar',
  filed: (ref, contacts) => `Je verzoek ${ref} is ingediend en ligt bij ${contacts}. Je krijgt bericht zodra er is beslist. Typ "mijn verzoeken" voor de stand van zaken.`,
  unrouted: (ref, party) =>
    `Je verzoek ${ref} is opgeslagen, maar bij ${party} is nog geen contactpersoon bereikbaar via Deelwijzer. Je privacy officer is gewaarschuwd. Het verzoek blijft staan en gaat naar de contactpersoon zodra die Deelwijzer opent; bij spoed: bel de contactpersoon van het convenant.`,
  unroutedNobodyAlerted: (ref, party) =>
    `Je verzoek ${ref} is opgeslagen, maar bij ${party} is nog geen contactpersoon bereikbaar via Deelwijzer, en er is ook geen privacy officer die Deelwijzer kon waarschuwen. Het verzoek blijft staan en gaat naar de contactpersoon zodra die Deelwijzer opent. Bel bij spoed de contactpersoon van het convenant, en meld aan je privacy officer dat dit verzoek wacht.`,
  unroutedAlert: (ref, party) => `Verzoek ${ref} wacht: bij ${party} is geen contactpersoon bereikbaar via Deelwijzer. Zorg dat de contactpersoon in de lijst staat en Deelwijzer heeft geopend.`,
  refusal: {
    not_your_request: 'Dit is niet jouw verzoek: alleen de aanvrager kan dit doen. Er is niets veranderd.',
    not_a_contact: 'Alleen een contactpersoon van de organisatie die de gegevens heeft, kan over dit verzoek beslissen. Er is niets veranderd.',
    already_decided: (who, when) => `Dit verzoek is al beslist door ${who} op ${when}. Er is niets veranderd.`,
    wrong_state: 'Dat kan niet meer in deze fase van het verzoek. Er is niets veranderd.',
    reason_required: 'Vul een reden of vraag in. Er is niets veranderd.',
    missing: 'Dit verzoek bestaat niet (meer). Er is niets veranderd.',
  },
  mineTitle: 'Mijn verzoeken',
  mineEmpty: 'Je hebt nog geen verzoeken ingediend. Stel een vraag; bij een toegestaan antwoord kun je een verzoek indienen.',
  openTitle: 'Openstaande verzoeken',
  openEmpty: 'Er staan geen verzoeken open voor jouw organisatie.',
  notAContact: 'Je bent geen contactpersoon in de lijst van Deelwijzer, dus er staan geen verzoeken voor je klaar. Typ "mijn verzoeken" voor je eigen verzoeken.',
  listLine: (ref, status, age, who) => `**${ref}** · ${status} · ${age === 0 ? 'minder dan een werkdag open' : `${age} ${age === 1 ? 'werkdag' : 'werkdagen'} open`} · ${who}`,
  listWhat: (data, subject, party) => `${data} over ${subject}, gevraagd aan ${party}`,
  open: 'Openen',
  nextStep: {
    discloser: (delivery, requester) =>
      `Wat nu: geef de gegevens ${delivery} aan ${requester}, alleen wat in het verzoek staat. Leg de verstrekking vast in je eigen systeem (wie, wat, aan wie, wanneer, op welke grond).`,
    recipient: (delivery, discloser) =>
      `Wat nu: ${discloser} geeft je de gegevens ${delivery}. Informeer daarna de betrokkene, tenzij een wettelijke uitzondering geldt (bijvoorbeeld als het de veiligheid in gevaar brengt).`,
    duties: 'Plichten uit het convenant',
  },
  reminder: (ref, age, sla) => `Herinnering: verzoek ${ref} wacht al ${age} werkdagen op je beslissing (afspraak: ${sla}).`,
  escalation: (ref, party, age, sla, contacts) => `Verzoek ${ref} aan ${party} wacht al ${age} werkdagen op een beslissing (afspraak: ${sla}). Contactpersoon: ${contacts}.`,
  waitingFor: (contacts) => `ligt bij ${contacts}`,
};

const en: RequestMessages = {
  fileButton: 'File a request',
  formTitle: 'File a request for data',
  formWhat: 'You ask',
  formIntro: () => `The request goes to the contact person of the organisation that holds the data. Do not type names or other personal data: only your own case number.`,
  caseRefLabel: "Case number (your own organisation's registration number)",
  caseRefPlaceholder: (requester) => (requester === 'blijf-groep' ? 'e.g. BG-2026-0142' : "your own organisation's case or registration number"),
  unitLabel: 'Which unit or region holds the data?',
  urgencyLabel: 'Urgency',
  urgency: { normaal: 'Normal', spoed: 'Urgent' },
  deliveryLabel: 'How do you want to receive the data?',
  delivery: { mondeling: 'Orally', schriftelijk: 'In writing' },
  necessityLabel: 'Why is this data necessary, and why would less not do?',
  necessityPlaceholder: 'Necessity (proportionality and subsidiarity), without names',
  submit: 'File request',
  cancel: 'Back to the answer',
  caseRefProblem: (p) =>
    p === 'format'
      ? 'A case number consists of letters, digits and dashes (3 to 40 characters), such as BG-2026-0142.'
      : p === 'name'
        ? 'This case number looks like a name: a case number contains digits. Never type a client’s name.'
        : `This case number looks like ${{ bsn: 'a citizen service number', phone: 'a phone number', email: 'an e-mail address', birthdate: 'a date of birth' }[p]}. Use your organisation's registration number, not personal data.`,
  noteHasPersonalData: (kinds) =>
    `Your text seems to contain personal data (${kinds}). Write in general terms; personal data is shared only after approval, through the agreed channel. Nothing was sent.`,
  notFileable: 'You cannot file a request for this question: the answer does not permit sharing, or your organisation is not the recipient.',
  cardTitle: (ref) => `Request for data · ${ref}`,
  state: (s, who, when) =>
    s === 'approved' || s === 'denied' ? `${STATE_EN[s]} by ${who ?? 'unknown'} on ${when ?? '?'}` : s === 'withdrawn' ? `${STATE_EN[s]} by the requester on ${when ?? '?'}` : STATE_EN[s],
  urgent: '⏱️ Urgent',
  overdue: (age, sla) => `Past the deadline: open for ${age} working days (agreed: ${sla}).`,
  facts: {
    from: 'Requester',
    to: 'Asked of',
    caseRef: 'Case number',
    subject: 'About',
    data: 'Data',
    purpose: 'Purpose',
    consent: 'Consent',
    delivery: 'Delivery',
    filed: 'Filed',
    decides: 'Who decides',
  },
  requesterVerified: 'according to the Deelwijzer organisation list',
  requesterUnverified: 'not verified: not (or no longer) on the Deelwijzer organisation list like this',
  yes: 'yes',
  no: 'no',
  filedOn: (date, age) => `${date} (${age === 0 ? 'less than a working day ago' : `${age} working ${age === 1 ? 'day' : 'days'} ago`})`,
  necessity: 'Why necessary',
  basis: 'Basis',
  basisLine: (verdict, version) => `${verdict} (rulebook ${version})`,
  conditions: 'Conditions',
  infoQuestion: 'Information requested',
  infoAnswer: "Requester's answer",
  reason: 'Reason',
  approve: 'Approve',
  deny: 'Deny',
  denySend: 'Send the denial',
  denyReasonLabel: 'Reason for denial (required, no names)',
  askInfo: 'Ask for more information',
  askInfoLabel: 'What do you need to know? (no names)',
  answerInfo: 'Give information',
  answerInfoLabel: 'Your answer (no names)',
  send: 'Send',
  withdraw: 'Withdraw request',
  nobodyYet: 'no contact person reachable yet',
  filed: (ref, contacts) => `Your request ${ref} has been filed and is with ${contacts}. You will hear when it is decided. Type "my requests" to see where it stands.`,
  unrouted: (ref, party) =>
    `Your request ${ref} has been saved, but no contact person at ${party} can be reached through Deelwijzer yet. Your privacy officer has been alerted. The request waits and goes to the contact person as soon as they open Deelwijzer; if it is urgent, call the covenant's contact person.`,
  unroutedNobodyAlerted: (ref, party) =>
    `Your request ${ref} has been saved, but no contact person at ${party} can be reached through Deelwijzer yet, and there is no privacy officer Deelwijzer could alert either. The request waits and goes to the contact person as soon as they open Deelwijzer. If it is urgent, call the covenant's contact person, and tell your privacy officer that this request is waiting.`,
  unroutedAlert: (ref, party) =>
    `Request ${ref} is waiting: no contact person at ${party} can be reached through Deelwijzer. Make sure the contact person is in the directory and has opened Deelwijzer.`,
  refusal: {
    not_your_request: 'This is not your request: only the requester can do this. Nothing changed.',
    not_a_contact: 'Only a contact person of the organisation that holds the data can decide on this request. Nothing changed.',
    already_decided: (who, when) => `This request was already decided by ${who} on ${when}. Nothing changed.`,
    wrong_state: 'That is no longer possible at this stage of the request. Nothing changed.',
    reason_required: 'Fill in a reason or question. Nothing changed.',
    missing: 'This request does not exist (any more). Nothing changed.',
  },
  mineTitle: 'My requests',
  mineEmpty: 'You have not filed any requests yet. Ask a question; when the answer permits sharing you can file a request.',
  openTitle: 'Open requests',
  openEmpty: 'No requests are open for your organisation.',
  notAContact: 'You are not a contact person in Deelwijzer’s directory, so no requests are waiting for you. Type "my requests" for your own requests.',
  listLine: (ref, status, age, who) => `**${ref}** · ${status} · ${age === 0 ? 'open less than a working day' : `open ${age} working ${age === 1 ? 'day' : 'days'}`} · ${who}`,
  listWhat: (data, subject, party) => `${data} about ${subject}, asked of ${party}`,
  open: 'Open',
  nextStep: {
    discloser: (delivery, requester) =>
      `Next: give the data ${delivery} to ${requester}, only what the request names. Record the disclosure in your own system (who, what, to whom, when, on which basis).`,
    recipient: (delivery, discloser) =>
      `Next: ${discloser} gives you the data ${delivery}. Then inform the data subject, unless a legal exception applies (for example when it would endanger safety).`,
    duties: 'Duties from the covenant',
  },
  reminder: (ref, age, sla) => `Reminder: request ${ref} has been waiting ${age} working days for your decision (agreed: ${sla}).`,
  escalation: (ref, party, age, sla, contacts) => `Request ${ref} to ${party} has been waiting ${age} working days for a decision (agreed: ${sla}). Contact person: ${contacts}.`,
  waitingFor: (contacts) => `with ${contacts}`,
};

export const REQUEST_MESSAGES: Record<Lang, RequestMessages> = { nl, en };
export const stateLabel = (state: RequestState, lang: Lang) => (lang === 'nl' ? STATE_NL : STATE_EN)[state];
