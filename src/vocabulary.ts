// The fixed vocabulary of ../shared/spec/decision-contract.md. Ids never change; labels are for people.

export const PARTIES = [
  'blijf-groep',
  'politie',
  'veilig-thuis',
  'om',
  'rvdk',
  'reclassering',
  'lokaal-veld',
  'jeugdbescherming',
] as const;
export type Party = (typeof PARTIES)[number];

export const SUBJECTS = ['slachtoffer', 'kind', 'derde', 'pleger', 'melder', 'getuige'] as const;
export type Subject = (typeof SUBJECTS)[number];

export const DATA_CATEGORIES = [
  'naw',
  'geboortegegevens',
  'contactgegevens',
  'incidenten',
  'geweldsincidenten',
  'feiten-omstandigheden',
  'veiligheidsinformatie',
  'gevarenclassificatie',
  'thv-informatie',
  'dreigingsinformatie',
  'politiegegevens',
  'medische-gegevens',
  'zorgmelding',
  'triage-bevindingen',
  'triage-uitkomst',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const PURPOSES = [
  'risicotaxatie',
  'aware',
  'aware-monitoring',
  'tijdelijk-huisverbod',
  'dreiging-opvang',
  'plaatsing',
  'aanmelding-check',
  'zorgmelding',
  'triage',
  'hulpverlening',
  'plan-van-aanpak',
  'opsporing',
  'adviesvraag',
  'terugkoppeling',
  'terugmelding',
  'veiligheidsoverleg',
  'zsm',
] as const;
export type Purpose = (typeof PURPOSES)[number];

export const VERDICTS = [
  'allowed',
  'conditional',
  'not_allowed',
  'route_via',
  'not_covered',
  'acute',
  'incomplete',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The slots a question can lack; `missing` in a decision names these. */
export const SLOTS = ['from', 'to', 'subject', 'data', 'purpose'] as const;
export type Slot = (typeof SLOTS)[number];

export type Lang = 'nl' | 'en';

/** The language for a Teams locale: English for en-*, Dutch otherwise. */
export const langOfLocale = (locale: string | undefined): Lang => (locale?.toLowerCase().startsWith('en') ? 'en' : 'nl');
export type Text = { nl: string; en: string };

/** Units and regions the covenants name; any other lower-case kebab-case unit is accepted too. */
export const KNOWN_UNITS: Readonly<Partial<Record<Party, readonly string[]>>> = {
  politie: ['amsterdam', 'noord-holland', 'flevoland', 'utrecht', 'rotterdam'],
  'veilig-thuis': ['flevoland', 'rotterdam-rijnmond', 'zuid-holland-zuid'],
};

export const UNIT_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface PartyRef {
  party: Party;
  unit?: string;
}

export function isParty(value: string): value is Party {
  return (PARTIES as readonly string[]).includes(value);
}

/** Parses `party` or `party:unit`; returns an error message in Dutch and English when it is not valid. */
export function parsePartyRef(text: string): PartyRef | { error: string } {
  const [party, unit, extra] = text.trim().toLowerCase().split(':');
  if (party === undefined || !isParty(party) || extra !== undefined) {
    return { error: `onbekende partij "${text}" / unknown party; kies uit: ${PARTIES.join(', ')}` };
  }
  if (unit === undefined || unit === '') return { party };
  if (!UNIT_PATTERN.test(unit)) {
    return { error: `ongeldige eenheid of regio "${unit}" / invalid unit (kleine letters met streepjes, bijv. noord-holland)` };
  }
  return { party, unit };
}

export function formatPartyRef(ref: PartyRef | undefined): string | null {
  if (!ref) return null;
  return ref.unit ? `${ref.party}:${ref.unit}` : ref.party;
}

export const PARTY_LABELS: Record<Party, Text> = {
  'blijf-groep': { nl: 'Blijf Groep', en: 'Blijf Groep' },
  politie: { nl: 'politie', en: 'police' },
  'veilig-thuis': { nl: 'Veilig Thuis', en: 'Veilig Thuis' },
  om: { nl: 'Openbaar Ministerie', en: 'Public Prosecution Service' },
  rvdk: { nl: 'Raad voor de Kinderbescherming', en: 'Child Protection Board' },
  reclassering: { nl: 'reclassering (3RO)', en: 'probation service (3RO)' },
  'lokaal-veld': { nl: 'lokaal veld (wijkteam)', en: 'local field (neighbourhood team)' },
  jeugdbescherming: { nl: 'jeugdbescherming (GI)', en: 'youth protection (GI)' },
};

export const UNIT_LABELS: Record<string, Text> = {
  amsterdam: { nl: 'Amsterdam', en: 'Amsterdam' },
  'noord-holland': { nl: 'Noord-Holland', en: 'Noord-Holland' },
  flevoland: { nl: 'Flevoland', en: 'Flevoland' },
  utrecht: { nl: 'Utrecht', en: 'Utrecht' },
  rotterdam: { nl: 'Rotterdam', en: 'Rotterdam' },
  'rotterdam-rijnmond': { nl: 'Rotterdam-Rijnmond', en: 'Rotterdam-Rijnmond' },
  'zuid-holland-zuid': { nl: 'Zuid-Holland-Zuid', en: 'Zuid-Holland-Zuid' },
};

export const SUBJECT_LABELS: Record<Subject, Text> = {
  slachtoffer: { nl: 'slachtoffer / cliënt', en: 'victim / client' },
  kind: { nl: 'betrokken kind', en: 'child involved' },
  derde: { nl: 'betrokken derde', en: 'third party involved' },
  pleger: { nl: 'pleger / verdachte', en: 'perpetrator / suspect' },
  melder: { nl: 'melder', en: 'person who reported' },
  getuige: { nl: 'getuige', en: 'witness' },
};

export const DATA_LABELS: Record<DataCategory, Text> = {
  naw: { nl: 'naam, adres en woonplaats', en: 'name, address and place of residence' },
  geboortegegevens: { nl: 'geboorteplaats en -datum', en: 'place and date of birth' },
  contactgegevens: { nl: 'telefoonnummer en e-mailadres', en: 'telephone number and e-mail address' },
  incidenten: { nl: 'bij de politie bekende relevante incidenten', en: 'relevant incidents known to the police' },
  geweldsincidenten: { nl: 'bij de politie bekende geweldsincidenten', en: 'violent incidents known to the police' },
  'feiten-omstandigheden': { nl: 'noodzakelijke feiten en omstandigheden over het huiselijk geweld', en: 'necessary facts and circumstances of the domestic violence' },
  veiligheidsinformatie: { nl: 'informatie nodig voor de veiligheid van cliënt en betrokkenen', en: 'information needed for the safety of the client and others' },
  gevarenclassificatie: { nl: 'gevarenclassificatie van de politie', en: 'police danger classification' },
  'thv-informatie': { nl: 'informatie voor het tijdelijk huisverbod', en: 'information for the temporary restraining order' },
  dreigingsinformatie: { nl: 'informatie over een dreiging', en: 'information on a threat' },
  politiegegevens: { nl: 'overige politiegegevens (art. 8 en 13 Wpg)', en: 'other police data (art. 8 and 13 Police Data Act)' },
  'medische-gegevens': { nl: 'medische gegevens (medisch beroepsgeheim)', en: 'medical data (medical professional secrecy)' },
  zorgmelding: { nl: 'het zorgformulier / de Veilig Thuis-melding van de politie', en: 'the police report of concerns as a whole' },
  'triage-bevindingen': { nl: 'bevindingen uit triage of interventie van Veilig Thuis', en: 'Veilig Thuis findings from triage or intervention' },
  'triage-uitkomst': { nl: 'uitkomst van de triage (een van de vier standaardteksten voor de melder)', en: 'outcome of triage (one of the four standard texts for the reporter)' },
};

export const PURPOSE_LABELS: Record<Purpose, Text> = {
  risicotaxatie: { nl: 'risicotaxatie', en: 'risk assessment' },
  aware: { nl: 'aanvraag AWARE en veiligheidsadvies', en: 'AWARE application and safety advice' },
  'aware-monitoring': { nl: 'monitoring na AWARE-aansluiting', en: 'monitoring after an AWARE connection' },
  'tijdelijk-huisverbod': { nl: 'tijdelijk huisverbod', en: 'temporary restraining order' },
  'dreiging-opvang': { nl: 'dreiging bij of rond de opvang', en: 'threat at or around the shelter' },
  plaatsing: { nl: 'veiligheidscheck voor plaatsing', en: 'safety check before placement' },
  'aanmelding-check': { nl: 'check bij rechtstreekse aanmelding', en: 'check on someone who reports directly' },
  zorgmelding: { nl: 'zorgmelding aan Veilig Thuis', en: 'report of concerns to Veilig Thuis' },
  triage: { nl: 'triage door Veilig Thuis', en: 'Veilig Thuis triage' },
  hulpverlening: { nl: 'vrijwillige hulpverlening', en: 'voluntary support' },
  'plan-van-aanpak': { nl: 'bijdrage aan een plan van aanpak van het lokale veld', en: 'contribution to a support plan led by the local field' },
  opsporing: { nl: 'opsporing of vervolging', en: 'criminal investigation or prosecution' },
  adviesvraag: { nl: 'adviesvraag aan Veilig Thuis', en: 'consulting Veilig Thuis' },
  terugkoppeling: { nl: 'terugkoppeling van de triage aan de melder', en: 'feedback on triage to the reporter' },
  terugmelding: { nl: 'terugmelding door het lokale veld', en: 'local field reporting back' },
  veiligheidsoverleg: { nl: 'casusoverleg over veiligheid', en: 'case consultation on safety' },
  zsm: { nl: 'inbrengen bij ZSM (snelle afdoening van een strafzaak)', en: 'bringing a case to ZSM (fast-track handling of a criminal case)' },
};

export function partyRefLabel(ref: PartyRef, lang: Lang): string {
  const party = PARTY_LABELS[ref.party][lang];
  if (!ref.unit) return party;
  const unit = UNIT_LABELS[ref.unit]?.[lang] ?? ref.unit;
  if (ref.party === 'politie') return lang === 'nl' ? `politie-eenheid ${unit}` : `police unit ${unit}`;
  return `${party} ${unit}`;
}
