// The words and phrases staff use, mapped to the contract's ids. Data only; the reader interprets them.
import type { DataCategory, Party, Purpose, Subject } from '../vocabulary';
import { normalizeWord } from './tokens';

export type Concept =
  | { kind: 'party'; party: Party }
  | { kind: 'place'; politie?: string; vt?: string }
  | { kind: 'subject'; subject: Subject }
  | { kind: 'data'; data: DataCategory }
  | { kind: 'purpose'; purpose: Purpose }
  /** Words that are a data category or a purpose depending on the words around them. */
  | { kind: 'ambiguous'; data: DataCategory; purpose: Purpose }
  | { kind: 'consent'; value: boolean }
  | { kind: 'acute' }
  | { kind: 'weapon' }
  | { kind: 'now' }
  | { kind: 'past' }
  | { kind: 'verb'; direction: 'give' | 'get'; weak?: boolean }
  | { kind: 'prep'; direction: 'to' | 'from' | 'via' | 'for' | 'about' }
  | { kind: 'asker' }
  | { kind: 'asker-object' }
  | { kind: 'modal' }
  | { kind: 'unit-word' }
  | { kind: 'filler' };

type Entry = [phrases: string[], concept: Concept];

const party = (p: Party): Concept => ({ kind: 'party', party: p });
const subject = (s: Subject): Concept => ({ kind: 'subject', subject: s });
const data = (d: DataCategory): Concept => ({ kind: 'data', data: d });
const purpose = (p: Purpose): Concept => ({ kind: 'purpose', purpose: p });

const ENTRIES: Entry[] = [
  // Parties
  [['blijf groep', 'blijfgroep', 'blijf', 'vrouwenopvang', 'opvang', 'shelter', 'blijf group'], party('blijf-groep')],
  [['politie', 'agent', 'agenten', 'wijkagent', 'wijkagenten', 'politieagent', 'recherche', 'rechercheur', 'zedenrecherche', 'basisteam', 'police', 'police officer', 'officer', 'politie eenheid', 'politieeenheid', 'police unit', 'doelgroepcoordinator', 'doelgroepcoördinator'], party('politie')],
  [['veilig thuis', 'veiligthuis', 'vt', 'amk', 'advies en meldpunt'], party('veilig-thuis')],
  [['openbaar ministerie', 'officier van justitie', 'ovj', 'justitie', 'parket', 'prosecutor', 'public prosecutor', 'public prosecution service', 'prosecution service'], party('om')],
  [['raad voor de kinderbescherming', 'rvdk', 'raad', 'kinderbescherming', 'child protection board'], party('rvdk')],
  [['reclassering', 'reclassering nederland', '3ro', 'verslavingsreclassering', 'reclasseringswerker', 'probation', 'probation service', 'probation officer'], party('reclassering')],
  [['wijkteam', 'wijkteams', 'sociaal wijkteam', 'sociale wijkteam', 'buurtteam', 'lokaal veld', 'lokale veld', 'gemeente', 'jeugdteam', 'jeugd en gezinsteam', 'gezinsteam', 'sociaal team', 'cjg', 'wijkcoach', 'neighbourhood team', 'neighborhood team', 'social team', 'local team', 'local field', 'municipality'], party('lokaal-veld')],
  [['jeugdbescherming', 'gi', 'gecertificeerde instelling', 'jeugdbeschermer', 'jeugdbeschermingswerker', 'gezinsvoogd', 'youth protection', 'youth protection agency'], party('jeugdbescherming')],

  // Places: the police unit and the Veilig Thuis region they belong to.
  [['amsterdam', 'amstelveen', 'diemen', 'aalsmeer', 'uithoorn', 'ouder amstel'], { kind: 'place', politie: 'amsterdam' }],
  [['noord holland', 'noordholland', 'haarlem', 'alkmaar', 'den helder', 'hoorn', 'zaandam', 'zaanstad', 'purmerend', 'beverwijk', 'velsen', 'heerhugowaard', 'enkhuizen', 'hoofddorp'], { kind: 'place', politie: 'noord-holland' }],
  [['flevoland', 'almere', 'lelystad', 'dronten', 'zeewolde', 'emmeloord', 'noordoostpolder', 'urk'], { kind: 'place', politie: 'flevoland', vt: 'flevoland' }],
  [['utrecht', 'amersfoort', 'hilversum', 'nieuwegein', 'zeist', 'veenendaal', 'houten'], { kind: 'place', politie: 'utrecht' }],
  [['rotterdam', 'rotterdam rijnmond', 'rijnmond', 'rr', 'schiedam', 'vlaardingen', 'capelle', 'capelle aan den ijssel', 'spijkenisse', 'hellevoetsluis', 'maassluis', 'ridderkerk'], { kind: 'place', politie: 'rotterdam', vt: 'rotterdam-rijnmond' }],
  [['zuid holland zuid', 'zuidhollandzuid', 'zhz', 'dordrecht', 'zwijndrecht', 'gorinchem', 'drechtsteden', 'sliedrecht', 'papendrecht'], { kind: 'place', politie: 'rotterdam', vt: 'zuid-holland-zuid' }],
  [['midden nederland', 'middennederland'], { kind: 'place' }],
  [['eenheid', 'regio', 'district', 'unit', 'region', 'afdeling', 'vestiging'], { kind: 'unit-word' }],

  // Data subjects
  [['pleger', 'plegers', 'dader', 'daders', 'verdachte', 'verdachten', 'ex', 'expartner', 'ex partner', 'ex man', 'exman', 'ex vriend', 'exvriend', 'partner', 'echtgenoot', 'perpetrator', 'perpetrators', 'suspect', 'offender', 'abuser', 'geweldpleger', 'huiselijk geweld pleger'], subject('pleger')],
  [['slachtoffer', 'slachtoffers', 'client', 'cliente', 'clienten', 'clientes', 'bewoonster', 'bewoner', 'bewoners', 'bewoonsters', 'victim', 'victims', 'client s', 'mevrouw'], subject('slachtoffer')],
  [['kind', 'kinderen', 'kindje', 'kindjes', 'zoon', 'zoontje', 'dochter', 'dochtertje', 'baby', 'minderjarige', 'jeugdige', 'jongere', 'child', 'children', 'kids', 'son', 'daughter', 'minor'], subject('kind')],
  [['derde', 'derden', 'betrokken derde', 'nieuwe partner', 'nieuwe vriend', 'oma', 'opa', 'familielid', 'familieleden', 'huisgenoot', 'buurman', 'buurvrouw', 'third party', 'third parties', 'new partner', 'grandmother', 'grandfather', 'relative'], subject('derde')],
  [['melder', 'melders', 'reporter', 'person who reported'], subject('melder')],
  [['getuige', 'getuigen', 'witness', 'witnesses'], subject('getuige')],

  // Data categories
  [['adres', 'adressen', 'woonadres', 'huisadres', 'verblijfadres', 'verblijfplaats', 'postadres', 'naw', 'nawgegevens', 'naw gegevens', 'naam', 'namen', 'naam en adres', 'woonplaats', 'waar hij woont', 'waar ze woont', 'waar zij woont', 'waar hij verblijft', 'address', 'addresses', 'home address', 'name', 'names', 'where he lives', 'whereabouts'], data('naw')],
  [['geboortedatum', 'geboortedata', 'geboorteplaats', 'geboortegegevens', 'gebdatum', 'date of birth', 'birth date', 'birthdate', 'place of birth', 'birth data'], data('geboortegegevens')],
  [['telefoonnummer', 'telefoonnummers', 'telnr', 'tel nr', 'nummer', '06 nummer', '06nummer', 'mobiel nummer', 'mobiele nummer', 'mobiel', 'telefoon', 'emailadres', 'email adres', 'e mail adres', 'mail adres', 'email', 'emailadressen', 'mailadres', 'contactgegevens', 'phone number', 'phone', 'telephone number', 'mobile number', 'email address', 'contact details', 'contact information'], data('contactgegevens')],
  [['incidenten', 'incident', 'eerdere incidenten', 'relevante incidenten', 'bekende incidenten', 'eerdere meldingen', 'politiecontacten', 'antecedenten', 'registraties', 'strafblad', 'incidents', 'previous incidents', 'police incidents', 'criminal record'], data('incidenten')],
  [['geweldsincidenten', 'geweldsincident', 'geweld incidenten', 'geweldsverleden', 'geweldsdelicten', 'geweldsdelict', 'eerdere geweldsincidenten', 'violent incidents', 'violence incidents', 'history of violence', 'violent history'], data('geweldsincidenten')],
  [['feiten en omstandigheden', 'feiten', 'omstandigheden', 'wat er gebeurd is', 'wat er is gebeurd', 'toedracht', 'facts and circumstances', 'facts', 'circumstances', 'what happened'], data('feiten-omstandigheden')],
  [['veiligheidsinformatie', 'veiligheidsinfo', 'informatie over de veiligheid', 'veiligheidsrisicos', 'veiligheidsrisico', 'safety information', 'safety risks', 'safety info'], data('veiligheidsinformatie')],
  [['gevarenclassificatie', 'gevaarsclassificatie', 'gevaren classificatie', 'vuurwapengevaarlijk', 'vuurwapen gevaarlijk', 'wapengevaarlijk', 'harddruggebruiker', 'harddrugs', 'alcoholist', 'verzetpleger', 'medische indicatie', 'danger classification', 'danger classifications', 'firearm dangerous', 'weapon dangerous', 'signalering', 'signaleringen'], data('gevarenclassificatie')],
  [['thv informatie', 'thvinformatie', 'huisverbodinformatie', 'huisverbod informatie', 'restraining order information'], data('thv-informatie')],
  [['dreigingsinformatie', 'dreigingsinfo', 'bedreiging', 'bedreigingen', 'dreigementen', 'threat information', 'threats'], data('dreigingsinformatie')],
  [['politiegegevens', 'politieinformatie', 'politie info', 'politieinfo', 'bvh', 'politiedossier', 'police data', 'police information', 'police records', 'wpg gegevens'], data('politiegegevens')],
  [['medische gegevens', 'medisch', 'medische', 'medisch dossier', 'medische informatie', 'diagnose', 'diagnoses', 'medicatie', 'ggz', 'psychiatrische', 'gezondheid', 'medical data', 'medical information', 'medical records', 'medical', 'diagnosis', 'health data', 'beroepsgeheim'], data('medische-gegevens')],
  [['zorgformulier', 'zorgformulieren', 'politiezorgformulier', 'pzf', 'veilig thuis melding', 'vt melding', 'police form', 'care form', 'police care form', 'police report of concerns'], data('zorgmelding')],
  [['triage uitkomst', 'triageuitkomst', 'uitkomst van de triage', 'uitkomst triage', 'triagebevindingen', 'bevindingen', 'bevindingen uit de triage', 'triage results', 'triage findings', 'findings', 'triage outcome'], data('triage-bevindingen')],
  [['zorgmelding', 'zorgmeldingen', 'melding'], { kind: 'ambiguous', data: 'zorgmelding', purpose: 'zorgmelding' }],
  [['huisverbod', 'tijdelijk huisverbod', 'thv'], { kind: 'ambiguous', data: 'thv-informatie', purpose: 'tijdelijk-huisverbod' }],
  [['dreiging', 'threat', 'bedreigt', 'bedreigd', 'bedreigen', 'threatens', 'threatened'], { kind: 'ambiguous', data: 'dreigingsinformatie', purpose: 'dreiging-opvang' }],

  // Purposes
  [['risicotaxatie', 'risicotax', 'risicoscreening', 'risico inschatting', 'risicoinschatting', 'risicobeoordeling', 'risico', 'risicos', 'screening', 'intake', 'intakescreening', 'veiligheidsinschatting', 'risk assessment', 'risk screening', 'risk', 'screening at intake'], purpose('risicotaxatie')],
  [['aware', 'aware aanvraag', 'awareaanvraag', 'aware alarm', 'alarm', 'alarmsysteem', 'noodknop', 'veiligheidsadvies', 'aware application'], purpose('aware')],
  [['aware monitoring', 'monitoring', 'monitoren', 'lopende aware', 'lopende aansluitingen', 'lopende aware aansluitingen', 'aansluiting', 'aware aansluiting'], purpose('aware-monitoring')],
  [['tijdelijk huisverbod aanvraag', 'restraining order', 'temporary restraining order', 'house ban'], purpose('tijdelijk-huisverbod')],
  [['dreiging bij de opvang', 'dreiging rond de opvang', 'dreiging op de opvang', 'dreiging bij opvang', 'dreigende situatie', 'bedreiging bij de opvang', 'dreiging opvang', 'threat at the shelter', 'threatening situation'], purpose('dreiging-opvang')],
  [['plaatsing', 'plaatsen', 'veiligheidscheck', 'opvangplek', 'opname', 'placement', 'safety check', 'place her', 'andere gemeente'], purpose('plaatsing')],
  [['aanmelding', 'aanmeldingscheck', 'aanmelding check', 'zich meldt', 'meldt zich', 'rechtstreeks meldt', 'zelfmelder', 'info check', 'infocheck', 'self referral', 'walk in'], purpose('aanmelding-check')],
  [['zorgmelding doen', 'melding doen', 'melding maken', 'zorgmelding maken', 'report of concerns', 'report concerns'], purpose('zorgmelding')],
  [['triage', 'triageren', 'verrijking', 'verrijken', 'triaging'], purpose('triage')],
  [['hulpverlening', 'hulpaanbod', 'hulp', 'begeleiding', 'ondersteuning', 'ondersteuningsplan', 'overdracht', 'warme overdracht', 'hulpverleningsplan', 'support', 'help', 'care', 'counselling', 'handover'], purpose('hulpverlening')],
  [['plan van aanpak', 'pva', 'support plan', 'plan of action', 'action plan'], purpose('plan-van-aanpak')],
  [['opsporing', 'opsporen', 'strafzaak', 'strafrechtelijk onderzoek', 'strafrechtelijke vervolging', 'strafvervolging', 'vervolging', 'vervolgen', 'onderzoek', 'rechercheonderzoek', 'opsporingsonderzoek', 'aangifte', 'strafdossier', 'proces verbaal', 'bewijs', 'investigation', 'criminal investigation', 'prosecution', 'criminal case', 'evidence'], purpose('opsporing')],
  [['advies', 'adviesvraag', 'advies vragen', 'consultatie', 'consult', 'anoniem advies', 'advice', 'consultation', 'consulting'], purpose('adviesvraag')],
  [['terugkoppeling', 'terugkoppelen', 'terugkoppelt', 'feedback'], purpose('terugkoppeling')],
  [['terugmelding', 'terugmelden', 'terugmeldt', 'report back', 'reporting back'], purpose('terugmelding')],
  [['veiligheidsoverleg', 'casusoverleg', 'mdo', 'multidisciplinair overleg', 'overleg', 'veiligheidshuis', 'zsm', 'zsm overleg', 'ketenoverleg', 'veiligheid voorop', 'case consultation', 'case conference', 'safety meeting', 'safety consultation'], purpose('veiligheidsoverleg')],

  // Facts
  [['met toestemming', 'toestemming gegeven', 'toestemming heeft gegeven', 'hebben toestemming', 'heeft toestemming', 'toestemming van het gezin', 'toestemming van de ouders', 'toestemming van de client', 'toestemming gekregen', 'gaf toestemming', 'gaven toestemming', 'geeft toestemming', 'geven toestemming', 'stemt in', 'stemmen in', 'ingestemd', 'gezin stemt in', 'akkoord van het gezin', 'with consent', 'consented', 'has consented', 'gave consent', 'with the consent', 'consents', 'family consents', 'instemt', 'akkoord gaat', 'toestemming geeft', 'toestemming geven', 'agreed to it'], { kind: 'consent', value: true }],
  [['zonder toestemming', 'geen toestemming', 'without consent', 'no consent'], { kind: 'consent', value: false }],
  [['acuut', 'acute', 'acuut gevaar', 'direct gevaar', 'levensgevaar', 'in gevaar', 'nu voor de deur', 'staat voor de deur', 'voor de deur', 'at the door', 'in danger', 'immediate danger', 'right now', 'wordt nu geslagen', 'slaat haar nu', 'slaat nu', 'dreigt nu', 'dreigt haar te vermoorden', 'dreigt te vermoorden', 'ze is in gevaar', 'spoed', 'noodgeval', 'emergency'], { kind: 'acute' }],
  [['met een mes', 'met een wapen', 'met een vuurwapen', 'met een pistool', 'heeft een mes', 'heeft een wapen', 'with a knife', 'with a gun', 'with a weapon', 'has a knife', 'has a gun'], { kind: 'weapon' }],
  [['nu', 'op dit moment', 'op dit moment', 'now', 'at this moment', 'momenteel'], { kind: 'now' }],
  [['vorige week', 'gisteren', 'vorig jaar', 'vorige maand', 'in het verleden', 'eerder', 'ooit', 'destijds', 'last week', 'yesterday', 'last year', 'in the past', 'previously'], { kind: 'past' }],

  // Direction
  [['delen', 'deel', 'gedeeld', 'geven', 'geef', 'gegeven', 'doorgeven', 'doorgegeven', 'sturen', 'stuur', 'doorsturen', 'opsturen', 'mailen', 'verstrekken', 'verstrek', 'verstrekt', 'melden', 'vertellen', 'overdragen', 'overdraagt', 'doorzetten', 'doorspelen', 'informeren', 'inlichten', 'laten weten', 'uitwisselen', 'share', 'shared', 'give', 'send', 'pass', 'pass on', 'forward', 'tell', 'disclose', 'provide', 'report', 'inform', 'hand over'], { kind: 'verb', direction: 'give' }],
  [['opvragen', 'opvraag', 'opgevraagd', 'navragen', 'nagevraagd', 'krijgen', 'ontvangen', 'inzien', 'ophalen', 'raadplegen', 'horen', 'vernemen', 'request', 'get', 'receive', 'obtain', 'retrieve', 'look up', 'hear'], { kind: 'verb', direction: 'get' }],
  // Weak: "ff checken", "vragen": only decide the direction when no other verb does.
  [['vragen', 'checken', 'check', 'ask'], { kind: 'verb', direction: 'get', weak: true }],
  [['met', 'aan', 'naar', 'with', 'to'], { kind: 'prep', direction: 'to' }],
  [['bij', 'van', 'uit', 'from', 'at'], { kind: 'prep', direction: 'from' }],
  [['via', 'through'], { kind: 'prep', direction: 'via' }],
  [['voor', 'ivm', 'tbv', 'ten behoeve van', 'in verband met', 'vanwege', 'for', 'because of', 'om'], { kind: 'prep', direction: 'for' }],
  [['over', 'about', 'of', 'regarding'], { kind: 'prep', direction: 'about' }],
  [['ik', 'wij', 'we', 'i', 'jij'], { kind: 'asker' }],
  [['ons', 'mij', 'me', 'us'], { kind: 'asker-object' }],
  [['zorgen', 'zorgen over', 'concerns', 'signalen', 'signaal'], { kind: 'filler' }],
  [['mag', 'mogen', 'mocht', 'kan', 'kun', 'kunnen', 'moet', 'moeten', 'mag je', 'is het toegestaan', 'is het ok', 'may', 'can', 'could', 'should', 'am i allowed', 'are we allowed', 'is it ok', 'is it allowed'], { kind: 'modal' }],
];

/** Words that carry no meaning for the verdict; they are never reported as not understood. */
export const STOPWORDS = new Set(
  (
    'de het een den der des dit dat die deze er ook nog al wel niet geen of en te in op door als wat wie hoe welke waar wanneer waarom zijn is was ben bent ' +
    'haar hem hun hen ze zij hij je u jou jouw uw mn mijn onze ons zijn hare ff even graag gegevens informatie info data details gegeven ' +
    'alle allemaal iets niets zo dan toch maar want omdat dus nu hier daar mee toe tot na tegen zonder binnen buiten onder boven sinds ' +
    'the a an is are was be been it its this that these those and or but if so do does did have has had not no yes please okay ok ' +
    'allowed permitted toegestaan mogelijk doen zou zouden wil willen worden wordt werd hebben heeft had my our your their his her them they he she ' +
    'about any some all also just only still even then than there here when where who what which how why whether same other another ' +
    'betrokken betrokkene relevante relevant nodig noodzakelijk bekende bekend eerdere andere extra alle welk ' +
    'bsn tel gezin gezinnen familie huishouden household family staat zit casus case zaak situatie mensen persoon iemand someone person ' +
    'hallo hoi hi hello vraag question weten know wil want ivm'
  ).split(' '),
);

export interface PhraseEntry {
  words: string[];
  concept: Concept;
}

/** Phrases by their first word, longest first, so the reader matches the longest phrase at each position. */
export const PHRASES_BY_FIRST_WORD: Map<string, PhraseEntry[]> = (() => {
  const map = new Map<string, PhraseEntry[]>();
  for (const [phrases, concept] of ENTRIES) {
    for (const phrase of phrases) {
      const words = phrase.split(/\s+/).map(normalizeWord).filter(Boolean);
      // "Rotterdam-Rijnmond" arrives as one token: register the joined form of every phrase too.
      const variants = words.length > 1 ? [words, [words.join('')]] : [words];
      for (const variant of variants) {
        const list = map.get(variant[0]!) ?? [];
        if (!list.some((e) => e.words.join(' ') === variant.join(' '))) list.push({ words: variant, concept });
        map.set(variant[0]!, list);
      }
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** Single words of at least five letters, by length, for typo tolerance on words not found exactly. */
export const FUZZY_WORDS: Map<number, string[]> = (() => {
  const map = new Map<number, string[]>();
  for (const [word, entries] of PHRASES_BY_FIRST_WORD) {
    // Only content words: a typo never turns into a verb or preposition ("gegevens" is not "gegeven").
    const content = entries.some((e) => e.words.length === 1 && !['prep', 'filler', 'verb', 'modal', 'asker', 'asker-object'].includes(e.concept.kind));
    if (word.length < 5 || !content) continue;
    const list = map.get(word.length) ?? [];
    list.push(word);
    map.set(word.length, list);
  }
  return map;
})();

/** Words that mark a question as English. */
export const ENGLISH_MARKERS = new Set(['the', 'can', 'may', 'i', 'share', 'with', 'of', 'for', 'is', 'it', 'we', 'us', 'about', 'allowed', 'give', 'police', 'what', 'from', 'should', 'could', 'our', 'my', 'to', 'and']);
export const DUTCH_MARKERS = new Set(['de', 'het', 'mag', 'ik', 'delen', 'met', 'van', 'voor', 'een', 'wij', 'we', 'ons', 'aan', 'bij', 'over', 'en', 'is', 'geven', 'politie', 'kan', 'mogen']);
