// The explorer's own sentences, in clear Dutch (B1) and English.
import type { Lang } from '../vocabulary';

export interface ExplorerTexts {
  title: string;
  intro: string;
  otherLanguage: { label: string; lang: Lang };
  searchTitle: string;
  searchPlaceholder: string;
  asLabel: string;
  asAny: string;
  dateLabel: string;
  ask: string;
  privacy: string;
  answerTitle: string;
  noQuestion: string;
  covenantsTitle: string;
  open: string;
  parties: string;
  anyUnit: string;
  validity: string;
  derivation: string;
  inForce: (until: string | null) => string;
  notYet: (from: string) => string;
  ended: (until: string) => string;
  renewedBy: string;
  renews: string;
  doubtfulDays: (from: string, until: string) => string;
  serviceLevel: string;
  serviceLevelDays: (days: number) => string;
  serviceLevelSource: { covenant: (article: string) => string; 'privacy-officer-default': string };
  version: string;
  matrixTitle: string;
  matrixIntro: (date: string) => string;
  direction: string;
  purpose: string;
  consent: string;
  show: string;
  dataHeader: string;
  articlesTitle: string;
  back: string;
  notFound: string;
}

export const EXPLORER_TEXTS: Record<Lang, ExplorerTexts> = {
  nl: {
    title: 'Convenanten',
    intro: 'Wat mag je delen, met wie en waarvoor? Hier zie je per convenant wat het zegt, met het artikel erbij. Convenanten zijn openbare documenten.',
    otherLanguage: { label: 'English', lang: 'en' },
    searchTitle: 'Stel je vraag',
    searchPlaceholder: 'Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?',
    asLabel: 'Ik werk bij',
    asAny: 'kies je organisatie',
    dateLabel: 'Datum van delen',
    ask: 'Vraag',
    privacy: "Typ nooit namen, BSN's, adressen of telefoonnummers. Je vraag wordt niet bewaard.",
    answerTitle: 'Antwoord',
    noQuestion: 'Typ eerst een vraag.',
    covenantsTitle: 'Alle convenanten',
    open: 'Bekijk',
    parties: 'Partijen',
    anyUnit: 'alle eenheden en regio’s',
    validity: 'Looptijd',
    derivation: 'Hoe de looptijd is bepaald',
    inForce: (until) => (until ? `Geldt nu, tot en met ${until}` : 'Geldt nu, zonder einddatum'),
    notYet: (from) => `Geldt nog niet: vanaf ${from}`,
    ended: (until) => `Afgelopen op ${until}`,
    renewedBy: 'Opgevolgd door',
    renews: 'Verlenging van',
    doubtfulDays: (from, until) => (from === until ? from : `${from} tot en met ${until}`),
    serviceLevel: 'Termijn voor een verzoek',
    serviceLevelDays: (days) => `Een verzoek krijgt binnen ${days} ${days === 1 ? 'werkdag' : 'werkdagen'} een antwoord.`,
    serviceLevelSource: {
      covenant: (article) => `Bron: het convenant, ${article}`,
      'privacy-officer-default': 'Bron: standaard van de privacy officer',
    },
    version: 'Versie',
    matrixTitle: 'Wat dit convenant zegt',
    matrixIntro: (date) => `Per soort gegevens en per persoon: het oordeel van dit convenant en het artikel, zoals op ${date}.`,
    direction: 'Wie deelt met wie',
    purpose: 'Doel',
    consent: 'met toestemming van de betrokkene',
    show: 'Toon',
    dataHeader: 'Gegevens',
    articlesTitle: 'De artikelen in gewone taal',
    back: 'Alle convenanten',
    notFound: 'Dit convenant bestaat niet.',
  },
  en: {
    title: 'Covenants',
    intro: 'What may you share, with whom and for what? Here you see what each covenant says, with the article. Covenants are public documents.',
    otherLanguage: { label: 'Nederlands', lang: 'nl' },
    searchTitle: 'Ask your question',
    searchPlaceholder: 'May I share the address of the perpetrator with Blijf Groep for the risk assessment?',
    asLabel: 'I work at',
    asAny: 'choose your organisation',
    dateLabel: 'Date of sharing',
    ask: 'Ask',
    privacy: 'Never type names, citizen service numbers, addresses or phone numbers. Your question is not stored.',
    answerTitle: 'Answer',
    noQuestion: 'Type a question first.',
    covenantsTitle: 'All covenants',
    open: 'View',
    parties: 'Parties',
    anyUnit: 'all units and regions',
    validity: 'Term',
    derivation: 'How the term was derived',
    inForce: (until) => (until ? `In force, until ${until}` : 'In force, no end date'),
    notYet: (from) => `Not yet in force: from ${from}`,
    ended: (until) => `Ended on ${until}`,
    renewedBy: 'Succeeded by',
    renews: 'Renewal of',
    doubtfulDays: (from, until) => (from === until ? from : `${from} until ${until}`),
    serviceLevel: 'Time to answer a request',
    serviceLevelDays: (days) => `A request is answered within ${days} working ${days === 1 ? 'day' : 'days'}.`,
    serviceLevelSource: {
      covenant: (article) => `Source: the covenant, ${article}`,
      'privacy-officer-default': 'Source: default of the privacy officer',
    },
    version: 'Version',
    matrixTitle: 'What this covenant says',
    matrixIntro: (date) => `For each kind of data and each person: this covenant's verdict and the article, as on ${date}.`,
    direction: 'Who shares with whom',
    purpose: 'Purpose',
    consent: 'with the consent of the person concerned',
    show: 'Show',
    dataHeader: 'Data',
    articlesTitle: 'The articles in plain language',
    back: 'All covenants',
    notFound: 'This covenant does not exist.',
  },
};
