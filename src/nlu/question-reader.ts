// Reads a free-text question into the contract's slots. Pure and deterministic: phrases, then a few rules
// for direction ("mag ik … delen met Z" versus "… opvragen bij Z"), units and ambiguous words.
import type { DataCategory, Party, PartyRef, Purpose, Subject } from '../vocabulary';
import { DUTCH_MARKERS, ENGLISH_MARKERS, FUZZY_WORDS, PHRASES_BY_FIRST_WORD, STOPWORDS, type Concept } from './phrasebook';
import { TITLES, findPersonalData } from './privacy-guard';
import { tokenize, withinDistance, type Token } from './tokens';
import type { ParseContext, ParsedQuestion, PersonalDataKind } from './types';

interface Mention {
  concept: Concept;
  start: number;
  end: number;
}

const MAX_LENGTH = 2000;

const EXTRA_KNOWN = new Set(
  (
    'mag kan mogen is wat hoe wie welke wanneer waarom ik wij we i can may could should what how who which when why is are am do does the ' +
    'teams deelwijzer corv wpg avg gdpr uavg big sisa verwijsindex aware zsm thv pjk jpt cit nederland dutch netherlands english ' +
    'groningen leeuwarden zwolle arnhem nijmegen eindhoven tilburg breda maastricht haag leiden delft gouda enschede apeldoorn deventer assen ' +
    'emmen middelburg bosch venlo heerlen zoetermeer haaglanden brabant limburg gelderland overijssel friesland drenthe zeeland ' +
    'januari februari maart april mei juni juli augustus september oktober november december january february march june july august october ' +
    'monday tuesday wednesday thursday friday saturday sunday maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ok oke hoi hallo hi hello'
  ).split(' '),
);

function isKnownWord(norm: string): boolean {
  return PHRASES_BY_FIRST_WORD.has(norm) || STOPWORDS.has(norm) || EXTRA_KNOWN.has(norm) || isKnownSuffix(norm);
}

/** Words that are phrase parts (e.g. "groep" in "Blijf Groep", "thuis" in "Veilig Thuis"). */
const PHRASE_WORDS = new Set<string>();
for (const entries of PHRASES_BY_FIRST_WORD.values()) for (const e of entries) for (const w of e.words) PHRASE_WORDS.add(w);
function isKnownSuffix(norm: string): boolean {
  return PHRASE_WORDS.has(norm);
}

function fuzzyMatch(norm: string): string | null {
  if (norm.length < 5 || /\d/.test(norm)) return null;
  const max = norm.length >= 9 ? 2 : 1;
  for (let len = norm.length - max; len <= norm.length + max; len++) {
    for (const word of FUZZY_WORDS.get(len) ?? []) {
      if (word[0] === norm[0] && withinDistance(norm, word, max)) return word;
    }
  }
  return null;
}

function scan(tokens: Token[]): { mentions: Mention[]; unknown: number[] } {
  const mentions: Mention[] = [];
  const unknown: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // "OM" in capitals, or "het OM", is the prosecution service; lower-case "om" is a preposition.
    if (t.norm === 'om' && (t.raw === 'OM' || tokens[i - 1]?.norm === 'het')) {
      mentions.push({ concept: { kind: 'party', party: 'om' }, start: i, end: i + 1 });
      i++;
      continue;
    }
    const entries = PHRASES_BY_FIRST_WORD.get(t.norm) ?? (STOPWORDS.has(t.norm) ? undefined : PHRASES_BY_FIRST_WORD.get(fuzzyMatch(t.norm) ?? '')) ?? [];
    const hit = entries.find((e) => e.words.every((w, k) => k === 0 || tokens[i + k]?.norm === w));
    if (hit) {
      mentions.push({ concept: hit.concept, start: i, end: i + hit.words.length });
      i += hit.words.length;
      continue;
    }
    if (!STOPWORDS.has(t.norm)) unknown.push(i);
    i++;
  }
  return { mentions, unknown };
}

function detectLanguage(tokens: Token[]): 'nl' | 'en' {
  let en = 0;
  let nl = 0;
  for (const t of tokens) {
    if (ENGLISH_MARKERS.has(t.norm)) en++;
    if (DUTCH_MARKERS.has(t.norm)) nl++;
  }
  return en > nl ? 'en' : 'nl';
}

interface PartyMention {
  party: Party;
  unit?: string;
  start: number;
  /** The preposition right before it, if any. */
  prep: 'to' | 'from' | 'via' | 'for' | 'about' | null;
}

const kindAt = (mentions: Mention[], index: number) => mentions[index]?.concept;

function partyMentions(mentions: Mention[]): PartyMention[] {
  const out: PartyMention[] = [];
  mentions.forEach((m, k) => {
    if (m.concept.kind !== 'party') return;
    const before = kindAt(mentions, k - 1);
    const prep = before?.kind === 'prep' && mentions[k - 1]!.end >= m.start - 1 ? before.direction : null;
    const last = out[out.length - 1];
    // "Veilig Thuis" twice, or "de politie … politie-eenheid": one mention is enough.
    if (last && last.party === m.concept.party) return;
    out.push({ party: m.concept.party, start: m.start, prep });
  });
  return out;
}

/** Attaches place names to the police or Veilig Thuis mention they belong to, or to the asker. */
function attachPlaces(mentions: Mention[], parties: PartyMention[], asker: PartyRef | undefined): PartyRef | undefined {
  let askerRef = asker;
  for (const m of mentions) {
    if (m.concept.kind !== 'place') continue;
    const place = m.concept;
    const candidates = parties.filter((p) => (p.party === 'politie' && place.politie) || (p.party === 'veilig-thuis' && place.vt));
    const nearest = candidates.sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start))[0];
    if (nearest && nearest.unit === undefined && Math.abs(nearest.start - m.start) <= 6) {
      nearest.unit = nearest.party === 'politie' ? place.politie : place.vt;
    } else if (!nearest && askerRef && !askerRef.unit) {
      const unit = askerRef.party === 'politie' ? place.politie : askerRef.party === 'veilig-thuis' ? place.vt : undefined;
      if (unit) askerRef = { ...askerRef, unit };
    } else if (nearest && nearest.unit === undefined) {
      nearest.unit = nearest.party === 'politie' ? place.politie : place.vt;
    }
  }
  return askerRef;
}

/** The police unit that works with a Veilig Thuis region, and the other way round where it is one. */
const POLICE_UNIT_OF_REGION: Record<string, string> = { 'rotterdam-rijnmond': 'rotterdam', 'zuid-holland-zuid': 'rotterdam', flevoland: 'flevoland' };
const REGION_OF_POLICE_UNIT: Record<string, string> = { flevoland: 'flevoland' };

function refOf(p: PartyMention, asker: PartyRef | undefined): PartyRef {
  if (p.unit) return { party: p.party, unit: p.unit };
  if (asker?.unit && asker.party === p.party) return { party: p.party, unit: asker.unit };
  if (asker?.unit && asker.party === 'veilig-thuis' && p.party === 'politie' && POLICE_UNIT_OF_REGION[asker.unit]) {
    return { party: p.party, unit: POLICE_UNIT_OF_REGION[asker.unit] };
  }
  if (asker?.unit && asker.party === 'politie' && p.party === 'veilig-thuis' && REGION_OF_POLICE_UNIT[asker.unit]) {
    return { party: p.party, unit: REGION_OF_POLICE_UNIT[asker.unit] };
  }
  return { party: p.party };
}

interface Direction {
  from?: PartyRef;
  to?: PartyRef;
  direction: ParsedQuestion['direction'];
}

function readDirection(mentions: Mention[], parties: PartyMention[], asker: PartyRef | undefined, purpose: Purpose | undefined): Direction {
  // The actor is whoever follows the first modal verb ("mag ik", "mag de politie", "can I").
  const modal = mentions.findIndex((m) => m.concept.kind === 'modal');
  let actor: 'asker' | PartyMention | null = null;
  if (modal >= 0) {
    // "is it allowed for the police to give…": the actor follows "for".
    const skipFor = mentions[modal + 1]?.concept.kind === 'prep' && (mentions[modal + 1]!.concept as { direction: string }).direction === 'for';
    const next = mentions[modal + (skipFor ? 2 : 1)];
    if (next?.concept.kind === 'asker') actor = 'asker';
    else if (next?.concept.kind === 'party') actor = parties.find((p) => p.start === next.start) ?? null;
  }
  // Without "mag X", the asker is the one acting ("adres pleger delen met blijf").
  if (!actor) actor = 'asker';
  const verbs = mentions.filter((m) => m.concept.kind === 'verb').map((m) => m.concept);
  const verb = verbs.find((c) => c.kind === 'verb' && !c.weak) ?? verbs[0];
  let gives = verb?.kind === 'verb' ? verb.direction === 'give' : true;
  // Asking Veilig Thuis for advice means telling Veilig Thuis about the case.
  if (purpose === 'adviesvraag' && actor === 'asker') gives = true;
  const askerObject = mentions.some((m) => m.concept.kind === 'asker-object');
  const usable = parties.filter((p) => p.prep !== 'via');

  if (actor === 'asker') {
    const other = usable.find((p) => p.prep === (gives ? 'to' : 'from')) ?? usable.find((p) => !asker || p.party !== asker.party) ?? usable[0];
    const otherRef = other ? refOf(other, asker) : undefined;
    return gives ? { from: asker, to: otherRef, direction: 'asker-discloses' } : { from: otherRef, to: asker, direction: 'asker-receives' };
  }
  const actorRef = refOf(actor, asker);
  const rest = usable.filter((p) => p !== actor);
  const target = rest.find((p) => p.prep === (gives ? 'to' : 'from')) ?? rest[0];
  const isAsker = (ref: PartyRef | undefined) => !!ref && !!asker && ref.party === asker.party;
  if (gives) {
    const to = target ? refOf(target, asker) : askerObject || asker ? asker : undefined;
    return { from: actorRef, to, direction: isAsker(to) ? 'asker-receives' : isAsker(actorRef) ? 'asker-discloses' : 'between-others' };
  }
  const from = target ? refOf(target, asker) : undefined;
  return { from, to: actorRef, direction: isAsker(actorRef) ? 'asker-receives' : isAsker(from) ? 'asker-discloses' : 'between-others' };
}

function near(mentions: Mention[], k: number, test: (c: Concept) => boolean, span = 3): boolean {
  for (let j = Math.max(0, k - span); j <= Math.min(mentions.length - 1, k + span); j++) if (j !== k && test(mentions[j]!.concept)) return true;
  return false;
}

function readDataAndPurpose(mentions: Mention[], tokens: Token[]): { data: DataCategory[]; purposes: { purpose: Purpose; preferred: boolean }[] } {
  const data: DataCategory[] = [];
  const purposes: { purpose: Purpose; preferred: boolean }[] = [];
  const addData = (d: DataCategory) => {
    if (!data.includes(d)) data.push(d);
  };
  mentions.forEach((m, k) => {
    const c = m.concept;
    const afterFor = kindAt(mentions, k - 1)?.kind === 'prep' && (mentions[k - 1]!.concept as { direction: string }).direction === 'for';
    const doing = ['doen', 'maken'].includes(tokens[m.end]?.norm ?? '');
    // "een Veilig Thuis-melding doen" is reporting, not passing on the form.
    if (c.kind === 'data' && c.data === 'zorgmelding' && doing) purposes.push({ purpose: 'zorgmelding', preferred: true });
    else if (c.kind === 'data') addData(c.data);
    else if (c.kind === 'purpose') purposes.push({ purpose: c.purpose, preferred: afterFor });
    else if (c.kind === 'ambiguous') {
      const word = tokens[m.start]!.norm;
      if (c.purpose === 'dreiging-opvang') {
        const atShelter = near(mentions, k, (x) => x.kind === 'party' && x.party === 'blijf-groep', 3);
        if (atShelter) purposes.push({ purpose: 'dreiging-opvang', preferred: true });
        else addData('dreigingsinformatie');
      } else if (c.purpose === 'tijdelijk-huisverbod') {
        const infoBefore = /^(informatie|info|gegevens)$/.test(tokens[m.start - 1]?.norm ?? '') || /^(informatie|info|gegevens)$/.test(tokens[m.start - 3]?.norm ?? '');
        if (infoBefore) addData('thv-informatie');
        purposes.push({ purpose: 'tijdelijk-huisverbod', preferred: afterFor || !infoBefore });
      } else {
        // "zorgmelding": a purpose after "voor" or with "doen"; otherwise the form itself is shared.
        if (afterFor || doing) purposes.push({ purpose: 'zorgmelding', preferred: true });
        else if (word !== 'melding' || near(mentions, k, (x) => x.kind === 'verb', 2)) addData('zorgmelding');
      }
    }
  });
  return { data, purposes };
}

function pickPurpose(purposes: { purpose: Purpose; preferred: boolean }[]): Purpose | undefined {
  const has = (p: Purpose) => purposes.some((x) => x.purpose === p);
  if (has('aware-monitoring') && has('aware')) return 'aware-monitoring';
  if (has('plan-van-aanpak')) return 'plan-van-aanpak';
  return (purposes.find((p) => p.preferred) ?? purposes[0])?.purpose;
}

function pickSubject(mentions: Mention[], tokens: Token[]): Subject | undefined {
  // "the victim's children": the possessor is not the subject when another subject follows it.
  const possessive = (m: Mention, k: number) => /['’]s$/i.test(tokens[m.end - 1]?.raw ?? '') && mentions[k + 1]?.concept.kind === 'subject';
  const subjects = mentions.map((m, k) => ({ m, k })).filter(({ m, k }) => m.concept.kind === 'subject' && !possessive(m, k));
  const about = subjects.find(({ k }) => {
    const before = kindAt(mentions, k - 1);
    return before?.kind === 'prep' && (before.direction === 'about' || before.direction === 'from');
  });
  const chosen = (about ?? subjects[0])?.m.concept;
  return chosen?.kind === 'subject' ? chosen.subject : undefined;
}

export function parseQuestion(input: string, context: ParseContext): ParsedQuestion {
  const text = input.slice(0, MAX_LENGTH);
  const tokens = tokenize(text);
  const { mentions, unknown } = scan(tokens);
  const mentioned = partyMentions(mentions);
  let asker = attachPlaces(mentions, mentioned, context.as);
  // "als wijkagent in Lelystad", "as a police officer": the asker describing themselves, not a recipient.
  const isSelf = (p: PartyMention) => {
    const before = tokens[p.start - 1]?.norm;
    const described = before === 'als' || before === 'as' || ((before === 'a' || before === 'een') && ['als', 'as'].includes(tokens[p.start - 2]?.norm ?? ''));
    return described && !!asker && asker.party === p.party;
  };
  const self = mentioned.find(isSelf);
  if (self?.unit && asker && !asker.unit) asker = { ...asker, unit: self.unit };
  const parties = mentioned.filter((p) => p !== self);
  const { data, purposes } = readDataAndPurpose(mentions, tokens);
  let purpose = pickPurpose(purposes);
  const direction = readDirection(mentions, parties, asker, purpose);
  const meldenBijVt = direction.to?.party === 'veilig-thuis' && tokens.some((t) => t.norm === 'melden' || t.norm === 'gemeld' || t.norm === 'meld');
  if (!purpose && meldenBijVt) purpose = 'zorgmelding';
  // Nobody shares with their own organisation; and a report of concerns always goes to Veilig Thuis.
  if (direction.to && direction.from && direction.to.party === direction.from.party) direction.to = undefined;
  if (purpose === 'zorgmelding' && !direction.to && direction.from?.party !== 'veilig-thuis') direction.to = { party: 'veilig-thuis' };

  const consentMentions = mentions.filter((m) => m.concept.kind === 'consent');
  const consent = consentMentions.length > 0 && consentMentions.every((m) => m.concept.kind === 'consent' && m.concept.value);
  const has = (kind: Concept['kind']) => mentions.some((m) => m.concept.kind === kind);
  const acute = has('acute') || (has('weapon') && (!has('past') || has('now')));

  const personalData = findPersonalData(text, tokens, isKnownWord);
  // Never echo what could be personal data: capitalised words, numbers, and words after a title.
  const mayBePersonal = (i: number) => {
    const t = tokens[i]!;
    return (!t.sentenceStart && /^\p{Lu}/u.test(t.raw)) || /\d/.test(t.norm) || TITLES.has(tokens[i - 1]?.norm ?? '');
  };
  const notUnderstood = unknown.filter((i) => tokens[i]!.norm.length > 2 && !mayBePersonal(i)).map((i) => tokens[i]!.norm);

  return {
    slots: {
      from: direction.from,
      to: direction.to,
      subject: pickSubject(mentions, tokens),
      data,
      purpose,
      consent,
      acute,
    },
    direction: direction.direction,
    notUnderstood: [...new Set(notUnderstood)],
    personalData,
    lang: detectLanguage(tokens),
  };
}

/** The kinds of personal data in any text a user typed (a case reference, a reason). The text is not kept. */
export function personalDataIn(text: string): PersonalDataKind[] {
  const clipped = text.slice(0, MAX_LENGTH);
  return findPersonalData(clipped, tokenize(clipped), isKnownWord);
}
