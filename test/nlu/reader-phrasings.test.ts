// How staff really type their questions, and what the reader must make of them.
import assert from 'node:assert/strict';
import { parseQuestion } from '../../src/nlu/question-reader';
import { formatPartyRef, parsePartyRef, type PartyRef } from '../../src/vocabulary';

type Want = { from?: string | null; to?: string | null; subject?: string | null; data?: string[]; purpose?: string | null; consent?: boolean; acute?: boolean; lang?: 'nl' | 'en' };
type Row = [text: string, as: string, want: Want];

const POL_A = 'politie:amsterdam';
const POL_NH = 'politie:noord-holland';
const POL_F = 'politie:flevoland';
const POL_R = 'politie:rotterdam';
const BLIJF = 'blijf-groep';
const VT_RR = 'veilig-thuis:rotterdam-rijnmond';
const VT_Z = 'veilig-thuis:zuid-holland-zuid';
const VT_F = 'veilig-thuis:flevoland';

const ROWS: Row[] = [
  // Police to Blijf Groep (seed 001)
  ['Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?', POL_A, { from: POL_A, to: BLIJF, subject: 'pleger', data: ['naw'], purpose: 'risicotaxatie' }],
  ['mag ik het adres van de ex delen met blijf', POL_A, { from: POL_A, to: BLIJF, subject: 'pleger', data: ['naw'], purpose: null }],
  ['mag ik adres van de dader doorgeven aan blijf voor de risicoscreening', POL_NH, { from: POL_NH, to: BLIJF, subject: 'pleger', data: ['naw'], purpose: 'risicotaxatie' }],
  ['mag ik de gevarenclassificatie van de verdachte aan blijf geven', POL_F, { from: POL_F, to: BLIJF, subject: 'pleger', data: ['gevarenclassificatie'] }],
  ['is hij vuurwapengevaarlijk, mag ik dat aan de opvang vertellen ivm dreiging bij de opvang', POL_A, { from: POL_A, to: BLIJF, data: ['gevarenclassificatie'], purpose: 'dreiging-opvang' }],
  [
    'mag ik eerdere geweldsincidenten van de ex-partner delen met Blijf voor het tijdelijk huisverbod',
    POL_A,
    { from: POL_A, to: BLIJF, subject: 'pleger', data: ['geweldsincidenten'], purpose: 'tijdelijk-huisverbod' },
  ],
  ['mag ik incidenten van de pleger delen met blijf groep', POL_A, { subject: 'pleger', data: ['incidenten'] }],
  ['mag ik informatie voor het tijdelijk huisverbod over de verdachte delen met blijf', POL_F, { data: ['thv-informatie'], purpose: 'tijdelijk-huisverbod', subject: 'pleger' }],
  ['mag ik het telefoonnummer van de cliente delen met blijf voor aware', POL_A, { from: POL_A, to: BLIJF, subject: 'slachtoffer', data: ['contactgegevens'], purpose: 'aware' }],
  ['mag ik naam en geboortedatum van de kinderen aan blijf doorgeven', POL_NH, { subject: 'kind', data: ['naw', 'geboortegegevens'], to: BLIJF }],
  ['mag ik de politiegegevens over het kind delen met de opvang voor de plaatsing', POL_F, { subject: 'kind', data: ['politiegegevens'], purpose: 'plaatsing', to: BLIJF }],
  ['mag ik feiten en omstandigheden over het slachtoffer delen met blijf voor de risicotaxatie', POL_A, { subject: 'slachtoffer', data: ['feiten-omstandigheden'], purpose: 'risicotaxatie' }],
  ['mag ik veiligheidsinformatie over de bewoonster delen met blijf', POL_A, { subject: 'slachtoffer', data: ['veiligheidsinformatie'] }],
  ['mag ik bekende incidenten over de nieuwe partner delen met blijf', POL_A, { subject: 'derde', data: ['incidenten'] }],
  ['mag ik het adres van oma delen met blijf voor de plaatsing', POL_A, { subject: 'derde', data: ['naw'], purpose: 'plaatsing' }],
  ['mag ik de contactgegevens van het kind aan blijf geven', POL_A, { subject: 'kind', data: ['contactgegevens'] }],
  ['mag ik medische gegevens van de client aan blijf geven', POL_A, { subject: 'slachtoffer', data: ['medische-gegevens'] }],
  ['mag ik gegevens van de melder delen met blijf', POL_A, { subject: 'melder', to: BLIJF }],
  ['mag ik het adres van de pleger delen met blijf voor de strafzaak', POL_A, { purpose: 'opsporing' }],
  ['mag ik het adres van de pleger delen met blijf voor monitoring na aware', POL_A, { purpose: 'aware-monitoring' }],
  ['mag ik checken of er een lopende aware aansluiting is bij blijf', POL_A, { purpose: 'aware-monitoring' }],
  ['mag ik de naw gegevens van de verdachte met blijf delen', POL_A, { data: ['naw'], subject: 'pleger' }],
  ['mag ik het woonadres van de expartner doorgeven aan de vrouwenopvang', POL_A, { data: ['naw'], subject: 'pleger', to: BLIJF }],
  ['mag ik het geboortedatum vd dader aan blijf geven', POL_A, { data: ['geboortegegevens'], subject: 'pleger' }],
  [
    'mag ik de gevarenclassificatie en geweldsincidenten van de verdachte delen met blijf voor de risicotaxatie',
    POL_A,
    { data: ['gevarenclassificatie', 'geweldsincidenten'], purpose: 'risicotaxatie' },
  ],
  ['mag ik het adres van de pleger delen met blijf voor de veiligheidscheck', POL_A, { purpose: 'plaatsing' }],
  ['mag ik info over de dader delen met blijf voor een check bij aanmelding', POL_A, { purpose: 'aanmelding-check', subject: 'pleger' }],
  ['mag ik het adres van de pleger delen met Blijf Groep in verband met de intake', POL_A, { purpose: 'risicotaxatie' }],

  // Blijf Groep asks or tells the police
  [
    'Mogen wij het telefoonnummer van cliënte opvragen bij de politie Amsterdam voor een AWARE aanvraag',
    BLIJF,
    { from: POL_A, to: BLIJF, subject: 'slachtoffer', data: ['contactgegevens'], purpose: 'aware' },
  ],
  ['mag ik bij de politie in almere navragen of de ex vuurwapengevaarlijk is', BLIJF, { from: POL_F, to: BLIJF, subject: 'pleger', data: ['gevarenclassificatie'] }],
  ['mag de politie ons het adres van de pleger geven', BLIJF, { from: 'politie', to: BLIJF, subject: 'pleger', data: ['naw'] }],
  [
    'mag de politie noord-holland ons eerdere incidenten van de cliente geven voor de risicotaxatie',
    BLIJF,
    { from: POL_NH, to: BLIJF, subject: 'slachtoffer', data: ['incidenten'], purpose: 'risicotaxatie' },
  ],
  ['mag ik de dreiging die cliente vertelde doorgeven aan de politie amsterdam', BLIJF, { from: BLIJF, to: POL_A, subject: 'slachtoffer', data: ['dreigingsinformatie'] }],
  ['mag ik bedreigingen tegen het kind melden bij de politie in Lelystad', BLIJF, { from: BLIJF, to: POL_F, subject: 'kind', data: ['dreigingsinformatie'] }],
  ['mogen wij het adres van de bewoonster aan de politie geven voor de aware aanvraag', BLIJF, { from: BLIJF, to: 'politie', subject: 'slachtoffer', data: ['naw'], purpose: 'aware' }],
  ['mag ik de medische gegevens van de cliente delen met de politie haarlem', BLIJF, { to: POL_NH, data: ['medische-gegevens'] }],
  ['mag ik incidenten over de cliente opvragen bij de politie', BLIJF, { from: 'politie', to: BLIJF, data: ['incidenten'] }],
  ['kan ik bij de wijkagent in Zaandam het adres van de pleger opvragen', BLIJF, { from: POL_NH, to: BLIJF, data: ['naw'] }],
  ['mag ik de politie informeren over een dreigende situatie bij de opvang', BLIJF, { from: BLIJF, to: 'politie', purpose: 'dreiging-opvang' }],
  ['mag ik de politie vertellen dat de ex rond de opvang rondhangt, dreiging bij de opvang', BLIJF, { from: BLIJF, to: 'politie', subject: 'pleger', purpose: 'dreiging-opvang' }],
  ['mag ik het adres van de pleger delen met de politie voor opsporing', BLIJF, { purpose: 'opsporing', from: BLIJF }],
  ['mogen wij van de politie horen of de dader een geweldsverleden heeft', BLIJF, { from: 'politie', to: BLIJF, data: ['geweldsincidenten'] }],
  ['mag de politie utrecht ons het adres geven', BLIJF, { from: 'politie:utrecht', to: BLIJF, data: ['naw'] }],
  ['mag ik het telefoonnummer van de pleger aan de politie in Rotterdam geven', BLIJF, { to: POL_R, data: ['contactgegevens'] }],
  ['mag ik de naam van een getuige aan de politie doorgeven', BLIJF, { subject: 'getuige', data: ['naw'], to: 'politie' }],
  ['mag ik het adres van de kinderen aan de recherche geven', BLIJF, { subject: 'kind', data: ['naw'], to: 'politie' }],

  // Veilig Thuis and the local field (seed 004)
  ['mag ik het zorgformulier doorsturen naar het wijkteam', VT_RR, { from: VT_RR, to: 'lokaal-veld', data: ['zorgmelding'], purpose: null }],
  ['mag ik de PZF 1 op 1 doorzetten naar het sociaal wijkteam', VT_Z, { from: VT_Z, to: 'lokaal-veld', data: ['zorgmelding'] }],
  ['kan ik de triage uitkomst over het kind delen met het wijkteam voor hulpverlening', VT_Z, { from: VT_Z, to: 'lokaal-veld', subject: 'kind', data: ['triage-uitkomst'], purpose: 'hulpverlening' }],
  ['mag ik de bevindingen over het gezin overdragen aan het lokale veld', VT_RR, { to: 'lokaal-veld', data: ['triage-bevindingen'] }],
  ['mag ik de naam van de melder aan het wijkteam geven', VT_RR, { subject: 'melder', data: ['naw'], to: 'lokaal-veld' }],
  ['Mag ik de naam van de melder aan het wijkteam geven?', VT_RR, { subject: 'melder', data: ['naw'] }],
  ['mogen we namen van getuigen delen met het jeugdteam', VT_RR, { subject: 'getuige', data: ['naw'], to: 'lokaal-veld' }],
  ['mag ik de politie-informatie over de vader doorgeven aan het wijkteam voor de hulp', VT_RR, { data: ['politiegegevens'], purpose: 'hulpverlening', to: 'lokaal-veld' }],
  ['mag ik zorgen over een gezin direct met het wijkteam delen', POL_R, { from: POL_R, to: 'lokaal-veld' }],
  ['mag ik als wijkagent info over het kind rechtstreeks aan het wijkteam geven', POL_R, { from: POL_R, to: 'lokaal-veld', subject: 'kind' }],
  [
    'mag ik met toestemming van het gezin info over het kind delen met het wijkteam voor het plan van aanpak',
    POL_R,
    { from: POL_R, to: 'lokaal-veld', subject: 'kind', purpose: 'plan-van-aanpak', consent: true },
  ],
  ['het gezin heeft toestemming gegeven, mag ik feiten delen met het wijkteam voor het plan van aanpak', POL_R, { consent: true, purpose: 'plan-van-aanpak', data: ['feiten-omstandigheden'] }],
  ['mag ik zonder toestemming het adres van de moeder aan de gemeente geven', POL_R, { consent: false, to: 'lokaal-veld', data: ['naw'] }],
  ['mag ik een zorgmelding doen bij veilig thuis over het kind', POL_R, { from: POL_R, to: 'veilig-thuis', purpose: 'zorgmelding', subject: 'kind' }],
  ['moet ik dit melden bij Veilig Thuis Rotterdam', POL_R, { from: POL_R, to: VT_RR, purpose: 'zorgmelding' }],
  // Putting data "in de zorgmelding" is reporting concerns (the purpose), not passing on the police form.
  ['mag ik het telefoonnummer van de pleger en het slachtoffer in de zorgmelding aan VT zetten', POL_R, { to: 'veilig-thuis', data: ['contactgegevens'], purpose: 'zorgmelding' }],
  ['mag veilig thuis de uitkomst van de triage terugkoppelen aan ons', POL_R, { from: 'veilig-thuis', to: POL_R, data: ['triage-uitkomst'], purpose: 'terugkoppeling' }],
  ['mag ik de triage uitkomst terugkoppelen aan de politie', VT_RR, { from: VT_RR, to: POL_R, purpose: 'terugkoppeling', data: ['triage-uitkomst'] }],
  ['mag het wijkteam terugmelden aan vt dat het gezin geen hulp wil', 'lokaal-veld', { from: 'lokaal-veld', to: 'veilig-thuis', purpose: 'terugmelding' }],
  ['mag ik een terugmelding doen bij veilig thuis rotterdam', 'lokaal-veld', { from: 'lokaal-veld', to: VT_RR, purpose: 'terugmelding' }],
  ['mag ik informatie opvragen bij de Raad voor de Kinderbescherming voor de triage', VT_RR, { from: 'rvdk', to: VT_RR, purpose: 'triage' }],
  ['mag ik de jeugdbeschermer informeren over de melding, het gezin is bekend bij de GI', VT_Z, { from: VT_Z, to: 'jeugdbescherming' }],
  ['mag ik bij de politie extra info opvragen voor de triage van een melding', VT_RR, { from: POL_R, to: VT_RR, purpose: 'triage' }],
  ['mag ik de geboortedatum van het kind doorgeven aan de gezinsvoogd', VT_RR, { to: 'jeugdbescherming', data: ['geboortegegevens'], subject: 'kind' }],
  ['mag ik het zorgformulier van de politie aan de gemeente Dordrecht sturen', VT_Z, { to: 'lokaal-veld:dordrecht', data: ['zorgmelding'] }],
  ['mag ik de medische gegevens van moeder delen met het buurtteam voor de hulpverlening', VT_RR, { data: ['medische-gegevens'], to: 'lokaal-veld', purpose: 'hulpverlening' }],

  // Veilig Thuis and the criminal-justice partners (seed 003)
  ['mag ik in het casusoverleg feiten over de verdachte delen met het OM', VT_F, { from: VT_F, to: 'om', subject: 'pleger', data: ['feiten-omstandigheden'], purpose: 'veiligheidsoverleg' }],
  ['mag ik de triagebevindingen over de pleger delen met de reclassering voor de risicotaxatie', VT_F, { to: 'reclassering', data: ['triage-bevindingen'], purpose: 'risicotaxatie' }],
  ['mag ik medische gegevens van het kind delen met de raad in het veiligheidsoverleg', VT_F, { to: 'rvdk', data: ['medische-gegevens'], purpose: 'veiligheidsoverleg', subject: 'kind' }],
  ['mag VT ons medische gegevens van het slachtoffer geven voor de strafzaak', 'om', { from: 'veilig-thuis', to: 'om', subject: 'slachtoffer', data: ['medische-gegevens'], purpose: 'opsporing' }],
  ['mag ik de officier van justitie het adres van de verdachte geven voor de vervolging', VT_F, { to: 'om', purpose: 'opsporing', data: ['naw'] }],
  ['de recherche vraagt het dossier van het gezin voor hun onderzoek, mag ik dat geven', VT_F, { to: POL_F, purpose: 'opsporing' }],
  ['mag ik veilig thuis om advies vragen over een kind zonder namen', POL_A, { from: POL_A, to: 'veilig-thuis', purpose: 'adviesvraag', subject: 'kind' }],
  ['Mag ik VT om advies vragen over een kind', 'politie:utrecht', { to: 'veilig-thuis', purpose: 'adviesvraag' }],
  ['mag ik als officier een zorgmelding doen bij vt', 'om', { from: 'om', to: 'veilig-thuis', purpose: 'zorgmelding' }],
  ['mag de reclassering ons informatie over de dader geven voor het veiligheidsoverleg', VT_F, { from: 'reclassering', to: VT_F, subject: 'pleger', purpose: 'veiligheidsoverleg' }],
  ['mag ik in het mdo de contactgegevens van het slachtoffer aan de reclassering geven', VT_F, { to: 'reclassering', data: ['contactgegevens'], purpose: 'veiligheidsoverleg' }],
  ['mag ik het adres van de pleger met de raad voor de kinderbescherming delen', VT_F, { to: 'rvdk', data: ['naw'], subject: 'pleger' }],
  ['mag ik bij zsm de feiten over het kind inbrengen met het om', VT_F, { purpose: 'zsm', to: 'om' }],

  // Acute danger
  ['hij staat nu voor de deur met een mes', BLIJF, { acute: true }],
  ['de ex staat voor de deur van de opvang', BLIJF, { acute: true }],
  ['hij bedreigt haar met een mes wat moet ik doen', BLIJF, { acute: true }],
  ['ze is nu in gevaar, mag ik het adres aan de politie geven', BLIJF, { acute: true }],
  ['acuut: vader dreigt de kinderen mee te nemen', VT_RR, { acute: true }],
  ['he is at the door with a knife right now', BLIJF, { acute: true, lang: 'en' }],
  ['vorige week heeft hij haar met een mes bedreigd, mag ik dat aan blijf doorgeven', POL_A, { acute: false, to: BLIJF }],
  ['mag ik het adres delen met blijf', POL_A, { acute: false }],

  // Typos, lower case, no question mark, chat style
  ['mag ik het adress van de pleger delen met blijf voor de risicotaxtie', POL_A, { data: ['naw'], purpose: 'risicotaxatie', subject: 'pleger' }],
  ['mag ik t adres vd pleger delen met blijfgroep', POL_A, { data: ['naw'], to: BLIJF }],
  ['mag ik de gevarenclasificatie van de verdachte delen met blijf', POL_A, { data: ['gevarenclassificatie'] }],
  ['mag ik het telefoonummer van de client delen met de politei', BLIJF, { data: ['contactgegevens'], to: 'politie' }],
  ['mag ik info delen met veiligthuis over het kind', POL_R, { to: 'veilig-thuis', subject: 'kind' }],
  ['ff checken: adres ex doorgeven aan blijf mag dat', POL_A, { data: ['naw'], subject: 'pleger', to: BLIJF }],
  ['adres pleger delen met blijf ivm aware', POL_A, { from: POL_A, to: BLIJF, data: ['naw'], subject: 'pleger', purpose: 'aware' }],
  ['MAG IK HET ADRES VAN DE PLEGER DELEN MET BLIJF', POL_A, { data: ['naw'], subject: 'pleger', to: BLIJF }],
  ['mag ik het tijdelijk huisvebod info delen met blijf', POL_A, { purpose: 'tijdelijk-huisverbod' }],
  ['mag ik de verdachtte zn adres aan blijf geven', POL_A, { subject: 'pleger', data: ['naw'] }],
  ['mag ik geweldsincidenten vd ex aan blijf geven tbv thv', POL_A, { data: ['geweldsincidenten'], purpose: 'tijdelijk-huisverbod', subject: 'pleger' }],
  ['mag ik de risico inschatting delen met blijf', POL_A, { purpose: 'risicotaxatie' }],
  ['mag ik et adres van de dader met blijf delen vr de aware aanvraag', POL_A, { data: ['naw'], purpose: 'aware' }],
  ['slachtoffer adres delen met politie mag dat', BLIJF, { from: BLIJF, to: 'politie', subject: 'slachtoffer', data: ['naw'] }],
  ['kan ik het 06 nummer van de pleger doorgeven aan blijf', POL_A, { data: ['contactgegevens'], subject: 'pleger' }],
  ['mag ik het mobiele nummer van de ex aan de opvang geven', POL_A, { data: ['contactgegevens'], to: BLIJF }],
  ['mag ik email adres van de cliente aan de politie geven', BLIJF, { data: ['contactgegevens'], subject: 'slachtoffer' }],

  // English
  ['Can I share the address of the perpetrator with Blijf Groep for the risk assessment?', POL_A, { from: POL_A, to: BLIJF, subject: 'pleger', data: ['naw'], purpose: 'risicotaxatie', lang: 'en' }],
  [
    'can i give the phone number of the victim to the police for an AWARE application',
    BLIJF,
    { from: BLIJF, to: 'politie', subject: 'slachtoffer', data: ['contactgegevens'], purpose: 'aware', lang: 'en' },
  ],
  ['may I request the criminal record of the suspect from the police', BLIJF, { from: 'politie', to: BLIJF, subject: 'pleger', data: ['incidenten'], lang: 'en' }],
  ['can the police give us the danger classification of the perpetrator', BLIJF, { from: 'politie', to: BLIJF, data: ['gevarenclassificatie'], lang: 'en' }],
  ['Can I forward the police form to the neighbourhood team?', VT_RR, { from: VT_RR, to: 'lokaal-veld', data: ['zorgmelding'], lang: 'en' }],
  ['may I share medical data of the child with the prosecutor for the criminal investigation', VT_F, { to: 'om', data: ['medische-gegevens'], subject: 'kind', purpose: 'opsporing', lang: 'en' }],
  [
    'can I share facts about the suspect with probation in the case consultation',
    VT_F,
    { to: 'reclassering', subject: 'pleger', data: ['feiten-omstandigheden'], purpose: 'veiligheidsoverleg', lang: 'en' },
  ],
  ['Is it allowed to share the name of the reporter with the local team', VT_RR, { to: 'lokaal-veld', subject: 'melder', data: ['naw'], lang: 'en' }],
  [
    'with consent, can I share information about the child with the neighbourhood team for the support plan',
    POL_R,
    { to: 'lokaal-veld', subject: 'kind', purpose: 'plan-van-aanpak', consent: true, lang: 'en' },
  ],
  ['can I share the address of the victim with the police in Almere', BLIJF, { to: POL_F, subject: 'slachtoffer', data: ['naw'], lang: 'en' }],
  ['can i tell the police about threats against the child', BLIJF, { to: 'politie', subject: 'kind', data: ['dreigingsinformatie'], lang: 'en' }],
  ['may we ask Veilig Thuis for advice about a child', POL_A, { to: 'veilig-thuis', purpose: 'adviesvraag', subject: 'kind', lang: 'en' }],

  // Units and regions by name
  ['mag ik het adres delen met de politie in Haarlem', BLIJF, { to: POL_NH }],
  ['mag ik het adres delen met politie eenheid Noord-Holland', BLIJF, { to: POL_NH }],
  ['mag ik het adres delen met de politie Midden-Nederland district Flevoland', BLIJF, { to: POL_F }],
  ['mag ik het adres delen met de wijkagent in Dronten', BLIJF, { to: POL_F }],
  ['mag ik het adres delen met de politie in Amstelveen', BLIJF, { to: POL_A }],
  ['mag ik het adres delen met de politie in Amersfoort', BLIJF, { to: 'politie:utrecht' }],
  ['mag ik het adres delen met de politie Midden-Nederland', BLIJF, { to: 'politie' }],
  ['mag ik info delen met VT Rotterdam', POL_R, { to: VT_RR }],
  ['mag ik info delen met Veilig Thuis ZHZ', POL_R, { to: VT_Z }],
  ['mag ik info delen met veilig thuis in Dordrecht', POL_R, { to: VT_Z }],
  ['mag ik info delen met veilig thuis flevoland', POL_F, { to: VT_F }],
  ['ik werk in Almere, mag ik het adres van de pleger delen met blijf', 'politie', { from: POL_F, to: BLIJF }],

  // Self-descriptions, generic words and English word order
  ['mag ik als agent in Lelystad de naam van de pleger aan de opvang doorgeven voor de risicotaxatie', 'politie', { from: POL_F, to: BLIJF, data: ['naw'], purpose: 'risicotaxatie' }],
  ['mag ik gegevens over het kind opvragen bij veilig thuis', 'lokaal-veld', { from: 'veilig-thuis', to: 'lokaal-veld', subject: 'kind' }],
  ['Is it allowed for the police to give Blijf Groep the phone number of the victim?', BLIJF, { from: 'politie', to: BLIJF, subject: 'slachtoffer', data: ['contactgegevens'], lang: 'en' }],
  ['Mag Veilig Thuis informatie aan het OM verstrekken uitsluitend ten behoeve van de strafvervolging?', VT_F, { from: VT_F, to: 'om', purpose: 'opsporing' }],

  ['Mag de politie een veilig thuis melding doen via CORV?', POL_R, { from: POL_R, to: 'veilig-thuis', purpose: 'zorgmelding' }],
  [
    'Mag Blijf Groep het adres van de pleger aan de politie Amsterdam doorgeven omdat hij de opvang bedreigt?',
    BLIJF,
    { from: BLIJF, to: POL_A, subject: 'pleger', data: ['naw'], purpose: 'dreiging-opvang' },
  ],

  ["Can I share the home address of the victim's children with Blijf Groep?", POL_A, { to: BLIJF, subject: 'kind', data: ['naw'], lang: 'en' }],
  [
    'May the police give the neighbourhood team information about the child if the family consents and it is part of the support plan?',
    POL_R,
    { from: POL_R, to: 'lokaal-veld', subject: 'kind', purpose: 'plan-van-aanpak', consent: true, lang: 'en' },
  ],

  // Between other parties
  ['mag de politie het adres van de pleger aan blijf geven', BLIJF, { from: 'politie', to: BLIJF, subject: 'pleger', data: ['naw'] }],
  ['mag veilig thuis het zorgformulier naar het wijkteam sturen', POL_R, { from: 'veilig-thuis', to: 'lokaal-veld', data: ['zorgmelding'] }],
  ['mag het OM informatie over de verdachte aan veilig thuis geven voor de triage', VT_F, { from: 'om', to: VT_F, subject: 'pleger', purpose: 'triage' }],
  ['mag de raad informatie opvragen bij veilig thuis', 'lokaal-veld', { from: 'veilig-thuis', to: 'rvdk' }],
  ['mag blijf het adres van de cliënte aan de politie geven', POL_A, { from: BLIJF, to: POL_A, subject: 'slachtoffer', data: ['naw'] }],
  ['mogen wij via veilig thuis het adres aan het wijkteam geven', POL_R, { from: POL_R, to: 'lokaal-veld' }],

  // Whose client: the probation service's client is the perpetrator, Blijf Groep's the victim
  ['mag ik VT vertellen dat mijn cliënt weer contact heeft met zijn ex', 'reclassering', { from: 'reclassering', to: 'veilig-thuis', subject: 'pleger' }],
  ['mag ik de politie vertellen dat mijn cliënte weer contact heeft met haar ex', BLIJF, { from: BLIJF, to: 'politie', subject: 'slachtoffer' }],

  // Consent
  ['met toestemming van de cliente mag ik haar adres aan de politie geven', BLIJF, { consent: true, to: 'politie' }],
  ['de ouders gaven toestemming, mag ik info met het wijkteam delen', POL_R, { consent: true }],
  ['mag ik zonder toestemming info met het wijkteam delen', POL_R, { consent: false }],
  ['mag ik info met het wijkteam delen', POL_R, { consent: false }],

  // Short or vague questions
  ['adres pleger', POL_A, { data: ['naw'], subject: 'pleger', from: POL_A, to: null }],
  ['mag ik iets delen met blijf', POL_A, { from: POL_A, to: BLIJF, data: [], subject: null, purpose: null }],
  ['mag ik info over de dader delen', POL_A, { subject: 'pleger', to: null }],
  ['wat mag ik delen met de raad voor de kinderbescherming', VT_F, { to: 'rvdk' }],
  ['mag ik de politie bellen over het kind', VT_F, { to: POL_F, subject: 'kind' }],
  ['mag ik het dossier van het kind aan de gi geven', VT_RR, { to: 'jeugdbescherming', subject: 'kind' }],
  ['moet ik de reclassering informeren over de dader', VT_F, { to: 'reclassering', subject: 'pleger' }],
  ['mag ik de geboorteplaats van de verdachte doorgeven aan blijf voor de intake', POL_A, { data: ['geboortegegevens'], purpose: 'risicotaxatie' }],
  ['kan ik de contactgegevens van de buurman die getuige was aan de politie geven', BLIJF, { data: ['contactgegevens'], to: 'politie' }],
  ['mag ik over de kinderen praten met de wijkagent', VT_RR, { to: POL_R, subject: 'kind' }],
  ['mag ik de raad informeren over de triage uitkomst', VT_RR, { to: 'rvdk', data: ['triage-uitkomst'] }],
  ['mag ik de zorgmelding met het wijkteam delen', VT_RR, { data: ['zorgmelding'], to: 'lokaal-veld' }],
  ['mag ik voor de zorgmelding het telefoonnummer van het slachtoffer aan VT geven', POL_R, { purpose: 'zorgmelding', data: ['contactgegevens'], to: 'veilig-thuis' }],
  ['mag ik het adres van het slachtoffer aan het wijkteam geven voor het ondersteuningsplan', POL_R, { purpose: 'plan-van-aanpak', to: 'lokaal-veld', subject: 'slachtoffer' }],
  ['mag ik de dreiging tegen de opvang bespreken met de politie', BLIJF, { to: 'politie', purpose: 'dreiging-opvang' }],
  ['mag ik de geweldsincidenten van de expartner aan de opvang geven voor de plaatsing in een andere gemeente', POL_NH, { data: ['geweldsincidenten'], purpose: 'plaatsing', to: BLIJF }],
];

const ref = (s: string | null | undefined): PartyRef | undefined => {
  if (!s) return undefined;
  const r = parsePartyRef(s);
  if ('error' in r) throw new Error(r.error);
  return r;
};

describe('the question reader, on questions as staff type them', () => {
  it(`has at least 150 phrasings (${ROWS.length})`, () => assert.ok(ROWS.length >= 150));

  for (const [text, as, want] of ROWS) {
    const expectations = Object.entries(want)
      .map(([k, v]) => `${k} ${Array.isArray(v) ? `[${v.join(',')}]` : String(v)}`)
      .join(', ');
    it(`'${text}' (as ${as}) → ${expectations}`, () => {
      const got = parseQuestion(text, { as: ref(as) });
      const s = got.slots;
      if ('from' in want) assert.equal(formatPartyRef(s.from), want.from ?? null, 'from');
      if ('to' in want) assert.equal(formatPartyRef(s.to), want.to ?? null, 'to');
      if ('subject' in want) assert.equal(s.subject ?? null, want.subject ?? null, 'subject');
      if ('data' in want) assert.deepEqual([...s.data].sort(), [...want.data!].sort(), 'data');
      if ('purpose' in want) assert.equal(s.purpose ?? null, want.purpose ?? null, 'purpose');
      if ('consent' in want) assert.equal(s.consent, want.consent, 'consent');
      if ('acute' in want) assert.equal(s.acute, want.acute, 'acute');
      if ('lang' in want) assert.equal(got.lang, want.lang, 'lang');
    });
  }
});
