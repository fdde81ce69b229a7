// Sentences about data breaches, per language.
import type { Lang } from '../vocabulary';
import type { BreachKind } from '../breach/breach';

export interface BreachMessages {
  formTitle: string;
  formIntro: string;
  kindLabel: string;
  kind: Record<BreachKind, string>;
  discoveredLabel: string;
  discoveredTimeLabel: string;
  encryptedLabel: string;
  encrypted: Record<'yes' | 'no' | 'unknown' | 'not_applicable', string>;
  partiesLabel: string;
  subjectsLabel: string;
  dataLabel: string;
  peopleLabel: string;
  people: Record<'1' | '2-10' | '11-100' | '100+' | 'unknown', string>;
  submit: string;
  incomplete: (problems: string) => string;
  /** What is missing or wrong in a form field, in words that do not repeat the field's label. */
  fieldProblem: Record<'kind' | 'discoveredDate' | 'discoveredTime' | 'encrypted' | 'parties' | 'subjects' | 'data' | 'people' | 'apDecision' | 'apDate', string>;
  chooseOrganisationFirst: string;
  discoveredInFuture: string;
  cardTitle: (ref: string) => string;
  reportedBy: (name: string, party: string, when: string) => string;
  facts: { kind: string; discovered: string; encrypted: string; parties: string; subjects: string; data: string; people: string; covenants: string };
  deadline: (when: string, hours: number) => string;
  deadlinePassed: (when: string) => string;
  apNotified: (when: string, agreed: boolean) => string;
  apNotRequired: (who: string) => string;
  policeDuty: string;
  policeDone: (when: string) => string;
  policeOpen: string;
  sources: string;
  gdpr: string;
  gdprLabel: string;
  required: string;
  seen: string;
  seenBy: (list: string) => string;
  nobodySeen: string;
  ack: string;
  policeButton: string;
  apButton: string;
  apDecisionLabel: string;
  apDecision: Record<'notified' | 'not_required', string>;
  apDateLabel: string;
  apTimeLabel: string;
  apAgreedLabel: string;
  save: string;
  sent: (ref: string, names: string) => string;
  unreachable: (names: string) => string;
  nobody: string;
  refusal: { notInvolved: string; notAllowed: string; notRequired: string; missing: string };
}

const nl: BreachMessages = {
  formTitle: 'Datalek melden',
  formIntro:
    'Meld een (mogelijk) datalek meteen: de privacy officer van je organisatie en de contactpersonen van de andere partijen krijgen het direct (art. 9.3). Typ geen namen en geen inhoud van de zaak.',
  kindLabel: 'Wat is er gebeurd?',
  kind: {
    lost_device: 'Apparaat kwijt (telefoon, tablet, laptop)',
    stolen_device: 'Apparaat gestolen',
    wrong_recipient: 'Naar de verkeerde persoon gestuurd',
    unauthorised_access: 'Iemand heeft zonder recht gegevens ingezien',
    other: 'Iets anders',
  },
  discoveredLabel: 'Wanneer ontdekt (datum)?',
  discoveredTimeLabel: 'Hoe laat ontdekt?',
  encryptedLabel: 'Was het apparaat versleuteld (met pincode of wachtwoord)?',
  encrypted: { yes: 'Ja', no: 'Nee', unknown: 'Weet ik niet', not_applicable: 'Niet van toepassing' },
  partiesLabel: 'Van welke organisaties waren er gegevens bij?',
  subjectsLabel: 'Over wie gingen de gegevens?',
  dataLabel: 'Welke soorten gegevens?',
  peopleLabel: 'Om hoeveel mensen gaat het ongeveer?',
  people: { '1': 'Eén persoon', '2-10': '2 tot 10', '11-100': '11 tot 100', '100+': 'Meer dan 100', unknown: 'Weet ik niet' },
  submit: 'Datalek melden',
  incomplete: (problems) => `Het formulier is nog niet compleet: ${problems}. Er is niets verstuurd.`,
  fieldProblem: {
    kind: 'wat er is gebeurd',
    discoveredDate: 'de datum van ontdekken',
    discoveredTime: 'het tijdstip van ontdekken',
    encrypted: 'of het apparaat versleuteld was',
    parties: 'welke organisaties gegevens hadden',
    subjects: 'om wie het ging',
    data: 'welke soorten gegevens',
    people: 'om hoeveel mensen het ongeveer gaat',
    apDecision: 'of de Autoriteit Persoonsgegevens is ingelicht',
    apDate: 'wanneer de melding aan de Autoriteit Persoonsgegevens is gedaan',
  },
  chooseOrganisationFirst: 'kies eerst je organisatie met de opdracht "profiel"',
  discoveredInFuture: 'het moment van ontdekken ligt in de toekomst',
  cardTitle: (ref) => `Datalek · ${ref}`,
  reportedBy: (name, party, when) => `Gemeld door ${name} (${party}) op ${when}`,
  facts: { kind: 'Wat', discovered: 'Ontdekt', encrypted: 'Versleuteld', parties: 'Gegevens van', subjects: 'Over wie', data: 'Soorten gegevens', people: 'Aantal mensen', covenants: 'Convenanten' },
  deadline: (when, hours) => `⏱️ Melden aan de Autoriteit Persoonsgegevens, als dat moet: uiterlijk ${when} (nog ${hours} uur, 72 uur na ontdekken).`,
  deadlinePassed: (when) => `⏱️ De 72 uur voor een melding aan de Autoriteit Persoonsgegevens zijn voorbij (${when}). Leg vast wat er is besloten.`,
  apNotified: (when, agreed) =>
    `Autoriteit Persoonsgegevens ingelicht op ${when}; ${agreed ? 'de andere partijen stemden in met de melding (art. 9.4)' : 'nog zonder vastgelegde afstemming met de andere partijen (art. 9.4)'}.`,
  apNotRequired: (who) => `Melding aan de Autoriteit Persoonsgegevens niet nodig, vastgelegd door ${who}.`,
  policeDuty: 'Veilig Thuis doet altijd aangifte bij de politie als een telefoon, tablet of laptop met politiegegevens kwijt is (werkafspraken Rotterdam 2017, stap 1).',
  policeDone: (when) => `Aangifte bij de politie gedaan: vastgelegd op ${when}.`,
  policeOpen: 'Aangifte bij de politie: nog niet vastgelegd.',
  sources: 'Grondslag',
  gdprLabel: 'AVG art. 33',
  required: 'Vul dit in of kies een antwoord.',
  gdpr: 'Een datalek dat risico geeft, meldt de organisatie binnen 72 uur na ontdekken aan de Autoriteit Persoonsgegevens.',
  seen: 'Gezien',
  seenBy: (list) => `Gezien door: ${list}`,
  nobodySeen: 'Nog door niemand als gezien gemarkeerd.',
  ack: 'Gezien',
  policeButton: 'Aangifte gedaan',
  apButton: 'AP-melding vastleggen',
  apDecisionLabel: 'Besluit over de melding aan de Autoriteit Persoonsgegevens',
  apDecision: { notified: 'Gemeld bij de AP', not_required: 'Melding niet nodig' },
  apDateLabel: 'Datum van de melding',
  apTimeLabel: 'Tijd van de melding',
  apAgreedLabel: 'De andere partijen stemden in met de melding (art. 9.4)',
  save: 'Vastleggen',
  sent: (ref, names) => `Datalek ${ref} is gemeld aan ${names}. Zij zien de kaart met de 72-uurstermijn.`,
  unreachable: (names) => `Niet bereikbaar via Deelwijzer (bel of mail hen zelf): ${names}.`,
  nobody: 'Er is niemand bereikbaar via Deelwijzer: bel je privacy officer nu.',
  refusal: {
    notInvolved: 'Je bent geen ontvanger van deze melding. Er is niets veranderd.',
    notAllowed: 'Dat kan alleen de privacy officer van de melder (of bij de aangifte: de melder zelf). Er is niets veranderd.',
    notRequired: 'Voor dit datalek is geen aangifte nodig. Er is niets veranderd.',
    missing: 'Deze melding bestaat niet (meer). Er is niets veranderd.',
  },
};

const en: BreachMessages = {
  formTitle: 'Report a data breach',
  formIntro: "Report a (possible) data breach at once: your organisation's privacy officer and the other parties' contact persons get it straight away (art. 9.3). Do not type names or case content.",
  kindLabel: 'What happened?',
  kind: {
    lost_device: 'Device lost (phone, tablet, laptop)',
    stolen_device: 'Device stolen',
    wrong_recipient: 'Sent to the wrong person',
    unauthorised_access: 'Someone saw data without a right to',
    other: 'Something else',
  },
  discoveredLabel: 'When was it discovered (date)?',
  discoveredTimeLabel: 'At what time?',
  encryptedLabel: 'Was the device encrypted (PIN or password)?',
  encrypted: { yes: 'Yes', no: 'No', unknown: "Don't know", not_applicable: 'Not applicable' },
  partiesLabel: "Whose organisations' data was involved?",
  subjectsLabel: 'About whom?',
  dataLabel: 'Which kinds of data?',
  peopleLabel: 'Roughly how many people?',
  people: { '1': 'One person', '2-10': '2 to 10', '11-100': '11 to 100', '100+': 'More than 100', unknown: "Don't know" },
  submit: 'Report breach',
  incomplete: (problems) => `The form is not complete yet: ${problems}. Nothing was sent.`,
  fieldProblem: {
    kind: 'what happened',
    discoveredDate: 'the date of discovery',
    discoveredTime: 'the time of discovery',
    encrypted: 'whether the device was encrypted',
    parties: 'which organisations had data',
    subjects: 'whom it was about',
    data: 'which kinds of data',
    people: 'roughly how many people',
    apDecision: 'whether the Data Protection Authority was notified',
    apDate: 'when the Data Protection Authority was notified',
  },
  chooseOrganisationFirst: 'first choose your organisation with the command "profile"',
  discoveredInFuture: 'the moment of discovery lies in the future',
  cardTitle: (ref) => `Data breach · ${ref}`,
  reportedBy: (name, party, when) => `Reported by ${name} (${party}) on ${when}`,
  facts: { kind: 'What', discovered: 'Discovered', encrypted: 'Encrypted', parties: 'Data of', subjects: 'About', data: 'Kinds of data', people: 'People', covenants: 'Covenants' },
  deadline: (when, hours) => `⏱️ Notify the Dutch Data Protection Authority, if required: by ${when} (${hours} hours left, 72 hours after discovery).`,
  deadlinePassed: (when) => `⏱️ The 72 hours for notifying the Dutch Data Protection Authority have passed (${when}). Record what was decided.`,
  apNotified: (when, agreed) =>
    `Data Protection Authority notified on ${when}; ${agreed ? 'the other parties agreed the notification (art. 9.4)' : 'no agreement with the other parties recorded yet (art. 9.4)'}.`,
  apNotRequired: (who) => `No notification to the Data Protection Authority needed, recorded by ${who}.`,
  policeDuty: 'Veilig Thuis always reports the loss of a phone, tablet or laptop with police data to the police (Rotterdam working agreements 2017, step 1).',
  policeDone: (when) => `Police report made: recorded on ${when}.`,
  policeOpen: 'Police report: not recorded yet.',
  sources: 'Basis',
  gdprLabel: 'GDPR art. 33',
  required: 'Fill this in or choose an answer.',
  gdpr: 'A breach that poses a risk is notified to the Data Protection Authority within 72 hours of discovery.',
  seen: 'Seen',
  seenBy: (list) => `Seen by: ${list}`,
  nobodySeen: 'Nobody has marked it as seen yet.',
  ack: 'Seen',
  policeButton: 'Police report made',
  apButton: 'Record DPA notification',
  apDecisionLabel: 'Decision on notifying the Data Protection Authority',
  apDecision: { notified: 'Notified the DPA', not_required: 'No notification needed' },
  apDateLabel: 'Date of the notification',
  apTimeLabel: 'Time of the notification',
  apAgreedLabel: 'The other parties agreed the notification (art. 9.4)',
  save: 'Record',
  sent: (ref, names) => `Data breach ${ref} has been reported to ${names}. They see the card with the 72-hour deadline.`,
  unreachable: (names) => `Not reachable through Deelwijzer (call or e-mail them yourself): ${names}.`,
  nobody: 'Nobody can be reached through Deelwijzer: call your privacy officer now.',
  refusal: {
    notInvolved: 'You are not a recipient of this report. Nothing changed.',
    notAllowed: "Only the reporter's privacy officer (or, for the police report, the reporter) can do that. Nothing changed.",
    notRequired: 'No police report is needed for this breach. Nothing changed.',
    missing: 'This report does not exist (any more). Nothing changed.',
  },
};

export const BREACH_MESSAGES: Record<Lang, BreachMessages> = { nl, en };
