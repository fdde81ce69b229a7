// Reads a free-text question into the contract's slots. Pure and deterministic: phrases, then a few rules
// for direction ("mag ik … delen met Z" versus "… opvragen bij Z"), units and ambiguous words.
import { knownUnits, partyRefText, formatPartyRef, subjectLabel, vocabulary, type DataCategory, type Party, type PartyRef, type Purpose, type Subject, type Text } from '../vocabulary';
import { ACTOR_KINDS, CUE_OR_ACUTE_KINDS, type Concept, type Lexicon, type Mention, type PersonByData, type PhraseEntry } from './lexicon';
import { readDanger } from './danger-now';
import { standardLexicon } from './lexicon-files';
import { findPersonalData } from './privacy-guard';
import { hasPhrase, phraseAt, phraseEndsAt, sentencesOf, tokenize, withinDistance, type Token } from './tokens';
import type { NonParty, NonPartyMention, ParseContext, ParsedQuestion, PersonalDataKind, UnlistedData } from './types';
import { unknownItems } from './unknown-items';
import { joinedToPrevious, splitCompounds } from './compounds';
import { collect } from '../collect';

const MAX_LENGTH = 2000;

const isKnownWordIn =
  (lx: Lexicon) =>
  (norm: string): boolean =>
    lx.phrasesByFirstWord.has(norm) || lx.stopwords.has(norm) || lx.knownWords.has(norm);

function fuzzyMatch(lx: Lexicon, norm: string): string | null {
  // The commonest Dutch slip: "kindt", "verdachtt" for a word that ends in d or t.
  if (/(dt|tt|dd)$/.test(norm) && lx.phrasesByFirstWord.has(norm.slice(0, -1))) return norm.slice(0, -1);
  if (norm.length < 5 || /\d/.test(norm)) return null;
  const max = norm.length >= 9 ? 2 : 1;
  for (let len = norm.length - max; len <= norm.length + max; len++) {
    for (const word of lx.fuzzyWords.get(`${len}:${norm[0]}`) ?? []) {
      if ((!lx.endingOnly.has(word) || norm.startsWith(word)) && withinDistance(norm, word, max)) return word;
    }
  }
  return null;
}

/**
 * The longest phrase of `first` whose words follow at token `i` (or the word alone), where `first` is the token's own
 * word or what its typo meant.
 */
function longestAt(lx: Lexicon, first: string, tokens: Token[], i: number): PhraseEntry | undefined {
  const second = tokens[i + 1];
  const phrases = second && lx.phrasesByFirstTwo.get(first)?.get(second.norm);
  if (phrases)
    next: for (const e of phrases) {
      for (let k = 2; k < e.words.length; k++) if (tokens[i + k]?.norm !== e.words[k]) continue next;
      return e;
    }
  const inside = second && lx.insideStarts.has(second.norm) && !lx.notBeforeInside.has(first) ? insideAt(lx, tokens, i + 1) : undefined;
  return (inside && cueWithWordsInside(lx, first, tokens, i, inside)) || lx.oneWord.get(first);
}

/**
 * One of `insideCues` at token `j`, or a phrase of now of several words ("op dit moment"): what may stand inside a cue,
 * and whether it is a word of now (the lexicon's own meaning of it).
 */
function insideAt(lx: Lexicon, tokens: Token[], j: number): { words: string[]; now: boolean } | undefined {
  const t = tokens[j]!;
  const phrases = tokens[j + 1] && lx.phrasesByFirstTwo.get(t.norm)?.get(tokens[j + 1]!.norm);
  const phrase = phrases?.find((e) => e.concept.kind === 'now' && e.words.every((w, k) => tokens[j + k]?.norm === w));
  if (phrase) return { words: phrase.words, now: true };
  return lx.insideCues.has(t.norm) ? { words: [t.norm], now: lx.oneWord.get(t.norm)?.concept.kind === 'now' } : undefined;
}

// A cue with words inside, made the first time it is read: the lexicon would otherwise need one for every cue and word.
const withInside = new WeakMap<PhraseEntry, Map<string, PhraseEntry>>();

/**
 * "de man gooit net met stoelen", "ze wordt op dit moment gewurgd": a cue of danger ("gooit met", "wordt gewurgd") with
 * one of `insideCues`, or a phrase of now, right after its first word. A word of now inside a cue makes it acute: it is
 * no longer a word of its own that places its clause in the present.
 */
function cueWithWordsInside(lx: Lexicon, first: string, tokens: Token[], i: number, { words: inside, now }: { words: string[]; now: boolean }): PhraseEntry | undefined {
  const after = i + 1 + inside.length;
  const phrases = tokens[after] && lx.phrasesByFirstTwo.get(first)?.get(tokens[after]!.norm);
  if (!phrases) return undefined;
  next: for (const e of phrases) {
    if (!CUE_OR_ACUTE_KINDS.has(e.concept.kind)) continue;
    for (let k = 2; k < e.words.length; k++) if (tokens[after - 1 + k]?.norm !== e.words[k]) continue next;
    const key = inside.join(' ');
    let variants = withInside.get(e);
    if (!variants) withInside.set(e, (variants = new Map()));
    let variant = variants.get(key);
    if (!variant) variants.set(key, (variant = { words: [first, ...inside, ...e.words.slice(1)], concept: now ? { kind: 'acute' } : e.concept }));
    return variant;
  }
  return undefined;
}

function scan(lx: Lexicon, tokens: Token[]): { mentions: Mention[]; unknown: number[] } {
  const mentions: Mention[] = [];
  const unknown: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // "OM" in capitals, or "het OM", is the prosecution service; lower-case "om" is a preposition.
    const afterPreposition = mentions[mentions.length - 1]?.concept.kind === 'prep' && mentions[mentions.length - 1]!.end === i;
    if (t.norm === 'om' && (t.raw === 'OM' || tokens[i - 1]?.norm === 'het' || afterPreposition)) {
      mentions.push({ concept: { kind: 'party', party: 'om' }, start: i, end: i + 1 });
      i++;
      continue;
    }
    let first: string = t.norm;
    let entries = lx.phrasesByFirstWord.get(first);
    if (!entries && !lx.stopwords.has(first) && !lx.knownWords.has(first)) {
      first = fuzzyMatch(lx, first) ?? '';
      entries = lx.phrasesByFirstWord.get(first);
    }
    // Sorted longest first: a word that opens no phrase of two words or more is its own entry.
    const hit = entries && (entries[0]!.words.length === 1 ? entries[0] : longestAt(lx, first, tokens, i));
    // "bij de politie informatie opvragen", "met de politie informatie over …": after a preposition the party is named;
    // information asked from it is still its data, information told to it is whatever follows.
    const party = hit && hit.concept.kind === 'data' && hit.words.length > 1 ? lx.phrasesByFirstWord.get(t.norm)?.find((e) => e.words.length === 1 && e.concept.kind === 'party') : undefined;
    const prepAt = lx.articles.has(tokens[i - 1]?.norm ?? '') ? i - 1 : i;
    const prep = party ? mentions.find((m) => m.end === prepAt && m.concept.kind === 'prep')?.concept : undefined;
    if (party && prep?.kind === 'prep') {
      mentions.push({ concept: party.concept, start: i, end: i + 1 });
      if (prep.direction === 'from') {
        mentions.push({ concept: hit!.concept, start: i, end: i + hit!.words.length });
        i += hit!.words.length;
      } else i++;
      continue;
    }
    if (hit) {
      mentions.push({ concept: hit.concept, start: i, end: i + hit.words.length });
      i += hit.words.length;
      continue;
    }
    if (!lx.stopwords.has(t.norm)) unknown.push(i);
    i++;
  }
  return { mentions, unknown };
}

function detectLanguage(lx: Lexicon, tokens: Token[]): 'nl' | 'en' {
  let en = 0;
  let nl = 0;
  for (const t of tokens) {
    if (lx.englishMarkers.has(t.norm)) en++;
    if (lx.dutchMarkers.has(t.norm)) nl++;
  }
  return en > nl ? 'en' : 'nl';
}

interface PartyMention {
  /** A party of the covenants; absent for an organisation outside every covenant (`outside`). */
  party?: Party;
  outside?: NonParty;
  unit?: string;
  start: number;
  /** The preposition right before it, if any. */
  prep: 'to' | 'from' | 'via' | 'for' | 'about' | null;
}

const kindAt = (mentions: Mention[], index: number) => mentions[index]?.concept;

const isOrganisation = (m: Mention | undefined) => m?.concept.kind === 'party' || m?.concept.kind === 'non-party';

/** The organisation the mention at `k` follows, past the place naming its unit and whose it is ("de werkgever van de pleger"). */
function organisationBefore(mentions: Mention[], k: number): Mention | undefined {
  // At most one word not understood between them ("politie Amsterdam vraagt", "de recherche belt en vraagt").
  if (k < 1 || mentions[k - 1]!.end < mentions[k]!.start - 1) return undefined;
  const ofSomeone = (j: number) => mentions[j]?.concept.kind === 'subject' && mentions[j - 1]?.concept.kind === 'prep';
  let by = k - 1;
  while (by >= 0 && (mentions[by]!.concept.kind === 'place' || ofSomeone(by))) by -= mentions[by]!.concept.kind === 'place' ? 1 : 2;
  return by >= 0 && isOrganisation(mentions[by]) ? mentions[by] : undefined;
}

/** An organisation's request: a weak verb of getting, so the one asking receives. */
const REQUEST: Concept = { kind: 'verb', direction: 'get', weak: true, request: true };

const ASKER_GETS: Concept = { kind: 'verb', direction: 'get', weak: true };

/**
 * "de politie vraagt ons om …", "3RO wil weten …": right after an organisation, words of asking are its request, and
 * words of consent too ("vraagt ons om" is no consent of the family). Words of asking after anyone else mean nothing
 * here ("een man die naar haar vraagt"). "op verzoek van Veilig Thuis": an organisation's request, no consent.
 */
function organisationsAsking(lx: Lexicon, mentions: Mention[], tokens: Token[]): Mention[] {
  const next = (a: number, b: number) => a === b || (a + 1 === b && lx.articles.has(tokens[a]!.norm));
  return mentions.map((m, k) => {
    const asking = m.concept.kind === 'request' || (m.concept.kind === 'consent' && m.concept.value);
    if (!asking) return m;
    // Consent is the organisation's own words only right after it: "(wijkteam Schiedam), ouders zijn akkoord" is the parents'.
    const adjacent = m.concept.kind === 'request' || mentions[k - 1]?.end === m.start;
    if (adjacent && organisationBefore(mentions, k)) return { ...m, concept: REQUEST };
    // "We want to know from police Amsterdam whether …", "wij willen weten": the asker's own request is getting, unless
    // another verb says more ("we want to know if we may share …").
    if (m.concept.kind === 'request' && mentions[k - 1]?.concept.kind === 'asker' && mentions[k - 1]!.end === m.start) return { ...m, concept: ASKER_GETS };
    if (m.concept.kind === 'request') return { ...m, concept: { kind: 'filler' } };
    const after = mentions[k + 1];
    if (tokens[m.end - 1]?.norm === 'van' && isOrganisation(after) && next(m.end, after!.start)) return { ...m, concept: { kind: 'filler' } };
    return m;
  });
}

/** "let the police know", "we want police Noord-Holland to know what she told us": the organisation after a word of
 * `lettingKnow` that then "knows" (a verb of getting, with "to" between or not) is told; one that then sends "us"
 * ("we'd like VT to send us his history") gives to the asker. */
const TOLD: Concept = { kind: 'verb', direction: 'give' };
const SENT_US: Concept = { kind: 'verb', direction: 'get' };
function lettingKnow(lx: Lexicon, mentions: Mention[], tokens: Token[]): Mention[] {
  return mentions.map((m, k) => {
    if (m.concept.kind !== 'verb') return m;
    const toUs = m.concept.direction === 'give' && mentions[k + 1]?.concept.kind === 'asker-object' && mentions[k + 1]!.start === m.end;
    if (m.concept.direction !== 'get' && !toUs) return m;
    let j = k - 1;
    if (mentions[j]?.concept.kind === 'prep' && mentions[j]!.end === m.start && tokens[mentions[j]!.start]?.norm === 'to') j--;
    while (mentions[j]?.concept.kind === 'place') j--;
    const organisation = mentions[j];
    if (!isOrganisation(organisation) || mentions[j + 1] === undefined || mentions[j + 1]!.start > m.start) return m;
    // "we want the Rotterdam police to send us": past the articles and the place before the organisation.
    let at = j;
    while (mentions[at - 1]?.concept.kind === 'place' && mentions[at - 1]!.end === mentions[at]!.start) at--;
    let before = mentions[at]!.start - 1;
    while (before >= 0 && lx.articles.has(tokens[before]!.norm)) before--;
    return lx.lettingKnow.has(tokens[before]?.norm ?? '') ? { ...m, concept: toUs ? SENT_US : TOLD } : m;
  });
}

function partyMentions(mentions: Mention[]): PartyMention[] {
  const out: PartyMention[] = [];
  mentions.forEach((m, k) => {
    // "eenheid Den Haag": a police unit named without the word politie.
    const c: Concept = m.concept.kind === 'police-unit-word' && kindAt(mentions, k + 1)?.kind === 'place' ? { kind: 'party', party: 'politie' } : m.concept;
    if (c.kind !== 'party' && c.kind !== 'non-party') return;
    const before = kindAt(mentions, k - 1);
    const prep = before?.kind === 'prep' && mentions[k - 1]!.end >= m.start - 1 ? before.direction : null;
    const last = out[out.length - 1];
    if (m.concept.kind === 'police-unit-word' && last && mentions[k - 1]?.start === last.start) return;
    // "Veilig Thuis" twice, or "de politie … politie-eenheid": one mention is enough; but "via Blijf … Mogen wij Blijf …
    // geven?" names it once as the way and then as the other side.
    if (c.kind === 'party' && last?.party === c.party && !(last.prep === 'via' && prep !== 'via')) return;
    if (c.kind === 'non-party' && last?.outside?.id === c.id) return;
    out.push(c.kind === 'party' ? { party: c.party, start: m.start, prep } : { outside: { id: c.id, label: c.label }, start: m.start, prep });
  });
  return out;
}

/**
 * Attaches place names to the police, Veilig Thuis or local-field mention they belong to, or to the asker.
 * The police get the place's unit, Veilig Thuis its region, the local field the municipality as typed ("den-haag").
 */
const PLACE_LINKS = new Set(['in', 'van', 'uit', 'regio', 'eenheid', 'of']);
const ROLE_KINDS = new Set<Concept['kind']>(['party', 'non-party', 'subject', 'person', 'police-unit-word']);

function attachPlaces(mentions: Mention[], parties: PartyMention[], asker: PartyRef | undefined, tokens: Token[]): PartyRef | undefined {
  let askerRef = asker;
  // "politie Rotterdam", "wijkteam in Schiedam": a place right beside a party is that party's, whatever place comes first
  // ("cliënte zit in de opvang in Amsterdam … Mogen we politie Rotterdam …").
  const partyOf = (n: Mention | undefined) => (n?.concept.kind === 'party' ? n.concept.party : n?.concept.kind === 'police-unit-word' ? 'politie' : undefined);
  const besideParty = (m: Mention): PartyMention | undefined => {
    const k = mentions.indexOf(m);
    const [before, after] = [mentions[k - 1], mentions[k + 1]];
    const linked = before && (before.end === m.start || (before.end + 1 === m.start && PLACE_LINKS.has(tokens[before.end]!.norm)));
    const party = (linked ? partyOf(before) : undefined) ?? (after?.start === m.end ? partyOf(after) : undefined);
    const at = linked && partyOf(before) ? before!.start : m.end;
    return party ? parties.filter((p) => p.party === party && p.start <= at).pop() : undefined;
  };
  const places = mentions.filter((m) => m.concept.kind === 'place');
  const ownParty = new Map(places.map((m) => [m, besideParty(m)]));
  const takesUnit = (m: Mention) => ['politie', 'veilig-thuis', 'lokaal-veld'].includes(ownParty.get(m)?.party ?? '');
  const ordered = [...places.filter(takesUnit), ...places.filter((m) => !takesUnit(m))];
  for (const m of ordered) {
    if (m.concept.kind !== 'place') continue;
    const place = m.concept;
    const municipality =
      place.municipality ??
      tokens
        .slice(m.start, m.end)
        .map((t) => t.norm)
        .join('-');
    const unitFor = (party: Party | undefined) => (party === 'politie' ? place.politie : party === 'veilig-thuis' ? place.vt : party === 'lokaal-veld' ? municipality : undefined);
    const candidates = parties.filter((p) => unitFor(p.party) !== undefined);
    const own = ownParty.get(m);
    const nearest = (own && candidates.includes(own) ? own : undefined) ?? candidates.sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start))[0];
    if (nearest && nearest.unit === undefined) {
      nearest.unit = unitFor(nearest.party);
    } else if (!nearest && askerRef && !askerRef.unit) {
      const unit = askerRef.party === 'lokaal-veld' ? undefined : unitFor(askerRef.party);
      if (unit) askerRef = { ...askerRef, unit };
    }
  }
  return askerRef;
}

/** A unit as the reader found it, with its place's label ("politie-eenheid Den Haag"). */
const partyUnitLabel = (party: Party, unit: string): Text => partyRefText({ party, unit });

/** One side of a disclosure: a party of the covenants, or an organisation outside them all. */
type Side = PartyRef | { outside: NonParty };
const isPartyRef = (side: Side | undefined): side is PartyRef => !!side && 'party' in side;

/** Where the asker works: the police unit and Veilig Thuis region of a local field's municipality, or the one police unit
 * or Veilig Thuis region that works with the asker's own region or unit. */
type Area = { politie?: string; vt?: string } | undefined;

function refOf(p: PartyMention, asker: PartyRef | undefined, area: Area): Side {
  if (!p.party) return { outside: p.outside! };
  if (p.unit) return { party: p.party, unit: p.unit };
  if (asker?.unit && asker.party === p.party) return { party: p.party, unit: asker.unit };
  // "wij (wijkteam Ridderkerk) vragen het bij de politie op": the police of the asker's municipality.
  const local = p.party === 'politie' ? area?.politie : p.party === 'veilig-thuis' ? area?.vt : undefined;
  if (local) return { party: p.party, unit: local };
  return { party: p.party };
}

interface Direction {
  from?: Side;
  to?: Side;
  direction: ParsedQuestion['direction'];
}

/**
 * An organisation named again at `start` (partyMentions keeps only its first mention of a row): that first mention,
 * read at the later place.
 */
function sameOrganisation(parties: PartyMention[], c: Concept, start: number): PartyMention | undefined {
  const first = c.kind === 'party' ? parties.find((p) => p.party === c.party) : c.kind === 'non-party' ? parties.find((p) => p.outside?.id === c.id) : undefined;
  return first && { ...first, start, prep: null };
}

/** The same organisation (and unit) named twice. */
const sameSide = (a: PartyMention, b: PartyMention) => a === b || (a.party !== undefined ? a.party === b.party && a.unit === b.unit : a.outside?.id === b.outside?.id);

function readDirection(lx: Lexicon, mentions: Mention[], parties: PartyMention[], asker: PartyRef | undefined, purpose: Purpose | undefined, area: Area, tokens: Token[], clauses: Clauses): Direction {
  // The actor is whoever follows the first modal verb ("mag ik", "mag de politie", "can I"), past one of a clause of
  // purpose ("…, so they can assess the risk. Is that ok?").
  const ofPurpose = (m: Mention) => {
    const before = tokens[m.start - 1]?.norm ?? '';
    const person = mentions.some((x) => x.end === m.start && (x.concept.kind === 'person' || x.concept.kind === 'asker'));
    return lx.purposeClause.has(before) || (person && lx.purposeClause.has(tokens[m.start - 2]?.norm ?? ''));
  };
  // "Bij de triage willen we de politie om informatie vragen. Mag de politie ons die geven?": a modal of permission with
  // someone who would act after it is the question's, before a modal of wanting told earlier.
  const actsAt = (k: number) => ACTOR_KINDS.has(mentions[k]?.concept.kind ?? 'filler');
  const isModal = (m: Mention) => m.concept.kind === 'modal' && !ofPurpose(m);
  const permissionAt = mentions.findIndex((m, k) => isModal(m) && m.concept.kind === 'modal' && m.concept.permission === true && actsAt(k + 1));
  const modal = permissionAt >= 0 ? permissionAt : mentions.findIndex(isModal);
  let actor: 'asker' | PartyMention | null = null;
  if (modal >= 0) {
    // "is it allowed for the police to give…": the actor follows "for".
    const skipFor = mentions[modal + 1]?.concept.kind === 'prep' && (mentions[modal + 1]!.concept as { direction: string }).direction === 'for';
    // "can Amsterdam police tell us": past the place that names the unit.
    let at = modal + (skipFor ? 2 : 1);
    while (mentions[at]?.concept.kind === 'place' && (mentions[at + 1]?.concept.kind === 'party' || mentions[at + 1]?.concept.kind === 'non-party')) at++;
    const next = mentions[at];
    if (next?.concept.kind === 'asker') actor = 'asker';
    // "… willen we de politie om informatie vragen. Mag de politie ons die geven?": an organisation named twice is one
    // party mention, at its first place.
    else if (next?.concept.kind === 'party' || next?.concept.kind === 'non-party') actor = parties.find((p) => p.start === next.start) ?? sameOrganisation(parties, next.concept, next.start) ?? null;
    // "VT heeft een melding binnen … mogen ze ons de triage-info geven?": "ze", "hij" after the modal is the organisation
    // named last before it, when that is not the asker's own.
    else if (next?.concept.kind === 'person') {
      const before = parties.filter((p) => p.start < next.start).pop();
      if (before && (!asker || before.party !== asker.party)) actor = before;
    }
  }
  // "de marechaussee vraagt om …", "3RO wil van VT weten …": without "mag X", an organisation that asks receives.
  let requesting = false;
  if (!actor) {
    const request = mentions.findIndex((m) => m.concept.kind === 'verb' && m.concept.request);
    const by = request >= 0 ? organisationBefore(mentions, request) : undefined;
    // "de officier van justitie vraagt": one organisation named in two words is one mention, from its first word.
    const asking = by ? parties.filter((p) => p.start <= by.start).pop() : undefined;
    if (request >= 0 && asking) {
      actor = asking;
      requesting = true;
    }
  }
  // Without "mag X", the asker is the one acting ("adres pleger delen met blijf").
  if (!actor) actor = 'asker';
  // "X vraagt ons …, mogen wij dat geven?": an organisation's request says what the one asked does, not what they do.
  const requester = actor === 'asker' ? mentions.findIndex((m) => m.concept.kind === 'verb' && m.concept.request) : -1;
  const asked = requester >= 0 ? organisationBefore(mentions, requester) : undefined;
  const allVerbs = mentions.filter((m) => m.concept.kind === 'verb' && !(asked && m.concept.request));
  // "… zodat ze de zaak rond krijgen. Mag ik die geven?": a verb in a clause of purpose says what the other does with it.
  const ownVerbs = allVerbs.filter((m) => !inPurposeClause(lx, tokens, clauses.clauseOf, m.start));
  // "Voor de triage wil ik bij de politie info opvragen. Mag de politie mij dat geven?": the verb of the question's own
  // sentence, where its modal has one.
  const question = modal >= 0 ? clauses.sentenceOf[mentions[modal]!.start] : undefined;
  const inQuestionSentence = ownVerbs.filter((m) => clauses.sentenceOf[m.start] === question);
  const verbs = (inQuestionSentence.length > 0 ? inQuestionSentence : ownVerbs.length > 0 ? ownVerbs : allVerbs).map((m) => m.concept);
  const verb = verbs.find((c) => c.kind === 'verb' && !c.weak) ?? verbs[0];
  // Without a verb, "is hij bekend bij de politie?" asks the police; otherwise telling is the default.
  let gives = requesting
    ? false
    : asked && !verb
      ? true
      : verb?.kind === 'verb'
        ? verb.direction === 'give'
        : !(actor === 'asker' && modal < 0 && !purpose && parties.some((p) => p.prep === 'from') && !parties.some((p) => p.prep === 'to'));
  // Asking Veilig Thuis for advice means telling Veilig Thuis about the case.
  if (purpose === 'adviesvraag' && actor === 'asker') gives = true;
  // "… of de politie Amsterdam zijn gevarenclassificatie aan ons mag geven": nobody gives to themselves; given "to us", the
  // asker receives.
  if (actor === 'asker' && gives && givenToUs(lx, mentions, tokens)) gives = false;
  // "Voor ons rapport willen we het VT-dossier": with no verb, the organisation whose data they are gives them.
  if (actor === 'asker' && gives && !verb && parties.some((p) => ownsCompoundData(mentions, tokens, p))) gives = false;
  const askerObject = mentions.some((m) => m.concept.kind === 'asker-object');
  // "via de politie te weten komen": with nobody else named, whom one learns through is the source.
  const direct = parties.filter((p) => p.prep !== 'via');
  const usable = direct.length === 0 && !gives ? parties : direct;

  if (actor === 'asker') {
    const requesting = asked && gives ? usable.filter((p) => p.start <= asked.start).pop() : undefined;
    // "may we at Blijf ask the police": the asker's own organisation is never the other side.
    // "de medische info van de huisarts inbrengen": an organisation named as whose data it is, is not whom the asker tells.
    const origin = (p: PartyMention) => gives && dataOrigin(mentions, tokens, p);
    const notAsker = (p: PartyMention) => (!asker || p.party !== asker.party) && !origin(p);
    // "BG flevo hier: mogen we … krijgen": the asker's own organisation (and unit) named is never the other side either.
    const ownUnit = (p: PartyMention) => !!asker && p.party === asker.party && (!p.unit || !asker.unit || p.unit === asker.unit);
    // "mogen we VT vragen om wat zij van de politie weten": the organisation asked gives, not the one the data come from.
    const askedOne = gives ? undefined : usable.find((p) => p.prep === null && notAsker(p) && isAsked(lx, mentions, tokens, p));
    // "… een gezin dat Veilig Thuis doorverwees. Mogen wij de politie bellen voor details?": the one the question names.
    const inQuestion = (p: PartyMention) => question !== undefined && clauses.sentenceOf[p.start] === question;
    // "We hebben van VT een overdracht gehad … Kunnen we de politie bellen?": the question's own sentence before the others.
    const other =
      requesting ??
      askedOne ??
      usable.find((p) => p.prep === (gives ? 'to' : 'from') && notAsker(p) && inQuestion(p)) ??
      usable.find((p) => notAsker(p) && inQuestion(p)) ??
      usable.find((p) => p.prep === (gives ? 'to' : 'from') && notAsker(p)) ??
      usable.find(notAsker) ??
      usable.find((p) => !ownUnit(p) && !origin(p));
    const otherRef = other ? refOf(other, asker, area) : undefined;
    return gives ? { from: asker, to: otherRef, direction: 'asker-discloses' } : { from: otherRef, to: asker, direction: 'asker-receives' };
  }
  const actorRef = refOf(actor, asker, area);
  // "de politie vraagt ons de naam van de leerkracht": whose name it is, is not asked for it.
  const rest = usable.filter((p) => !sameSide(p, actor) && !(requesting && dataOrigin(mentions, tokens, p)));
  const target = rest.find((p) => p.prep === (gives ? 'to' : 'from')) ?? rest[0];
  const isAsker = (ref: Side | undefined) => isPartyRef(ref) && !!asker && ref.party === asker.party;
  if (gives) {
    // "mag VT ons vertellen wat de politie meldde": "ons" right after the giver is the receiver.
    const actorAt = mentions.findIndex((m) => m.start === actor.start);
    // "mag VT de politie, die de melding deed, terugkoppelen dat …": the organisation right after the giver receives;
    // "mag de politie Flevoland ons …": past the place that names its unit.
    let after = actorAt + 1;
    while (mentions[after]?.concept.kind === 'place') after++;
    const usFirst = mentions[after]?.concept.kind === 'asker-object' && target?.prep !== 'to';
    const named = rest.find((p) => p.start === mentions[after]?.start && p.prep === null);
    const receiver = named ?? target;
    const to = receiver && !usFirst ? refOf(receiver, asker, area) : askerObject || asker ? asker : undefined;
    return { from: actorRef, to, direction: isAsker(to) ? 'asker-receives' : isAsker(actorRef) ? 'asker-discloses' : 'between-others' };
  }
  // "mag de GI bij ons … opvragen", "de politie vraagt om …": with nobody else named, the asker is asked.
  const from = target ? refOf(target, asker, area) : askerObject || requesting ? asker : undefined;
  return { from, to: actorRef, direction: isAsker(actorRef) ? 'asker-receives' : isAsker(from) ? 'asker-discloses' : 'between-others' };
}

/** Token `i` stands after a word of `purposeClause` ("zodat", "so that") in its own clause. */
function inPurposeClause(lx: Lexicon, tokens: Token[], clauseOf: number[], i: number): boolean {
  for (let j = i - 1; j >= 0 && clauseOf[j] === clauseOf[i]; j--) if (lx.purposeClause.has(tokens[j]!.norm)) return true;
  return false;
}

/**
 * "aan ons" (grammar.yaml `receivingAsker` before "ons") right before the verb of giving and its modal, if any: the verb
 * last, as in a clause of "of" or "dat".
 */
function givenToUs(lx: Lexicon, mentions: Mention[], tokens: Token[]): boolean {
  const givingAt = (k: number) => {
    const c = mentions[k]?.concept;
    return c?.kind === 'verb' && c.direction === 'give';
  };
  const adjacent = (a: number, b: number) => mentions[a]!.end === mentions[b]?.start;
  return mentions.some(
    (m, k) =>
      m.concept.kind === 'asker-object' &&
      lx.receivingAsker.has(tokens[m.start - 1]?.norm ?? '') &&
      ((givingAt(k + 1) && adjacent(k, k + 1)) || (mentions[k + 1]?.concept.kind === 'modal' && adjacent(k, k + 1) && givingAt(k + 2) && adjacent(k + 1, k + 2))),
  );
}

/** Whether a word of asking (grammar.yaml `askingVerbs`) stands right after a mention of the organisation of `p` ("VT
 * vragen") or right before one, past an article ("ask the police"): it is the one asked. "VT … VT vragen" is one mention. */
function isAsked(lx: Lexicon, mentions: Mention[], tokens: Token[], p: PartyMention): boolean {
  const asking = (i: number) => lx.askingVerbs.has(tokens[i]?.norm ?? '');
  return mentions.some((m) => {
    if (m.concept.kind !== 'party' || m.concept.party !== p.party || m.start < p.start) return false;
    let before = m.start - 1;
    while (before >= 0 && lx.articles.has(tokens[before]!.norm)) before--;
    return asking(m.end) || asking(before);
  });
}

/** Whether the organisation of `p` is joined to the data after it in one word ("VT-dossier", "BVH-gegevens"). */
function ownsCompoundData(mentions: Mention[], tokens: Token[], p: PartyMention): boolean {
  const k = mentions.findIndex((m) => m.start === p.start);
  const next = mentions[k + 1];
  return !!next && next.concept.kind === 'data' && next.start === mentions[k]!.end && joinedToPrevious(tokens[next.start]);
}

/**
 * Whether the organisation of `p` follows data and "van" ("de medische info van de huisarts", at most one word between
 * the data and "van"): it names where the data come from.
 */
function dataOrigin(mentions: Mention[], tokens: Token[], p: PartyMention): boolean {
  const k = mentions.findIndex((m) => m.start === p.start);
  const prep = mentions[k - 1];
  const data = mentions[k - 2];
  const isData = (c: Concept | undefined) => c?.kind === 'data' || c?.kind === 'unlisted';
  return !!prep && prep.concept.kind === 'prep' && tokens[prep.start]?.norm === 'van' && prep.end >= p.start - 1 && isData(data?.concept) && data!.end >= prep.start - 1;
}

function near(mentions: Mention[], k: number, test: (c: Concept) => boolean, span = 3): boolean {
  for (let j = Math.max(0, k - span); j <= Math.min(mentions.length - 1, k + span); j++) if (j !== k && test(mentions[j]!.concept)) return true;
  return false;
}

/**
 * The clauses that tell the situation rather than ask about sharing: a clause after a comma or full stop, without a
 * verb of sharing, that opens with a word of `contextStarts` or with a person ("Hij bedreigt haar", "want de ex …").
 */
/**
 * The clause of each token: a new one after a full stop or comma, and at a word of `contextStarts` ("want", "er"),
 * except right after a word that opens what is asked about ("vragen of er een wapen is": still the question).
 */
function clausesOf(lx: Lexicon, tokens: Token[]): number[] {
  const clauseOf: number[] = [];
  let clause = 0;
  tokens.forEach((t, i) => {
    const previous = tokens[i - 1];
    const opensClause = previous !== undefined && lx.contextStarts.has(t.norm) && !previous.afterComma && !previous.sentenceStart && !lx.weaponTopic.has(previous.norm);
    if (i > 0 && (t.sentenceStart || t.afterComma || opensClause)) clause++;
    clauseOf.push(clause);
  });
  return clauseOf;
}

/** The clauses that hold a verb of sharing or a modal ("mag ik …"): the question itself. */
const questionClauses = (mentions: Mention[], clauseOf: number[]) => new Set(mentions.filter((m) => m.concept.kind === 'verb' || m.concept.kind === 'modal').map((m) => clauseOf[m.start]));

/** The clause of each token and the clauses that ask (see questionClauses): worked out once per question. */
interface Clauses {
  clauseOf: number[];
  asked: Set<number | undefined>;
  /** The sentence of each token. */
  sentenceOf: number[];
}

function contextClauses(lx: Lexicon, mentions: Mention[], tokens: Token[], { clauseOf, asked: withVerb }: Clauses): (i: number) => boolean {
  if (withVerb.size === 0) return () => false;
  const context = new Set<number>();
  tokens.forEach((t, i) => {
    const c = clauseOf[i]!;
    if (i > 0 && clauseOf[i - 1] === c) return;
    if (withVerb.has(c)) return;
    // "De broer van de verdachte is …": the clause opens with its first word after an article.
    const opening = lx.articles.has(t.norm) ? i + 1 : i;
    const first = mentions.find((m) => m.start === opening)?.concept.kind;
    if (lx.contextStarts.has(t.norm) || first === 'person' || first === 'subject') context.add(c);
  });
  return (i) => context.has(clauseOf[i]!);
}

interface DataAndPurpose {
  data: DataCategory[];
  unlisted: (UnlistedData & { words: string[] })[];
  /** `situation`: said in a sentence that only tells the situation, beside a purpose of the question itself. */
  purposes: { purpose: Purpose; preferred: boolean; situation?: boolean }[];
}

function readDataAndPurpose(lx: Lexicon, mentions: Mention[], tokens: Token[], clauses: Clauses): DataAndPurpose {
  const data: DataCategory[] = [];
  const contextData: DataCategory[] = [];
  const unlisted: DataAndPurpose['unlisted'] = [];
  const contextUnlisted: DataAndPurpose['unlisted'] = [];
  const questionPurposes: { purpose: Purpose; preferred: boolean }[] = [];
  const contextPurposes: { purpose: Purpose; preferred: boolean }[] = [];
  const inContext = contextClauses(lx, mentions, tokens, clauses);
  let at = 0;
  const addData = (d: DataCategory) => {
    const list = inContext(at) ? contextData : data;
    if (!list.includes(d)) list.push(d);
  };
  const addUnlisted = (m: Mention, c: UnlistedData) => {
    const list = inContext(m.start) ? contextUnlisted : unlisted;
    const words = tokens.slice(m.start, m.end).map((t) => t.norm);
    if (!list.some((u) => u.id === c.id)) list.push({ id: c.id, label: c.label, words });
  };
  // "Een aanhouding is op ZSM besproken. Mogen wij VT via CORV informeren?": the question's own purpose before that of a
  // sentence that only tells the situation (no clause of it asks).
  const { sentenceOf } = clauses;
  const askingSentences = new Set<number>();
  tokens.forEach((_, i) => clauses.asked.has(clauses.clauseOf[i]) && askingSentences.add(sentenceOf[i]!));
  const situation = (i: number) => inContext(i) || !askingSentences.has(sentenceOf[i]!);
  const purposes = { push: (p: { purpose: Purpose; preferred: boolean }) => (situation(at) ? contextPurposes : questionPurposes).push(p) };
  mentions.forEach((m, k) => {
    const c = m.concept;
    at = m.start;
    const afterFor = kindAt(mentions, k - 1)?.kind === 'prep' && (mentions[k - 1]!.concept as { direction: string }).direction === 'for';
    const doing = lx.reportingVerbs.has(tokens[m.end]?.norm ?? '');
    // "een melding over het gezin doen": reporting too, though the words between leave what is reported to the rest.
    const reporting = doing || reportedAfterPhrase(lx, mentions, tokens, k);
    // "een zorgmelding doen (bij VT)": reporting, and what is reported is the report itself.
    if (c.kind === 'data' && c.data === 'zorgmelding' && reporting) {
      purposes.push({ purpose: 'zorgmelding', preferred: true });
      addData('zorgmelding');
    } else if (c.kind === 'data') addData(c.data);
    else if (c.kind === 'unlisted') addUnlisted(m, c);
    // What is asked ("welke hulp") is the purpose only when nothing else is, as a purpose of the situation is.
    else if (c.kind === 'purpose' && askedWhich(lx, tokens, m)) contextPurposes.push({ purpose: c.purpose, preferred: false });
    // "so they can decide whether to arrest him": the partner's own task said in a clause of purpose is what for.
    else if (c.kind === 'purpose' && !saidAbsent(lx, tokens, m))
      purposes.push({
        purpose: c.purpose,
        preferred: afterFor || asTheVerb(lx, mentions, tokens, k) || (c.purpose === 'opsporing' && inPurposeClause(lx, tokens, clauses.clauseOf, m.start)),
      });
    else if (c.kind === 'ambiguous') {
      const word = tokens[m.start]!.norm;
      if (c.purpose === 'dreiging-opvang') {
        const atShelter = near(mentions, k, (x) => x.kind === 'party' && x.party === 'blijf-groep', 3);
        if (atShelter) purposes.push({ purpose: 'dreiging-opvang', preferred: true });
        else if (c.data) addData(c.data);
      } else if (c.purpose === 'tijdelijk-huisverbod') {
        const info = (at: number) => lx.informationWords.has(tokens[at]?.norm ?? '');
        // "blijf informeren over het huisverbod": what one tells about is the order, so its information.
        const before = kindAt(mentions, k - 1);
        const toldAbout = before?.kind === 'prep' && before.direction === 'about' && mentions[k - 1]!.end >= m.start - 1;
        const infoBefore = info(m.start - 1) || info(m.start - 3) || info(m.end) || toldAbout;
        // "dat hij een huisverbod heeft": the order itself is what is told, not what it is told for.
        const held = lx.holdingVerbs.has(tokens[m.end]?.norm ?? '');
        if (infoBefore || (held && !afterFor)) addData('thv-informatie');
        // "THV loopt sinds gister." told as the situation: what is shared serves the order, unless the question names a purpose.
        if (!held || afterFor || situation(m.start)) purposes.push({ purpose: 'tijdelijk-huisverbod', preferred: afterFor || !infoBefore });
      } else if (c.purpose !== 'zorgmelding') {
        // "voor het veiligheidsplan": after "voor" what it is shared for; otherwise what is shared.
        if (afterFor) purposes.push({ purpose: c.purpose, preferred: true });
        else if (c.data) addData(c.data);
      } else {
        // "zorgmelding": a purpose after "voor", with "doen" or "in de zorgmelding zetten"; otherwise the form itself is shared.
        const inAt = tokens[m.start - 1]?.norm === 'in' ? m.start - 1 : tokens[m.start - 2]?.norm === 'in' && lx.articles.has(tokens[m.start - 1]?.norm ?? '') ? m.start - 2 : -1;
        // Not where someone or something is in the report ("hij komt voor in een zorgmelding", "staat in de zorgmelding").
        const inIt = inAt >= 0 && !lx.beingInWords.has(tokens[inAt - 1]?.norm ?? '');
        if (afterFor || reporting || inIt) purposes.push({ purpose: 'zorgmelding', preferred: true });
        // "een zorgmelding doen": the report is also what is passed on.
        if (doing || (!afterFor && !inIt && (word !== 'melding' || near(mentions, k, (x) => x.kind === 'verb', 2)))) addData('zorgmelding');
      }
    }
  });
  // "Mag ik dat doorgeven? Hij is vuurwapengevaarlijk": with nothing named in the question, the context says what "dat" is.
  const named = data.length > 0 || unlisted.length > 0;
  return {
    data: named ? data : contextData,
    unlisted: named ? unlisted : contextUnlisted,
    purposes: questionPurposes.length > 0 ? [...questionPurposes, ...contextPurposes.map((p) => ({ ...p, situation: true }))] : contextPurposes,
  };
}

/**
 * "een zorgmelding over het gezin doen", "een melding over het kind bij Veilig Thuis doen": a reporting verb after
 * phrases of a preposition right after the report (at most eight words), before any other verb, in the same sentence.
 */
function reportedAfterPhrase(lx: Lexicon, mentions: Mention[], tokens: Token[], k: number): boolean {
  const m = mentions[k]!;
  const next = mentions[k + 1];
  if (next?.concept.kind !== 'prep' || next.start !== m.end) return false;
  let n = k + 1;
  for (let j = next.end; j < next.end + 8 && j < tokens.length && !tokens[j]!.sentenceStart; j++) {
    while (mentions[n] && mentions[n]!.end <= j) n++;
    const kind = mentions[n]?.start === j ? mentions[n]!.concept.kind : undefined;
    if (kind === 'verb' || kind === 'modal') return false;
    if (lx.reportingVerbs.has(tokens[j]!.norm)) return true;
  }
  return false;
}

/**
 * "mag ik de melder via CORV de standaardtekst terugkoppelen?": a purpose said as the verb of a question, last in its
 * sentence or before "dat", after its modal (not one of a clause of purpose, "zodat zij haar kunnen begeleiden"), is what the question
 * asks to do (before "via CORV", which only names the channel).
 */
function asTheVerb(lx: Lexicon, mentions: Mention[], tokens: Token[], k: number): boolean {
  const m = mentions[k]!;
  // "… terugkoppelen dat de melding in onderzoek is genomen": what is told follows it.
  if (m.end < tokens.length && !tokens[m.end]!.sentenceStart && !lx.thatWords.has(tokens[m.end]!.norm)) return false;
  let start = m.start;
  while (start > 0 && !tokens[start]!.sentenceStart) start--;
  for (let i = start; i < m.start; i++) if (lx.purposeClause.has(tokens[i]!.norm)) return false;
  for (let j = k - 1; j >= 0 && mentions[j]!.start >= start; j--) if (mentions[j]!.concept.kind === 'modal') return true;
  return false;
}

/** "welke hulp zij inzetten", "what support is running": the word after one of grammar.yaml `whichWords` is what is asked, not what for. */
const askedWhich = (lx: Lexicon, tokens: Token[], m: Mention): boolean => lx.whichWords.has(tokens[m.start - 1]?.norm ?? '');

/** "er is geen ondersteuningsplan", "without a plan of action": one of grammar.yaml `absentWords` before it, past an article. */
function saidAbsent(lx: Lexicon, tokens: Token[], m: Mention): boolean {
  const before = lx.articles.has(tokens[m.start - 1]?.norm ?? '') ? m.start - 2 : m.start - 1;
  return lx.absentWords.has(tokens[before]?.norm ?? '');
}

/**
 * The one purpose the data categories asked are defined by (`purpose` in data-categories.yaml), if each was named by its
 * own words: "of hij een huisverbod heeft" asks whether there is an order, for a purpose not said.
 */
function impliedPurpose(lx: Lexicon, mentions: Mention[], data: DataCategory[]): Purpose | undefined {
  const named = new Set(collect(mentions, (m) => (m.concept.kind === 'data' ? [m.concept.data] : [])));
  if (!data.every((d) => named.has(d))) return undefined;
  // "de THV-info en zijn geweldsincidenten": asked together with the information for the order, for that order.
  const implied = new Set(collect(data, (d) => (lx.purposeOfData.has(d) ? [lx.purposeOfData.get(d)!] : [])));
  return implied.size === 1 ? [...implied][0] : undefined;
}

function pickPurpose(all: DataAndPurpose['purposes']): Purpose | undefined {
  const has = (p: Purpose) => all.some((x) => x.purpose === p);
  if (has('aware-monitoring') && has('aware')) return 'aware-monitoring';
  // A plan van aanpak named anywhere is what the police's contribution is for ("… heeft een plan van aanpak. Mag ik in dat overleg …").
  if (has('plan-van-aanpak')) return 'plan-van-aanpak';
  // "In het casusoverleg vraagt de OvJ wat moeder vertelde, voor de vervolging": the consultation is where, the partner's own
  // task what for (seed 003 vuistregel 5).
  if (has('opsporing') && has('veiligheidsoverleg')) return 'opsporing';
  // A consultation named as what it is for keeps the duty to tell the family (seed 003 vuistregel 7), whatever it should achieve.
  if (all.some((x) => x.purpose === 'veiligheidsoverleg' && !x.situation)) return 'veiligheidsoverleg';
  const purposes = all.filter((p) => !p.situation);
  // "Ik wil de officier helpen bij het bepalen van de strafeis. Mag ik haar onze risicotaxatie sturen?": the partner's own
  // task said in the situation as what for ("voor", "helpen bij") is what for, where the question says no purpose so
  // (seed 003 vuistregel 5).
  if (!purposes.some((p) => p.preferred) && all.some((p) => p.situation && p.preferred && p.purpose === 'opsporing')) return 'opsporing';
  return (purposes.find((p) => p.preferred) ?? purposes[0])?.purpose;
}

/**
 * The kinds of person the question is about: one, or several when it names several on an equal footing.
 * `about`: whom the data named say they are about (data-categories.yaml `about`), `aboutDefault` when every category
 * says so. Then a person named only as whom the purpose serves ("voor de begeleiding van mevrouw", "zodat zij zijn vrouw
 * kunnen begeleiden") is not whom the data is about: THV information stays the perpetrator's. And one person who may
 * be either of two ("meneer") is the one such data belong to ("de THV-info en de geweldsincidenten van meneer").
 */
function pickSubjects(
  lx: Lexicon,
  mentions: Mention[],
  tokens: Token[],
  clauses: Clauses,
  clients: Map<string, Subject> | undefined,
  { about: owners, aboutDefault, owner: dataOwner }: { about: readonly Subject[]; aboutDefault: boolean; owner: PersonByData | undefined },
): Subject[] {
  const { clauseOf, asked } = clauses;
  const isPrep = (k: number, ...directions: string[]) => {
    const c = kindAt(mentions, k);
    return c?.kind === 'prep' && directions.includes(c.direction);
  };
  // "the victim's children": the possessor is not the subject when another subject follows it.
  // Dutch writes it without the apostrophe too: "cliëntes dochter", "moeders vriend", right before the other person.
  const genitive = (m: Mention, k: number) => m.end - m.start === 1 && /s$/i.test(tokens[m.start]!.raw) && mentions[k + 1]!.start === m.end;
  const possessive = (m: Mention, k: number) => mentions[k + 1]?.concept.kind === 'subject' && (/['’]s$/i.test(tokens[m.end - 1]?.raw ?? '') || genitive(m, k));
  // "de zus van cliënte", "de kinderen van mevrouw": the person right after "van" belongs to the one before it.
  const possessor = (k: number) => isPrep(k - 1, 'from', 'about') && kindAt(mentions, k - 2)?.kind === 'subject' && mentions[k - 2]!.end === mentions[k - 1]!.start;
  // "cliënte haar kinderen", "de verdachte zn adres": the person before "haar"/"zn" owns what follows.
  const owner = (m: Mention, k: number) => mentions[k + 1]?.concept.kind === 'subject' && mentions[k + 1]!.start === m.end + 1 && lx.possessives.has(tokens[m.end]?.norm ?? '');
  const purposeAt = (k: number) => kindAt(mentions, k)?.kind === 'purpose';
  const served = (k: number) => (isPrep(k - 1, 'from', 'to', 'for', 'about') && purposeAt(k - 2)) || purposeAt(k + 1) || (kindAt(mentions, k + 1)?.kind === 'modal' && purposeAt(k + 2));
  // "calling the shelter pretending to be her uncle": someone only pretended to be that person (one word, "her",
  // "een", may stand between).
  const pretended = (m: Mention) => phraseEndsAt(tokens, m.start, lx.pretending) || phraseEndsAt(tokens, m.start - 1, lx.pretending);
  // "of zij als geweldpleger geregistreerd staat", "bekend staat als pleger": the role someone is registered as.
  const labelled = (m: Mention) => {
    // "als pleger", "als een pleger", "als harddruggebruiker of geweldpleger": "als" up to three words before the role.
    let als = m.start - 1;
    while (als >= m.start - 3 && als >= 0 && tokens[als]!.norm !== 'als' && tokens[als]!.norm !== 'as') als--;
    if (als < 0 || als < m.start - 3) return false;
    for (let j = Math.max(0, als - 3); j <= Math.min(tokens.length - 1, m.end + 2); j++) if (j !== als && lx.labelWords.has(tokens[j]!.norm)) return true;
    return false;
  };
  const persons: { m: Mention; k: number }[] = [];
  mentions.forEach((m, k) => {
    if (m.concept.kind === 'subject' && !possessive(m, k) && !possessor(k) && !owner(m, k) && !(aboutDefault && served(k)) && !pretended(m) && !labelled(m)) persons.push({ m, k });
  });
  // "de advocaat van de pleger vraagt om het adres van cliënte": whose organisation it is, unless nobody else is named.
  const ofOrganisation = ({ k }: { k: number }) => isPrep(k - 1, 'from') && isOrganisation(mentions[k - 2]);
  // "Blijf doet een intake van een vrouw. Mag ik de gevarenclassificatie van haar ex geven?": the question's own persons
  // first, unless what it shares is what the situation names ("De verdachte is vuurwapengevaarlijk. Mag ik dat …").
  const shared = (c: Concept) => c.kind === 'data' || c.kind === 'unlisted' || c.kind === 'ambiguous';
  const dataAsked = mentions.some((m) => shared(m.concept) && asked.has(clauseOf[m.start]));
  const inQuestion = dataAsked ? persons.filter((x) => asked.has(clauseOf[x.m.start])) : [];
  const others = (inQuestion.length > 0 ? inQuestion : persons).filter((x) => !ofOrganisation(x));
  // "de stiefvader (verdachte)", "de moeder, het slachtoffer": a role said right with a person who may be either decides it.
  const either = (x: { m: Mention }) => (x.m.concept.kind === 'subject' && x.m.concept.also ? [x.m.concept.subject, ...x.m.concept.also] : []);
  const roleOf = (x: { m: Mention; k: number }) => {
    const next = mentions[x.k + 1];
    return next?.concept.kind === 'subject' && !next.concept.also && next.start <= x.m.end + 1 && either(x).includes(next.concept.subject) ? next.concept.subject : undefined;
  };
  const named = (others.length > 0 ? others : inQuestion.length > 0 ? inQuestion : persons).map((x) => {
    const role = roleOf(x);
    return role ? { ...x, m: { ...x.m, concept: { kind: 'subject', subject: role } as Concept } } : x;
  });
  const saidWith = new Set(named.filter((x) => x.m.concept !== mentions[x.k]!.concept).map((x) => x.k + 1));
  const said = named.filter((x) => !saidWith.has(x.k));
  const subjectOf = (x: { m: Mention }) => {
    const usual = (x.m.concept as { subject: Subject }).subject;
    return clients
      ? (clients.get(
          tokens
            .slice(x.m.start, x.m.end)
            .map((t) => t.norm)
            .join(' '),
        ) ?? usual)
      : usual;
  };
  // "Cliënte heeft morgen intake, ex is bekend bij de politie. Kunnen we opvragen of hij wapengevaarlijk is?": a question
  // that names nobody but points back ("hij") is about the one of the situation's persons the pronoun can refer to.
  const pointedAt = inQuestion.length === 0 && dataAsked ? pronounReference(lx, tokens, mentions, clauses, said.map(subjectOf)) : undefined;
  const subjects = pointedAt ? said.filter((x) => subjectOf(x) === pointedAt) : said;
  // Roles marked `stricter` in subjects.yaml: "de buurvrouw die getuige was" is about a witness.
  const stricter = vocabulary().stricterSubjects;
  const role = subjects.find((x) => stricter.has(subjectOf(x)));
  if (role) return [subjectOf(role)];
  // "het adres van de pleger en het slachtoffer": subjects joined by "en" count together.
  const joined = (k: number) => {
    const prev = mentions[k - 1];
    if (prev?.concept.kind !== 'subject') return false;
    const between = tokens.slice(prev.end, mentions[k]!.start).map((t) => t.norm);
    return between.length > 0 && between.length <= 3 && between.every((w) => lx.personJoiners.has(w)) && between.some((w) => lx.personAnd.has(w));
  };
  // "over de pleger" says whom it is about more surely than "van de pleger".
  const over = subjects.findIndex(({ k }) => isPrep(k - 1, 'about'));
  const about = over >= 0 ? over : subjects.findIndex(({ k }) => isPrep(k - 1, 'from'));
  const chosen = about >= 0 ? [subjects[about]!, ...subjects.slice(about + 1).filter(({ k }) => joined(k))] : subjects[0] ? [subjects[0], ...subjects.slice(1).filter(({ k }) => joined(k))] : [];
  const alsoOf = (x: { m: Mention }) => (x.m.concept.kind === 'subject' && x.m.concept.also) || [];
  // "THV loopt tegen meneer": the one accused is the perpetrator where the words may name them.
  const accused = (x: { m: Mention }) => {
    let before = x.m.start - 1;
    while (before >= 0 && (lx.articles.has(tokens[before]!.norm) || lx.possessives.has(tokens[before]!.norm))) before--;
    return before >= 0 && lx.against.has(tokens[before]!.norm);
  };
  return [
    ...new Set(
      collect(chosen, (x) => {
        const readings = [subjectOf(x), ...alsoOf(x)];
        if (accused(x) && readings.includes('pleger')) return ['pleger' as Subject];
        // "de stiefvader" asked for his danger classification: the one such data belong to, never over the victim.
        const ofData = dataOwner?.subject;
        if (ofData && chosen.length === 1 && readings.includes(ofData) && readings.every((r) => r === ofData || dataOwner.over.has(r))) return [ofData];
        const owned = readings.filter((r) => owners.includes(r));
        return chosen.length === 1 && readings.length > 1 && owned.length === 1 ? owned : readings;
      }),
    ),
  ];
}

/**
 * "mag ik bij adam opvragen of haar ex wapengevaarlijk is", "BG flevo hier: mogen we de THV info krijgen": data that one
 * party alone holds (`heldBy`, the police's), asked with no giver named, come from that party, and so does what is
 * asked with them; its unit from the one
 * place the question names beside no organisation that takes it, else from the asker's own unit or area.
 */
function impliedHolder(lx: Lexicon, mentions: Mention[], mentioned: PartyMention[], data: DataCategory[], asker: PartyRef | undefined, area: Area): PartyRef | undefined {
  // One giver for the whole question: "de THV info en zijn geboortedatum" both come from the police.
  const holders = new Set(data.map((d) => lx.holderOfData.get(d)).filter((h) => h !== undefined));
  const holder = holders.size === 1 ? [...holders][0] : undefined;
  if (!holder || !asker || asker.party === holder) return undefined;
  const takesUnit = (p: Party | undefined) => p === 'politie' || p === 'veilig-thuis' || p === 'lokaal-veld';
  const loose = mentioned.some((p) => takesUnit(p.party))
    ? []
    : collect(mentions, (m) => (m.concept.kind !== 'place' ? [] : [holder === 'politie' ? m.concept.politie : holder === 'veilig-thuis' ? m.concept.vt : undefined]));
  const units = new Set(loose);
  const unit = units.size === 1 ? [...units][0] : undefined;
  if (units.size > 1 || (units.size === 1 && !unit)) return { party: holder };
  const ref = refOf({ party: holder, unit, start: -1, prep: null }, asker, area);
  return isPartyRef(ref) ? ref : undefined;
}

/**
 * "Vorige week was hij nog dreigend bij de opvang. Mag de politie ons zijn gevarenclassificatie geven?": a question that
 * names no person but refers to one ("zijn", "his") and to nobody else ("haar"), where the text tells what someone did
 * (subjects.yaml `byDeed`: an actor, then the deed in the same clause), is about the one who did it.
 */
function personByDeed(lx: Lexicon, tokens: Token[], mentions: Mention[], clauses: Clauses): Subject | undefined {
  const { clauseOf } = clauses;
  const found = lx.byDeed.find((b) => {
    if (!pointsBackTo(lx, tokens, mentions, clauses, b)) return false;
    const deedAt = (i: number) => phraseAt(tokens, i, b.deeds) > 0;
    return tokens.some((t, i) => {
      if (!b.actors.has(t.norm)) return false;
      let active = false;
      let clause = clauseOf[i];
      for (let j = i + 1; j < tokens.length; j++) {
        if (clauseOf[j] !== clause) {
          if (!relativeGoesOn(lx, tokens, j)) break;
          clause = clauseOf[j];
        }
        const w = tokens[j]!.norm;
        if (b.notActors.has(w)) return false;
        if (deedAt(j) || (active && b.participles.has(w))) return true;
        if (b.passives.has(w)) active = false;
        else active ||= b.auxiliaries.has(w);
      }
      return false;
    });
  });
  return found?.subject;
}

/** "of er een wapen in huis is": a weapon followed by a place (grammar.yaml `weaponPlaces`). */
function weaponInPlace(lx: Lexicon, mentions: Mention[], tokens: Token[]): boolean {
  return mentions.some((m) => m.concept.kind === 'weapon' && phraseAt(tokens, m.end, lx.weaponPlaces) > 0);
}

/** The kind of person every data category asked belongs to (data-categories.yaml `belongsTo`), with how it is referred to. */
function ownerOfData(lx: Lexicon, data: DataCategory[]): PersonByData | undefined {
  const owners = new Set(data.map((d) => lx.ownerOfData.get(d)));
  const [only] = owners;
  return owners.size === 1 && only ? lx.byData.find((b) => b.subject === only) : undefined;
}

/**
 * "Mag de politie ons vertellen of hij als wapengevaarlijk geregistreerd staat?", "can police give us his alcohol flags":
 * a question that names no person but refers to one ("hij", "his", "de man") and to nobody else ("haar"), asking only for
 * data the covenant lists for one kind of person (a danger classification: the perpetrator, seed 001 art. 4.2 cat. 4).
 */
function personByData(lx: Lexicon, tokens: Token[], { clauseOf, asked }: Clauses, owner: PersonByData | undefined): Subject | undefined {
  if (!owner) return undefined;
  const inQuestion = tokens.filter((_, i) => asked.has(clauseOf[i]));
  if (!inQuestion.some((t) => owner.refers.has(t.norm)) || inQuestion.some((t) => owner.notRefers.has(t.norm))) return undefined;
  // "Hij is vorige week zelf geslagen": what was done to him (byDeed's passive) leaves who he is open.
  const doneTo = lx.byDeed.some((b) =>
    tokens.some((t, i) => {
      if (!b.actors.has(t.norm)) return false;
      let passive = false;
      for (let j = i + 1; j < tokens.length && clauseOf[j] === clauseOf[i]; j++) {
        if (passive && b.participles.has(tokens[j]!.norm)) return true;
        passive ||= b.passives.has(tokens[j]!.norm);
      }
      return false;
    }),
  );
  return doneTo ? undefined : owner.subject;
}

/**
 * Whether the question's own clauses point back at the person of `b` ("zijn", "hem") and at nobody else ("haar"). A
 * possessive right before a purpose or an organisation is an organisation's: "voor hun risicotaxatie" is Blijf's.
 */
function pointsBackTo(lx: Lexicon, tokens: Token[], mentions: Mention[], { clauseOf, asked }: Clauses, b: Lexicon['byDeed'][number]): boolean {
  const organisations = new Set(mentions.filter((m) => m.concept.kind === 'purpose' || m.concept.kind === 'party').map((m) => m.start));
  const inQuestion = tokens.filter((t, i) => asked.has(clauseOf[i]) && !(lx.possessives.has(t.norm) && organisations.has(i + 1)));
  return inQuestion.some((t) => b.refers.has(t.norm)) && !inQuestion.some((t) => b.notRefers.has(t.norm));
}

/**
 * Of the kinds of person in `present` (more than one), the one kind the question points back at (see pointsBackTo). Only
 * among kinds that byDeed says how to point at: "haar" may be a child as well as the victim.
 */
function pronounReference(lx: Lexicon, tokens: Token[], mentions: Mention[], clauses: Clauses, present: Subject[]): Subject | undefined {
  if (new Set(present).size < 2 || !present.every((p) => lx.byDeed.some((b) => b.subject === p))) return undefined;
  const meant = lx.byDeed.filter((b) => present.includes(b.subject) && pointsBackTo(lx, tokens, mentions, clauses, b));
  return meant.length === 1 ? meant[0]!.subject : undefined;
}

/**
 * "een man die er al dagen rondhangt": a clause opened by "er" right after a relative pronoun goes on saying what the
 * man does.
 */
function relativeGoesOn(lx: Lexicon, tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  return !t.sentenceStart && !t.afterComma && lx.relativePronouns.has(tokens[j - 1]?.norm ?? '');
}

/** The kind of person right after "aan" / "to" ("aan de pleger", "to her ex"), when that is what receives. */
function personReceiving(lx: Lexicon, mentions: Mention[], tokens: Token[]): Subject | undefined {
  const stricter = vocabulary().stricterSubjects;
  for (const m of mentions) {
    if (m.concept.kind !== 'subject' || m.concept.also || stricter.has(m.concept.subject)) continue;
    let before = m.start - 1;
    while (before >= 0 && (lx.articles.has(tokens[before]!.norm) || lx.possessives.has(tokens[before]!.norm))) before--;
    if (before >= 0 && lx.receivingPerson.has(tokens[before]!.norm)) return m.concept.subject;
  }
  return undefined;
}

/**
 * A word of `askingWho` right before a person, or before one word and a person ("welke buurvrouw", "wie de melding deed",
 * "welke leerkracht de melding deed"): the question asks who that is.
 */
function whoIsAsked(lx: Lexicon, mentions: Mention[], tokens: Token[]): boolean {
  const asksWho = (i: number) => lx.askingWho.has(tokens[i]?.norm ?? '');
  return mentions.some((m) => m.concept.kind === 'subject' && (asksWho(m.start - 1) || asksWho(m.start - 2)));
}

const personLabel = (subject: Subject): Text => ({
  nl: `${subjectLabel(subject).nl} zelf (een persoon, geen organisatie)`,
  en: `the ${subjectLabel(subject).en} themselves (a person, not an organisation)`,
});

export function parseQuestion(input: string, context: ParseContext): ParsedQuestion {
  const lx = context.lexicon ?? standardLexicon();
  const text = input.slice(0, MAX_LENGTH);
  const tokens = splitCompounds(lx, text, tokenize(text, lx.titles), (norm) => isKnownWordIn(lx)(norm) || fuzzyMatch(lx, norm) !== null);
  const scanned = scan(lx, tokens);
  const mentions = lettingKnow(lx, organisationsAsking(lx, scanned.mentions, tokens), tokens);
  const unknown = scanned.unknown;
  const mentioned = partyMentions(mentions);
  let asker = attachPlaces(mentions, mentioned, context.as, tokens);
  // "als wijkagent in Lelystad", "as a police officer": the asker describing themselves, not a recipient.
  const introduced = (p: PartyMention) => {
    // "ik werk bij (de) politie Limburg", "I work for the Limburg police": skip articles and the place before the party.
    let end = p.start;
    while (end > 0 && (lx.articles.has(tokens[end - 1]!.norm) || mentions.some((m) => m.concept.kind === 'place' && m.start <= end - 1 && end - 1 < m.end))) end--;
    return phraseEndsAt(tokens, end, lx.selfIntro);
  };
  const isSelf = (p: PartyMention) => {
    const before = tokens[p.start - 1]?.norm;
    const described = before === 'als' || before === 'as' || ((before === 'a' || before === 'een') && ['als', 'as'].includes(tokens[p.start - 2]?.norm ?? ''));
    return (described || introduced(p)) && !!asker && asker.party === p.party;
  };
  // "wij (sociaal wijkteam Delfshaven)", "ons plan van aanpak (wijkteam Schiedam)": the asker's own organisation in
  // apposition to "wij" or to what is theirs is the asker, not another side.
  const apposition = (p: PartyMention) => {
    const k = mentions.findIndex((m) => m.start === p.start);
    const [prev, prev2] = [mentions[k - 1], mentions[k - 2]];
    const ours = (m: Mention | undefined) => m?.concept.kind === 'asker' || m?.concept.kind === 'asker-object';
    const owned = !!prev && (prev.concept.kind === 'purpose' || prev.concept.kind === 'data') && ours(prev2) && prev2!.end === prev.start;
    return !!asker && asker.party === p.party && !!prev && prev.end === p.start && (ours(prev) || owned);
  };
  const self = mentioned.find(isSelf) ?? mentioned.find(apposition);
  // A unit the asker names as their own counts even against the directory's: it can only make the answer stricter
  // (a unit outside every covenant is not covered).
  if (self?.unit && asker && (!asker.unit || introduced(self))) asker = { ...asker, unit: self.unit };
  // "mag ik de politie laten weten dat de melding is doorgestuurd naar het lokale veld": after the verb, "dat" opening a
  // clause ("dat de …", "dat hij …") begins what is told; "dat" before a preposition is only "that" ("share that with").
  // The verb of the question is the one after its modal, not one of the situation before it ("… heeft toestemming
  // gegeven dat de wijkagent meedoet. Mag hij …"); a purpose said as the verb opens what is told too ("mogen we
  // terugkoppelen dat …").
  const firstModal = mentions.find((m) => m.concept.kind === 'modal');
  const told = mentions.find(
    (m) => m.start >= (firstModal?.start ?? 0) && ((m.concept.kind === 'verb' && !m.concept.request) || (m.concept.kind === 'purpose' && lx.thatWords.has(tokens[m.end]?.norm ?? ''))),
  );
  // "laten weten dat we de melding hebben doorgestuurd naar het wijkteam": "we" opens the clause told as "hij" does.
  const opensClause = (i: number) => lx.articles.has(tokens[i + 1]?.norm ?? '') || mentions.some((m) => m.start === i + 1 && (m.concept.kind === 'person' || m.concept.kind === 'asker'));
  const thatAt = told ? tokens.findIndex((t, i) => i >= told.end && lx.thatWords.has(t.norm) && opensClause(i)) : -1;
  // "… sturen in plaats van naar VT": the organisation not chosen is no side of the question.
  const notChosen = (p: PartyMention) => {
    let end = p.start;
    while (end > 0 && (lx.articles.has(tokens[end - 1]!.norm) || lx.prepositions.has(tokens[end - 1]!.norm))) end--;
    return phraseEndsAt(tokens, end, lx.insteadOf);
  };
  // "Als VT het zorgformulier niet wil sturen, kan de wijkagent het naar mij doorsturen?": an organisation named only in a
  // clause of condition is no side when the rest of the message names another.
  const clauseOf = clausesOf(lx, tokens);
  const conditions = conditionClauses(lx, mentions, tokens, clauseOf);
  const inCondition = (p: PartyMention) => conditions.has(clauseOf[p.start]!);
  const candidates = mentioned.filter((p) => p !== self && !notChosen(p));
  const outsideConditions = candidates.filter((p) => !inCondition(p));
  const organisations = outsideConditions.length > 0 ? outsideConditions : candidates;
  const beforeThat = organisations.filter((p) => p.start < thatAt);
  const parties = thatAt >= 0 && beforeThat.length > 0 ? beforeThat : organisations;
  const clauses: Clauses = { clauseOf, asked: questionClauses(mentions, clauseOf), sentenceOf: sentencesOf(tokens) };
  const { data, unlisted, purposes } = readDataAndPurpose(lx, mentions, tokens, clauses);
  // "de THV-informatie over de pleger": data defined by a purpose are for that purpose when the question names none.
  let purpose = pickPurpose(purposes) ?? impliedPurpose(lx, mentions, data);
  // The local field's municipality: its own, or the one it names ("wij (wijkteam Schiedam) …").
  const localUnit = asker?.party === 'lokaal-veld' ? (asker.unit ?? mentioned.find((p) => p.party === 'lokaal-veld' && p.unit)?.unit) : undefined;
  // The police unit of a Veilig Thuis region, the region of a police unit: from places.yaml, where only one fits.
  const ownArea = asker?.unit && (asker.party === 'politie' || asker.party === 'veilig-thuis') ? lx.areaOfUnit.get(formatPartyRef(asker)!) : undefined;
  const area = localUnit ? lx.areaOfMunicipality.get(localUnit) : ownArea;
  if (asker && localUnit && !asker.unit) asker = { ...asker, unit: localUnit };
  const direction = readDirection(lx, mentions, parties, asker, purpose, area, tokens, clauses);
  const nonParties: NonPartyMention[] = [];
  const side = (role: 'from' | 'to'): PartyRef | undefined => {
    const ref = direction[role];
    if (ref && !isPartyRef(ref)) nonParties.push({ role, kind: 'organisation', ...ref.outside });
    return isPartyRef(ref) ? ref : undefined;
  };
  const slotsOf = { from: side('from'), to: side('to') };
  // "mag ik haar adres aan de pleger geven": a person (not an organisation) as the receiver. The covenants only govern
  // sharing between organisations, so no covenant covers it. A reporter or witness can be a professional ("aan de
  // melder terugkoppelen" is 004's feedback to the police), so only the other kinds of person count.
  const personTo = !slotsOf.to && !direction.to && direction.direction !== 'asker-receives' ? personReceiving(lx, mentions, tokens) : undefined;
  if (personTo) nonParties.push({ role: 'to', kind: 'organisation', id: `persoon:${personTo}`, label: personLabel(personTo) });
  // "een zorgmelding over een gezin": a whole report names nobody, and is about the people data-categories.yaml lists.
  const wholeReport = data.length > 0 && data.every((d) => lx.aboutOfData.has(d)) ? [...new Set(collect(data, (d) => lx.aboutOfData.get(d)!))] : [];
  const about = collect(data, (d) => lx.aboutOfData.get(d) ?? []);
  const owner = ownerOfData(lx, data);
  const pickedSubjects = pickSubjects(lx, mentions, tokens, clauses, context.as && lx.askerClients.get(context.as.party), { about, aboutDefault: wholeReport.length > 0, owner });
  const byDeed = pickedSubjects.length === 0 ? (personByDeed(lx, tokens, mentions, clauses) ?? personByData(lx, tokens, clauses, owner)) : undefined;
  const named = byDeed ? [byDeed] : pickedSubjects;
  const subjects = named.length > 0 ? named : wholeReport;
  const meldenBijVt = slotsOf.to?.party === 'veilig-thuis' && tokens.some((t) => lx.reportingToVt.has(t.norm));
  // "mogen wij de zorgmelding naar Veilig Thuis sturen": passing the report itself to Veilig Thuis is reporting.
  const reportToVt = slotsOf.to?.party === 'veilig-thuis' && slotsOf.from?.party !== 'veilig-thuis' && data.includes('zorgmelding');
  if (!purpose && (meldenBijVt || reportToVt)) purpose = 'zorgmelding';
  // "de wijkagent die de melding deed laten weten dat de melding in onderzoek is genomen": the outcome told to the reporter.
  const toReporter = slotsOf.from?.party === 'veilig-thuis' && data.includes('triage-uitkomst') && subjects.includes('melder');
  if (!purpose && toReporter) purpose = 'terugkoppeling';
  // "mag ik de relevante bevindingen overdragen aan het wijkteam": Veilig Thuis handing over to the local field is the
  // handover after triage, for the support of the family (seed 004 stap 3).
  const handover = slotsOf.from?.party === 'veilig-thuis' && slotsOf.to?.party === 'lokaal-veld' && hasPhrase(tokens, lx.handingOver);
  if (!purpose && handover) purpose = 'hulpverlening';
  // Nobody shares with their own organisation; and a report of concerns always goes to Veilig Thuis.
  const sameUnit = (a: PartyRef, b: PartyRef) => !a.unit || !b.unit || a.unit === b.unit;
  if (slotsOf.to && slotsOf.from && slotsOf.to.party === slotsOf.from.party && sameUnit(slotsOf.to, slotsOf.from)) slotsOf.to = undefined;
  if (!slotsOf.from && !direction.from && direction.direction === 'asker-receives' && unlisted.length === 0) slotsOf.from = impliedHolder(lx, mentions, mentioned, data, asker, area);
  const toOutside = !!direction.to && !isPartyRef(direction.to);
  // Unless the question goes round Veilig Thuis ("zonder Veilig Thuis … bij het wijkteam neerleggen").
  const vtNotChosen = mentioned.some((p) => p.party === 'veilig-thuis' && notChosen(p));
  if (purpose === 'zorgmelding' && !slotsOf.to && !toOutside && !vtNotChosen && slotsOf.from?.party !== 'veilig-thuis') slotsOf.to = { party: 'veilig-thuis' };
  // A police unit or Veilig Thuis region no covenant names ("politie Den Haag"): named so the answer can say so.
  for (const role of ['from', 'to'] as const) {
    const ref = slotsOf[role];
    const known = ref?.unit ? knownUnits(ref.party) : [];
    const label = ref?.unit && known.length > 0 && !known.includes(ref.unit) ? lx.unitLabels.get(ref.unit) : undefined;
    if (ref && label) nonParties.push({ role, kind: 'unit', id: formatPartyRef(ref)!, label: partyUnitLabel(ref.party, label) });
  }

  // "de rechercheleider zegt dat dit het onderzoek schaadt": a condition said not to be met, unless a word of not stands
  // right before or after it ("schaadt het onderzoek niet").
  const not = (i: number) => lx.notWords.has(tokens[i]?.norm ?? '');
  // "zonder het gezin in te lichten … omdat dat moeder in gevaar brengt": a reason the requirement itself allows (`unless`).
  const excused = (c: Concept) => c.kind === 'not-met' && !!c.unless && hasPhrase(tokens, c.unless);
  const conditionsNotMet = [
    ...new Set(collect(mentions, (m) => (m.concept.kind === 'not-met' && !not(m.start - 1) && !not(m.start - 2) && !not(m.end) && !excused(m.concept) ? [m.concept.condition] : []))),
  ];
  const consentMentions = mentions.filter((m) => m.concept.kind === 'consent');
  const consent = consentMentions.length > 0 && consentMentions.every((m) => m.concept.kind === 'consent' && m.concept.value);
  // Danger now (112 first): src/nlu/danger-now.ts.
  // Before the reader's own reading of requests: to danger now, every word of asking asks.
  const danger = readDanger({
    lx,
    mentions: scanned.mentions,
    tokens,
    clauseOf,
    questionClauses: clauses.asked,
    sentenceOf: clauses.sentenceOf,
    namesWhatIsShared: data.length > 0 || purposes.length > 0,
  });
  const weaponAsked = danger.weaponAsTopic && data.length === 0;
  if (weaponAsked) data.push(weaponInPlace(lx, scanned.mentions, tokens) ? 'veiligheidsinformatie' : 'gevarenclassificatie');
  // "welke buurvrouw de melding deed", "which neighbour reported the family": asked who someone is, nothing else named.
  if (data.length === 0 && unlisted.length === 0 && whoIsAsked(lx, mentions, tokens)) data.push('naw');
  // "of hij een wapen heeft": the classification asked only by its weapon is his, as when it is named (personByData).
  const byWeapon = weaponAsked && named.length === 0 ? personByData(lx, tokens, clauses, ownerOfData(lx, data)) : undefined;
  const acute = danger.acute;

  const personalData = findPersonalData(text, tokens, isKnownWordIn(lx), lx);
  // Never echo what could be personal data: capitalised words, numbers, and words after a title.
  const mayBePersonal = (i: number) => {
    const t = tokens[i]!;
    return (!t.sentenceStart && /^\p{Lu}/u.test(t.raw)) || /\d/.test(t.norm) || lx.titles.has(tokens[i - 1]?.norm ?? '');
  };
  const notUnderstood = unknown.filter((i) => tokens[i]!.norm.length > 2 && !mayBePersonal(i)).map((i) => tokens[i]!.norm);

  return {
    slots: {
      from: slotsOf.from,
      to: slotsOf.to,
      // A whole report about the family names nobody: each person in it is decided (subjectCandidates), none is the subject.
      subject: named[0] ?? byWeapon ?? (wholeReport.length === 1 ? wholeReport[0] : undefined),
      data,
      purpose,
      consent,
      acute,
    },
    direction: direction.direction,
    nonParties,
    subjectCandidates: subjects.length > 1 ? subjects : [],
    unlistedData: unlisted.map(({ id, label }) => ({ id, label })),
    // Unlisted data is understood as "no category": still reported, so no answer treats the question as fully read.
    notUnderstood: [...new Set([...collect(unlisted, (u) => u.words.filter((w) => !lx.stopwords.has(w))), ...notUnderstood])],
    unknownItems: unknownItems(lx, tokens, mentions, unknown),
    personalData,
    conditionsNotMet,
    ...(pastPeriod(lx, tokens) ?? {}),
    lang: detectLanguage(lx, tokens),
  };
}

/**
 * The clauses of condition, of more than three words ("Als VT het zorgformulier niet wil sturen, …"). "Als" before a role,
 * in a clause that goes on with its modal and the asker ("Als voorzitter van het Jeugdbeschermingsplein wil ik …", "Als OvJ
 * wil ik"), is "as", not "if".
 */
function conditionClauses(lx: Lexicon, mentions: Mention[], tokens: Token[], clauseOf: number[]): Set<number> {
  const out = new Set<number>();
  const role = (i: number) => mentions.some((m) => m.start === i && ROLE_KINDS.has(m.concept.kind));
  clauseOf.forEach((clause, first) => {
    if ((first > 0 && clauseOf[first - 1] === clause) || !lx.conditionals.has(tokens[first]!.norm)) return;
    if (clauseOf.filter((c) => c === clause).length <= 3) return;
    const modalThenAsker = mentions.some((m, k) => m.concept.kind === 'modal' && clauseOf[m.start] === clause && mentions[k + 1]?.concept.kind === 'asker' && mentions[k + 1]!.start === m.end);
    const as = (role(first + 1) || (lx.articles.has(tokens[first + 1]?.norm ?? '') && role(first + 2))) && modalThenAsker;
    if (!as) out.add(clause);
  });
  return out;
}

const YEAR_TOKEN = /^(19|20)\d\d$/;
const DAY_TOKEN = /^\d{1,2}$/;

/**
 * "In het voorjaar van 2022 heb ik … gegeven. Was dat volgens het convenant toegestaan?": a question about a disclosure
 * in the past (grammar.yaml `retrospective`) that names a year, with a month or season ("periods") and a day or not, is
 * about those days. The first year named counts.
 */
function pastPeriod(lx: Lexicon, tokens: Token[]): { pastPeriod: { from: string; until: string } } | undefined {
  if (!hasPhrase(tokens, lx.retrospective)) return undefined;
  const at = tokens.findIndex((t) => YEAR_TOKEN.test(t.norm));
  if (at < 0) return undefined;
  const year = tokens[at]!.norm;
  // The month or season up to three words before the year ("voorjaar van 2022", "1 maart 2023", "in maart of 2022").
  for (let j = at - 1; j >= Math.max(0, at - 3); j--) {
    const period = lx.periodOf.get(tokens[j]!.norm);
    if (!period) continue;
    const day = tokens[j - 1]?.norm;
    if (day && DAY_TOKEN.test(day) && Number(day) >= 1 && Number(day) <= 31) {
      const date = `${year}-${period.from.slice(0, 2)}-${day.padStart(2, '0')}`;
      return { pastPeriod: { from: date, until: date } };
    }
    return { pastPeriod: { from: `${year}-${period.from}`, until: `${year}-${period.until}` } };
  }
  return { pastPeriod: { from: `${year}-01-01`, until: `${year}-12-31` } };
}

/** The kinds of personal data in any text a user typed (a case reference, a reason). The text is not kept. */
export function personalDataIn(text: string): PersonalDataKind[] {
  const clipped = text.slice(0, MAX_LENGTH);
  const lx = standardLexicon();
  return findPersonalData(clipped, tokenize(clipped, lx.titles), isKnownWordIn(lx), lx);
}
