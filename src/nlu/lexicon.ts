// The lexicon compiled for the reader: every phrase of the data files mapped to what it means. Pure: the files are
// read by lexicon-files.ts; this turns their checked contents into lookup tables.
import type { DataCategory, Party, Purpose, Subject, Text } from '../vocabulary';
import type { LexiconFiles } from './lexicon-schema';
import { normalizeWord } from './tokens';
import { cueVariants } from './cue-variants';

export type Concept =
  | { kind: 'party'; party: Party }
  /** `municipality`: the place's own name where a short form was typed ("dordt" is Dordrecht). */
  | { kind: 'place'; label: string; politie?: string; vt?: string; municipality?: string }
  | { kind: 'non-party'; id: string; label: Text }
  /** `also`: the other persons the words may name ("de moeder": slachtoffer or pleger). */
  | { kind: 'subject'; subject: Subject; also?: Subject[] }
  | { kind: 'data'; data: DataCategory }
  | { kind: 'purpose'; purpose: Purpose }
  /** Data no category covers ("gespreksverslagen"): named so the answer can refuse it, never dropped. */
  | { kind: 'unlisted'; id: string; label: Text }
  /** Words that are a data category or a purpose depending on the words around them. */
  | { kind: 'ambiguous'; data?: DataCategory; purpose: Purpose }
  | { kind: 'consent'; value: boolean }
  /** A condition of the rules the question says is not met ("het onderzoek schaadt"): its id in the rulebooks. */
  | { kind: 'not-met'; condition: string; unless?: string[][] }
  | { kind: 'acute' }
  /** Violence or a threatening presence described as it happens ("staat voor de deur", "wordt geslagen"). */
  | { kind: 'happening' }
  /** A threat to kill or seriously harm ("zegt dat hij haar vermoordt"). */
  | { kind: 'threat' }
  | { kind: 'weapon' }
  | { kind: 'now' }
  /** Danger said not to be there now ("geen acuut gevaar"). */
  | { kind: 'calm' }
  /** Someone acting ("hij", "de ex", "a man"): with no question about sharing, the message describes a situation. */
  | { kind: 'person' }
  /** Words that make a message a question rather than a description ("vraagje"). */
  | { kind: 'asking' }
  | { kind: 'past' }
  /** `request`: an organisation asking for information ("de politie vraagt ons", "3RO wil weten"); weak, it receives. */
  | { kind: 'verb'; direction: 'give' | 'get'; weak?: boolean; request?: boolean }
  /**
   * Words of asking ("vraagt", "wil weten", "belt"): an organisation's request right after one, else nothing; a
   * request for information, not a description of danger.
   */
  | { kind: 'request' }
  | { kind: 'prep'; direction: 'to' | 'from' | 'via' | 'for' | 'about' }
  | { kind: 'asker' }
  | { kind: 'asker-object' }
  /** `permission`: it asks what may be done ("mag ik", "is het toegestaan"), unlike "kan" or "moet". */
  | { kind: 'modal'; permission?: boolean }
  | { kind: 'unit-word' }
  /** "eenheid", "district": a police unit even without the word politie. */
  | { kind: 'police-unit-word' }
  | { kind: 'filler' };

export interface PhraseEntry {
  words: string[];
  concept: Concept;
}

export interface Lexicon {
  /** Phrases by their first word, longest first, so the reader matches the longest phrase at each position. */
  phrasesByFirstWord: Map<string, PhraseEntry[]>;
  /** Phrases of two words or more by their first two words ("staat voor"), longest first. */
  phrasesByFirstTwo: Map<string, Map<string, PhraseEntry[]>>;
  /** The entry of a word on its own, if it has one (the first of phrasesByFirstWord's of one word). */
  oneWord: Map<string, PhraseEntry>;
  /** Single content words of at least five letters, by length, for typo tolerance. */
  fuzzyWords: Map<string, string[]>;
  /** Fuzzy targets a typo reaches only by an ending added ("gegild" for "gegil"): short words of danger. */
  endingOnly: Set<string>;
  /** Words that may stand right after a cue's first word ("gooit weer met"); a word of now among them makes it acute. */
  insideCues: Set<string>;
  /** First words of a cue that take nothing inside ("is": "asks if she is still here" is no "is here"). */
  notBeforeInside: Set<string>;
  /** The first words of what may stand inside a cue: `insideCues` and phrases of now. */
  insideStarts: Set<string>;
  /** The stopwords, determiners and joiners: never reported as not understood. */
  stopwords: Set<string>;
  /** Words that are understood without a meaning of their own: known words, adverbs, months and the parts of phrases. */
  knownWords: Set<string>;
  englishMarkers: Set<string>;
  dutchMarkers: Set<string>;
  /** The label of each place's police unit, for units no covenant names ("den-haag" → "Den Haag"). */
  unitLabels: Map<string, string>;
  /** The police unit and Veilig Thuis region of each municipality (as the local field's unit is written: "capelle-aan-den-ijssel"). */
  areaOfMunicipality: Map<string, { politie?: string; vt?: string }>;
  /** By `politie:unit` or `veilig-thuis:region`: the one Veilig Thuis region or police unit its places share, where only one does. */
  areaOfUnit: Map<string, { politie?: string; vt?: string }>;
  /** Words that open a clause telling the situation rather than what is shared ("want hij …", "er zijn …"). */
  contextStarts: Set<string>;
  /** Words before a weapon that make it the topic of a question ("of hij een wapen heeft"). */
  weaponTopic: Set<string>;
  /** Words before an event that make it the topic of a question ("de getuigen van de vechtpartij"). */
  eventTopic: Set<string>;
  /** Right before a year ("in 2023"): the sentence tells the past. */
  beforeYear: Set<string>;
  beforeMonth: Set<string>;
  /** What may stand beside a word of now in a clause that says nothing else ("…, en vandaag weer"). */
  besideNow: Set<string>;
  /** Right after a person, a clause that says who the person is ("de man die haar slaat"). */
  relativePronouns: Set<string>;
  /** After danger is told, a past word following one of these in its clause tells why ("… after both parents were taken away"). */
  pastAside: Set<string>;
  /** Where the tense may change inside a clause, the past and present forms of verbs, a threat in the perfect tense. */
  tenseBreaks: Set<string>;
  pastForms: Set<string>;
  presentForms: Set<string>;
  threatParticiples: Set<string>;
  havingVerbs: Set<string>;
  /** Before a word of now, no now ("never … again"). */
  neverWords: Set<string>;
  /** consent.yaml's words of not: beside a condition said not to be met, it is met after all. */
  notWords: Set<string>;
  /** consent.yaml's notMet: the ids of the conditions its words say are not met (checked against the rulebooks when they load). */
  conditionsNotMet: string[];
  /** "Als hij …, mag ik dan …": a clause opened by a conditional, the question with a word of then. */
  conditionals: Set<string>;
  violenceParticiples: Set<string>;
  beingDone: Set<string>;
  thenWords: Set<string>;
  justDone: Set<string>;
  /** Cues in parts with words between (danger-now.ts), each part's phrases, by the first words of their first parts. */
  apartCues: Map<string, ApartCue[]>;
  nounAfter: Set<string>;
  fiction: Set<string>;
  fictionSettings: Set<string>;
  fictionPrepositions: Set<string>;
  endangering: Set<string>;
  consequenceWords: Set<string>;
  threatVerbs: Set<string>;
  harmlessThreats: Set<string>;
  /** The names of the months: after a word of `beforeYear` ("in mei"), as a year, the past. */
  months: Set<string>;
  /** Between a modal verb and who acts ("mag de kinderopvang"). */
  determiners: Set<string>;
  /** The determiners and more ("alle", "these"): before a word not understood, it is the object of the question ("het letselrapport"). */
  objectDeterminers: Set<string>;
  /** Every single-word preposition: of direction, `against` and the others ("tijdens"). */
  prepositions: Set<string>;
  /** Words that open a clause of its own ("dat", "zodat", "whether"). */
  subordinators: Set<string>;
  /** Adverbs that stand where a noun could ("rechtstreeks"): never what is shared. */
  adverbs: Set<string>;
  /** Words joining a word to a data category ("en", "and"). */
  joiners: Set<string>;
  /** Pronouns pointing back at what a sentence before named ("dat", "everything"). */
  pointingBack: Set<string>;
  /** Forms of asking, after which "om"/"for" opens what is asked for. */
  askingVerbs: Set<string>;
  /** Words right before a name ("mevrouw", "dhr"). */
  titles: Set<string>;
  /** The reader's small words, from grammar.yaml (see there). */
  articles: Set<string>;
  personJoiners: Set<string>;
  personAnd: Set<string>;
  receivingPerson: Set<string>;
  reportingVerbs: Set<string>;
  askingWho: Set<string>;
  memberWords: Set<string>;
  reportingToVt: Set<string>;
  lettingKnow: Set<string>;
  pretending: string[][];
  weaponPlaces: string[][];
  purposeClause: Set<string>;
  informationWords: Set<string>;
  holdingVerbs: Set<string>;
  beingInWords: Set<string>;
  handingOver: string[][];
  absentWords: Set<string>;
  whichWords: Set<string>;
  insteadOf: string[][];
  labelWords: Set<string>;
  receivingAsker: Set<string>;
  retrospective: string[][];
  /** The days of the year a month or season spans, by each of its words. */
  periodOf: Map<string, { from: string; until: string }>;
  /** A date with the month in words ("12 maart 1990", "3 mrt. 2015"); the year is its first group. */
  writtenDate: RegExp;
  /** A word of birth at the end of a text ("geboren op", "geb.:", "date of birth"): a date right after it is one of birth. */
  birthWordAtEnd: RegExp;
  /** Whom a whole report is about when the question names nobody ("een zorgmelding": the family). */
  aboutOfData: Map<DataCategory, Subject[]>;
  /** The one party that holds a data category ("de gevarenclassificatie": the police), where only one does. */
  holderOfData: Map<DataCategory, Party>;
  /** The purpose a data category is defined by ("informatie ten behoeve van het THV-proces"), where it is. */
  purposeOfData: Map<DataCategory, Purpose>;
  /** Words that open what is told ("laten weten dat …"). */
  thatWords: Set<string>;
  /** Words right before the person accused ("tegen meneer"). */
  against: Set<string>;
  /** Words for a person's own ("haar", "wier"): the person before one owns the person after it. */
  possessives: Set<string>;
  /** Phrases (normalised words) by which the asker says where they work, right before the organisation. */
  selfIntro: string[][];
  /** Persons described by what they did (subjects.yaml `byDeed`), with each list's words normalised. */
  byDeed: PersonByDeed[];
  /** Persons referred to by data that belong to them (subjects.yaml `byData`), with each list's words normalised. */
  byData: PersonByData[];
  /** The one kind of person a data category belongs to (data-categories.yaml `belongsTo`). */
  ownerOfData: Map<DataCategory, Subject>;
  /** Per asking party, words whose person differs from their usual one ("cliënt" at the probation service). */
  askerClients: Map<Party, Map<string, Subject>>;
}

/** "kan de politie ons zijn alcohol flags geven": a person only referred to, whose data say who they are. */
export interface PersonByData {
  subject: Subject;
  refers: Set<string>;
  notRefers: Set<string>;
  /** The other readings of a word that may name either person ("stiefvader": pleger or derde) that this one wins over. */
  over: Set<Subject>;
}

/** "hij was nog dreigend", "de man die haar sloeg": an actor, then a deed in the same clause, with no other actor between. */
export interface PersonByDeed {
  subject: Subject;
  actors: Set<string>;
  /** Deeds as phrases of normalised words. */
  deeds: string[][];
  /** "hij heeft haar mishandeld": a participle is a deed after an auxiliary of the active ("heeft"), never after one of
   * the passive ("he has been hit", "hij heeft gezegd dat hij is geslagen"). */
  auxiliaries: Set<string>;
  passives: Set<string>;
  participles: Set<string>;
  /** Words by which the question refers to the person ("zijn", "his"), and words that refer to someone else ("haar"). */
  refers: Set<string>;
  notRefers: Set<string>;
  /** Actors of the other sex between the actor and the deed ("hij zegt dat zij sloeg"). */
  notActors: Set<string>;
}

/** Where a value of a file is, for messages: `(path) => "places.yaml line 12"`. */
export type SourceLine = (path: readonly PropertyKey[]) => string;

interface Source {
  phrases: string[];
  concept: Concept;
  /** Where each phrase is written. */
  at: (k: number) => string;
}

const normalizePhrase = (phrase: string) => phrase.split(/\s+/).map(normalizeWord).filter(Boolean);
/** A regular expression's alternatives for words as typed; a full stop ending one may be left out ("geb." or "geb"). */
const alternatives = (words: string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\.$/, '\\.?')).join('|');

/** The small words of the grammar: never the target of a typo. */
const FUNCTION_KINDS = new Set<Concept['kind']>(['prep', 'filler', 'verb', 'modal', 'asker', 'asker-object', 'person', 'asking', 'request']);
const isContent = (c: Concept) => !FUNCTION_KINDS.has(c.kind);
/** The kinds of cue that tell of danger: danger now when they speak of the present; a short one is no typo's target. */
/** A cue in parts with words between (danger.yaml `apartCues`): each part's phrases, in words. */
export interface ApartCue {
  parts: string[][][];
  someone: boolean;
  now: boolean;
  reach: number;
}

/** The cues in parts by the first word of each phrase of their first part: most words open none. */
function apartCuesByStart(cues: { parts: string[][]; someone?: boolean; now?: boolean; reach?: number }[]): Map<string, ApartCue[]> {
  const byStart = new Map<string, ApartCue[]>();
  for (const c of cues) {
    const cue: ApartCue = { parts: c.parts.map((part) => part.map(normalizePhrase)), someone: c.someone === true, now: c.now === true, reach: c.reach ?? 10 };
    for (const first of new Set(cue.parts[0]!.map((words) => words[0]!))) byStart.set(first, [...(byStart.get(first) ?? []), cue]);
  }
  return byStart;
}

/** Who could act right after a modal of permission ("mag ik", "mag de politie", "mag de moeder"): the asker, an organisation, a person. */
export const ACTOR_KINDS: ReadonlySet<Concept['kind']> = new Set<Concept['kind']>(['asker', 'party', 'non-party', 'subject', 'person']);

export const DANGER_CUE_KINDS: ReadonlySet<Concept['kind']> = new Set<Concept['kind']>(['happening', 'threat', 'weapon']);
/** Those cues and the words of acute danger: the phrases that take a word inside or another determiner (cue-variants.ts). */
export const CUE_OR_ACUTE_KINDS: ReadonlySet<Concept['kind']> = new Set<Concept['kind']>([...DANGER_CUE_KINDS, 'acute']);

/** A phrase of the lexicon found in a question: its meaning and the tokens it spans (`end` exclusive). */
export interface Mention {
  concept: Concept;
  start: number;
  end: number;
}

function sources(files: LexiconFiles, where: Record<keyof LexiconFiles, SourceLine>): Source[] {
  const out: Source[] = [];
  const add = (file: keyof LexiconFiles, path: (string | number)[], phrases: string[], concept: Concept) => out.push({ phrases, concept, at: (k) => where[file]([...path, k]) });
  files.parties.parties.forEach((e, i) => add('parties', ['parties', i, 'words'], e.words, { kind: 'party', party: e.id }));
  files.places.places.forEach((e, i) => {
    add('places', ['places', i, 'words'], e.words, { kind: 'place', label: e.label, politie: e.politie, vt: e.veiligThuis });
    e.districts.forEach((d, j) =>
      add('places', ['places', i, 'districts', j, 'words'], d.words, { kind: 'place', label: e.label, politie: e.politie, vt: e.veiligThuis, municipality: d.municipality }),
    );
  });
  add('places', ['unitWords'], files.places.unitWords, { kind: 'unit-word' });
  add('places', ['policeUnitWords'], files.places.policeUnitWords, { kind: 'police-unit-word' });
  files['non-parties'].nonParties.forEach((e, i) => add('non-parties', ['nonParties', i, 'words'], e.words, { kind: 'non-party', id: e.id, label: e.label }));
  files.subjects.subjects.forEach((e, i) => add('subjects', ['subjects', i, 'words'], e.words, { kind: 'subject', subject: e.id }));
  files.subjects.eitherOf.forEach((e, i) => add('subjects', ['eitherOf', i, 'words'], e.words, { kind: 'subject', subject: e.subjects[0]!, also: e.subjects.slice(1) }));
  const dc = files['data-categories'];
  dc.dataCategories.forEach((e, i) => add('data-categories', ['dataCategories', i, 'words'], e.words, { kind: 'data', data: e.id }));
  dc.ambiguous.forEach((e, i) =>
    add('data-categories', ['ambiguous', i, 'words'], e.words, e.data ? { kind: 'ambiguous', data: e.data, purpose: e.purpose } : { kind: 'ambiguous', purpose: e.purpose }),
  );
  dc.unlisted.forEach((e, i) => add('data-categories', ['unlisted', i, 'words'], e.words, { kind: 'unlisted', id: e.id, label: e.label }));
  files.purposes.purposes.forEach((e, i) => add('purposes', ['purposes', i, 'words'], e.words, { kind: 'purpose', purpose: e.id }));
  add('consent', ['given'], files.consent.given, { kind: 'consent', value: true });
  add('consent', ['refused'], files.consent.refused, { kind: 'consent', value: false });
  files.consent.notMet.forEach((e, i) =>
    add('consent', ['notMet', i, 'words'], e.words, { kind: 'not-met', condition: e.condition, ...(e.unless ? { unless: e.unless.map((w) => normalizePhrase(w)) } : {}) }),
  );
  const danger = files.danger;
  for (const kind of ['acute', 'happening', 'threat', 'weapon', 'now', 'past'] as const) add('danger', [kind], danger[kind], { kind });
  add('danger', ['persons'], danger.persons, { kind: 'person' });
  add('danger', ['asking'], danger.asking, { kind: 'asking' });
  add('danger', ['calm'], danger.calm, { kind: 'calm' });
  const g = files.grammar;
  add('grammar', ['give'], g.give, { kind: 'verb', direction: 'give' });
  add('grammar', ['get'], g.get, { kind: 'verb', direction: 'get' });
  // Weak: "ff checken", "vragen": only decide the direction when no other verb does.
  add('grammar', ['weakGet'], g.weakGet, { kind: 'verb', direction: 'get', weak: true });
  add('grammar', ['prepTo'], g.prepTo, { kind: 'prep', direction: 'to' });
  add('grammar', ['prepFrom'], g.prepFrom, { kind: 'prep', direction: 'from' });
  add('grammar', ['prepVia'], g.prepVia, { kind: 'prep', direction: 'via' });
  add('grammar', ['prepFor'], g.prepFor, { kind: 'prep', direction: 'for' });
  add('grammar', ['prepAbout'], g.prepAbout, { kind: 'prep', direction: 'about' });
  add('grammar', ['asker'], g.asker, { kind: 'asker' });
  add('grammar', ['askerObject'], g.askerObject, { kind: 'asker-object' });
  add('grammar', ['modal'], g.modal, { kind: 'modal' });
  add('grammar', ['permission'], g.permission, { kind: 'modal', permission: true });
  add('grammar', ['requests'], g.requests, { kind: 'request' });
  add('grammar', ['filler'], g.filler, { kind: 'filler' });
  return out;
}

const sameConcept = (a: Concept, b: Concept) => JSON.stringify(a) === JSON.stringify(b);

/** Compiles checked lexicon files; returns an error naming file and line when two entries claim one phrase, or an abbreviation means nothing known. */
export function compileLexicon(files: LexiconFiles, where: Record<keyof LexiconFiles, SourceLine>): Lexicon | { error: string } {
  const list = sources(files, where);
  // Where an entry stands is worked out only for a message: it needs the file's positions, read only then.
  const byPhrase = new Map<string, { concept: Concept; at: () => string }[]>();
  const problems: string[] = [];
  for (const source of list) {
    source.phrases.forEach((phrase, k) => {
      const key = normalizePhrase(phrase).join(' ');
      const known = byPhrase.get(key) ?? [];
      const clash = known.find((x) => !sameConcept(x.concept, source.concept));
      if (clash) problems.push(`${source.at(k)}: "${phrase}" is already listed at ${clash.at()} with another meaning`);
      if (!known.some((x) => sameConcept(x.concept, source.concept))) known.push({ concept: source.concept, at: () => source.at(k) });
      byPhrase.set(key, known);
    });
  }
  files.abbreviations.abbreviations.forEach((a, i) => {
    const meant = byPhrase.get(normalizePhrase(a.means).join(' '));
    if (!meant) {
      problems.push(`${where.abbreviations(['abbreviations', i, 'means'])}: "${a.means}" is not a word of the lexicon, so "${a.short}" means nothing yet`);
      return;
    }
    const key = normalizePhrase(a.short).join(' ');
    const known = byPhrase.get(key) ?? [];
    for (const m of meant) {
      const concept: Concept = m.concept.kind === 'place' ? { ...m.concept, municipality: m.concept.municipality ?? normalizePhrase(a.means).join('-') } : m.concept;
      if (!known.some((x) => sameConcept(x.concept, concept))) known.push({ concept, at: () => where.abbreviations(['abbreviations', i, 'short']) });
    }
    byPhrase.set(key, known);
  });
  if (problems.length > 0) return { error: `the lexicon has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}` };

  const phrasesByFirstWord = new Map<string, PhraseEntry[]>();
  const registered = new Set<string>();
  const register = (words: string[], concept: Concept) => {
    const key = words.join(' ');
    if (registered.has(key)) return;
    registered.add(key);
    const first = words[0]!;
    const entries = phrasesByFirstWord.get(first);
    if (entries) entries.push({ words, concept });
    else phrasesByFirstWord.set(first, [{ words, concept }]);
  };
  for (const [key, meanings] of byPhrase) {
    const words = key.split(' ');
    const concept = meanings[0]!.concept;
    register(words, concept);
    // "Rotterdam-Rijnmond" arrives as one token: register the joined form of every phrase too. A place keeps the
    // municipality of its words ("Goeree-Overflakkee" is goeree-overflakkee, as "Goeree Overflakkee" is).
    if (words.length > 1) register([words.join('')], concept.kind === 'place' && !concept.municipality ? { ...concept, municipality: words.join('-') } : concept);
  }
  const danger = files.danger;
  const variants = cueVariants(
    [...byPhrase].map(([key, meanings]) => [key.split(' '), meanings[0]!.concept]),
    (key) => byPhrase.has(key),
    danger.determinerGroups.map((g) => g.flatMap(normalizePhrase)),
    CUE_OR_ACUTE_KINDS,
  );
  for (const [words, concept] of variants) register(words, concept);
  for (const entries of phrasesByFirstWord.values()) entries.sort((a, b) => b.words.length - a.words.length);
  // The word alone, found without going through the phrases it opens (sorted longest first, it comes last).
  const oneWord = new Map<string, PhraseEntry>();
  for (const [word, entries] of phrasesByFirstWord) {
    const one = entries.find((e) => e.words.length === 1);
    if (one) oneWord.set(word, one);
  }
  // Phrases of two words or more by their first two: a common first word ("hij", "de") opens hundreds of phrases.
  // A map per first word, so that looking up a token's two words builds no key string.
  const phrasesByFirstTwo = new Map<string, Map<string, PhraseEntry[]>>();
  for (const entries of phrasesByFirstWord.values())
    for (const e of entries) {
      if (e.words.length < 2) continue;
      let bySecond = phrasesByFirstTwo.get(e.words[0]!);
      if (!bySecond) phrasesByFirstTwo.set(e.words[0]!, (bySecond = new Map()));
      const list = bySecond.get(e.words[1]!) ?? [];
      list.push(e);
      bySecond.set(e.words[1]!, list);
    }

  // By length and first letter ("7:v"): a typo keeps its first letter, and a question's unknown word is compared
  // with a few dozen words instead of hundreds.
  const fuzzyWords = new Map<string, string[]>();
  const endingOnly = new Set<string>();
  for (const [word, entries] of phrasesByFirstWord) {
    // Only content words: a typo never turns into a verb or preposition ("gegevens" is not "gegeven").
    // Nor into a place: "woorden" is no typo of Woerden.
    // Nor into data no category covers: "reporter's" is no typo of "reports".
    const content = entries.some((e) => e.words.length === 1 && isContent(e.concept) && e.concept.kind !== 'place' && e.concept.kind !== 'unlisted');
    if (word.length < 5 || !content) continue;
    // A short word of danger only with an ending added ("gegild", "bloedt"): one letter changed or put inside it is
    // another word ("slaapt" is no "slaat", "short" no "shoot", "geboekt" no "gebonkt").
    if (word.length < 8 && entries.some((e) => e.words.length === 1 && DANGER_CUE_KINDS.has(e.concept.kind))) endingOnly.add(word);
    const key = `${word.length}:${word[0]}`;
    const alike = fuzzyWords.get(key) ?? [];
    alike.push(word);
    fuzzyWords.set(key, alike);
  }

  const g = files.grammar;
  const set = (words: string[]) => new Set(words.flatMap(normalizePhrase));
  const knownWords = set([...g.knownWords, ...g.adverbs, ...g.months]);
  // Prepositions of several words ("ten behoeve van") are phrases of direction only, not a word before an object.
  const singleWords = (lists: string[][]) =>
    new Set(
      lists
        .flat()
        .map(normalizePhrase)
        .flatMap((w) => (w.length === 1 ? w : [])),
    );
  const determiners = set(g.determiners);
  for (const entries of phrasesByFirstWord.values()) for (const e of entries) for (const w of e.words) knownWords.add(w);
  const unitLabels = new Map<string, string>();
  const areaOfMunicipality = new Map<string, { politie?: string; vt?: string }>();
  for (const p of files.places.places) {
    if (p.politie) unitLabels.set(p.politie, p.label);
    const area = { politie: p.politie, vt: p.veiligThuis };
    for (const w of p.words) areaOfMunicipality.set(normalizePhrase(w).join('-'), area);
    for (const d of p.districts) areaOfMunicipality.set(d.municipality, area);
  }
  const areaOfUnit = new Map<string, { politie?: string; vt?: string }>();
  const regions = new Map<string, Set<string>>();
  const units = new Map<string, Set<string>>();
  const addTo = (m: Map<string, Set<string>>, key: string, value: string) => m.set(key, (m.get(key) ?? new Set()).add(value));
  for (const p of files.places.places) {
    if (p.politie && p.veiligThuis) {
      addTo(regions, p.politie, p.veiligThuis);
      addTo(units, p.veiligThuis, p.politie);
    }
  }
  for (const [unit, vts] of regions) if (vts.size === 1) areaOfUnit.set(`politie:${unit}`, { vt: [...vts][0] });
  for (const [vt, polities] of units) if (polities.size === 1) areaOfUnit.set(`veilig-thuis:${vt}`, { politie: [...polities][0] });
  const askerClients = new Map<Party, Map<string, Subject>>();
  for (const c of files.subjects.askerClients) {
    const words = askerClients.get(c.party) ?? new Map<string, Subject>();
    for (const w of c.words) words.set(normalizePhrase(w).join(' '), c.subject);
    askerClients.set(c.party, words);
  }
  const byDeed = files.subjects.byDeed.map((b) => ({
    subject: b.subject,
    actors: set(b.actors),
    deeds: b.deeds.map(normalizePhrase),
    auxiliaries: set(b.auxiliaries),
    passives: set(b.passives),
    participles: set(b.participles),
    refers: set(b.refers),
    notRefers: set(b.notRefers),
    notActors: set(b.notActors),
  }));
  const byData = files.subjects.byData.map((b) => ({ subject: b.subject, refers: set(b.refers), notRefers: set(b.notRefers), over: new Set(b.over) }));
  return {
    askerClients,
    byDeed,
    byData,
    ownerOfData: new Map(files['data-categories'].dataCategories.filter((c) => c.belongsTo).map((c) => [c.id, c.belongsTo!])),
    phrasesByFirstWord,
    phrasesByFirstTwo,
    oneWord,
    fuzzyWords,
    endingOnly,
    insideCues: set(danger.insideCues),
    notBeforeInside: set(danger.notBeforeInside),
    insideStarts: new Set([...danger.insideCues.flatMap(normalizePhrase), ...danger.now.map((w) => normalizePhrase(w)[0]!).filter(Boolean)]),
    stopwords: set([...g.stopwords, ...g.determiners, ...g.joiners]),
    contextStarts: set(g.contextStarts),
    weaponTopic: set(files.danger.weaponTopic),
    eventTopic: set(files.danger.eventTopic),
    beforeYear: set(files.danger.beforeYear),
    beforeMonth: set(files.danger.beforeMonth),
    besideNow: set([...g.joiners, ...files.danger.besideNow]),
    relativePronouns: set(files.danger.relativePronouns),
    pastAside: set(files.danger.pastAside),
    tenseBreaks: set(files.danger.tenseBreaks),
    pastForms: set(files.danger.pastForms),
    presentForms: set(files.danger.presentForms),
    threatParticiples: set(files.danger.threatParticiples),
    havingVerbs: set(files.danger.havingVerbs),
    neverWords: set(files.danger.neverWords),
    notWords: set(files.consent.notWords),
    conditionsNotMet: files.consent.notMet.map((e) => e.condition),
    conditionals: set(files.danger.conditionals),
    violenceParticiples: set(files.danger.violenceParticiples),
    beingDone: set(files.danger.beingDone),
    thenWords: set(files.danger.thenWords),
    justDone: set(files.danger.justDone),
    apartCues: apartCuesByStart(files.danger.apartCues),
    nounAfter: set(files.danger.nounAfter),
    fiction: set(files.danger.fiction),
    fictionSettings: set(files.danger.fictionSettings),
    fictionPrepositions: set(files.danger.fictionPrepositions),
    endangering: set(files.danger.endangering),
    consequenceWords: set(files.danger.consequenceWords),
    threatVerbs: set(files.danger.threatVerbs),
    harmlessThreats: set(files.danger.harmlessThreats),
    months: set(g.months),
    determiners,
    objectDeterminers: new Set([...determiners, ...set(g.objectDeterminers)]),
    prepositions: singleWords([g.prepositions, g.prepTo, g.prepFrom, g.prepVia, g.prepFor, g.prepAbout, g.against]),
    subordinators: set([...g.thatWords, ...g.subordinators]),
    adverbs: set(g.adverbs),
    joiners: set(g.joiners),
    pointingBack: set(g.pointingBack),
    askingVerbs: set(g.askingVerbs),
    titles: set(g.titles),
    articles: set(g.articles),
    personJoiners: set(g.personJoiners),
    personAnd: set(g.personAnd),
    receivingPerson: set(g.receivingPerson),
    reportingVerbs: set(g.reportingVerbs),
    askingWho: set(g.askingWho),
    memberWords: set(g.memberWords),
    reportingToVt: set(g.reportingToVt),
    lettingKnow: set(g.lettingKnow),
    pretending: g.pretending.map(normalizePhrase),
    weaponPlaces: g.weaponPlaces.map(normalizePhrase),
    purposeClause: set(g.purposeClause),
    informationWords: set(g.informationWords),
    holdingVerbs: set(g.holdingVerbs),
    beingInWords: set(g.beingInWords),
    handingOver: g.handingOver.map(normalizePhrase),
    absentWords: set(g.absentWords),
    whichWords: set(g.whichWords),
    insteadOf: g.insteadOf.map(normalizePhrase),
    labelWords: set(g.labelWords),
    receivingAsker: set(g.receivingAsker),
    retrospective: g.retrospective.map(normalizePhrase),
    periodOf: new Map(g.periods.flatMap((p) => p.words.flatMap(normalizePhrase).map((w) => [w, { from: p.from, until: p.until }] as const))),
    writtenDate: new RegExp(`(?<!\\d)\\d{1,2}\\s+(?:${alternatives([...g.months, ...g.monthShortForms])})\\.?\\s+((?:19|20)\\d{2})(?!\\d)`, 'gi'),
    birthWordAtEnd: new RegExp(`\\b(?:${alternatives(g.birthWords)})\\s*(?:op|on|in)?\\s*:?\\s*$`, 'i'),
    selfIntro: g.selfIntro.map(normalizePhrase),
    possessives: set(g.possessives),
    against: set(g.against),
    thatWords: set(g.thatWords),
    aboutOfData: new Map(files['data-categories'].dataCategories.filter((c) => c.about).map((c) => [c.id, c.about!])),
    holderOfData: new Map(files['data-categories'].dataCategories.filter((c) => c.heldBy).map((c) => [c.id, c.heldBy!])),
    purposeOfData: new Map(files['data-categories'].dataCategories.filter((c) => c.purpose).map((c) => [c.id, c.purpose!])),
    knownWords,
    englishMarkers: set(g.englishMarkers),
    dutchMarkers: set(g.dutchMarkers),
    unitLabels,
    areaOfMunicipality,
    areaOfUnit,
  };
}
