// The shape of each lexicon file (src/rules/lexicon/*.yaml) and of a rulebook folder's vocabulary.yaml. The ids,
// labels and words are data; this says what a file may hold. Which ids exist is checked once all files are read.
import { z } from 'zod/v4';
import { UNIT_PATTERN } from '../vocabulary-data';

const text = z.object({ nl: z.string().min(1), en: z.string().min(1) }).strict();
// A number is a word too ("112"): YAML reads `- 112` as a number. Quote one with a leading zero ("06").
const word = z
  .preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string())
  .transform((w) => w.trim())
  .refine((w) => /[\p{L}\p{N}]/u.test(w), 'a word needs at least one letter or digit');
const words = z.array(word).min(1, 'list at least one word');
const unit = z.string().regex(UNIT_PATTERN, 'units are lower-case kebab case, e.g. noord-holland');
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab case, e.g. woningcorporatie');

/** An id of the vocabulary declared here: its Dutch and English label, and the words staff use for it. */
const vocabularyEntry = z.object({ id, label: text, words }).strict();
const partyEntry = z
  .object({
    id,
    label: text,
    /** How one of its units is named, `{unit}` for the unit's label (default: the label, then the unit). */
    withUnit: z
      .object({ nl: z.string().includes('{unit}'), en: z.string().includes('{unit}') })
      .strict()
      .optional(),
    /** The units or regions covenants name for it (others are accepted as typed). */
    units: z.array(z.object({ id: unit, label: text }).strict()).default([]),
    words,
  })
  .strict();
/** `stricter`: a role that decides the answer over who the person is ("de buurvrouw die getuige was" is about a witness). */
const subjectEntry = z.object({ id, label: text, stricter: z.boolean().optional(), words }).strict();
export type PartyEntryData = z.output<typeof partyEntry>;
export type SubjectEntryData = z.output<typeof subjectEntry>;
export type VocabularyEntryData = z.output<typeof vocabularyEntry>;

export const lexiconFileSchemas = {
  parties: z.object({ parties: z.array(partyEntry).min(1) }).strict(),
  subjects: z
    .object({
      subjects: z.array(subjectEntry).min(1),
      /** Words whose person depends on who asks: a probation officer's "cliënt" is the perpetrator. */
      askerClients: z.array(z.object({ party: id, subject: id, words }).strict()).default([]),
      /** Words for a family member who may be either person ("de moeder" in a Veilig Thuis case): every reading is decided. */
      eitherOf: z.array(z.object({ subjects: z.array(id).min(2), words }).strict()).default([]),
      /** A person described by what they did ("hij was dreigend", "de man die haar sloeg") where the question names nobody. */
      byDeed: z
        .array(z.object({ subject: id, actors: words, deeds: words, auxiliaries: words, passives: words, participles: words, refers: words, notRefers: words, notActors: words }).strict())
        .default([]),
      /** A person the question only refers to ("zijn", "hij", "de man") asking for data that belong to one kind of person
       * (data-categories.yaml `belongsTo`): that person; and a word that may be them or one of `over` is them. */
      byData: z.array(z.object({ subject: id, refers: words, notRefers: words, over: z.array(id).default([]) }).strict()).default([]),
    })
    .strict(),
  'data-categories': z
    .object({
      /** `about`: whom a whole report or process is about when the question names nobody (a report of concerns: the family).
       * `heldBy`: the one party that holds the data (police data): the giver when the asker receives and names none.
       * `purpose`: the purpose the category is defined by (information for the THV process): the purpose when none is named.
       * `belongsTo`: the one kind of person the covenant lists the category for (a danger classification: the perpetrator). */
      dataCategories: z.array(vocabularyEntry.extend({ about: z.array(id).min(1).optional(), heldBy: id.optional(), purpose: id.optional(), belongsTo: id.optional() }).strict()).min(1),
      ambiguous: z.array(z.object({ data: id.optional(), purpose: id, words }).strict()).default([]),
      /** What staff name that no category covers ("gespreksverslagen", "paspoortgegevens"): kept, so the answer can refuse it. */
      unlisted: z.array(z.object({ id, label: text, words }).strict()).default([]),
    })
    .strict(),
  purposes: z.object({ purposes: z.array(vocabularyEntry).min(1) }).strict(),
  places: z
    .object({
      places: z
        .array(
          z
            .object({
              label: z.string().min(1),
              politie: unit.optional(),
              veiligThuis: unit.optional(),
              words,
              /** Districts, villages and neighbourhoods of a municipality: the local field there is that municipality's. */
              districts: z.array(z.object({ municipality: unit, words }).strict()).default([]),
            })
            .strict(),
        )
        .min(1),
      unitWords: words,
      /** Words that name a police unit without the word politie ("eenheid Den Haag"). */
      policeUnitWords: words,
    })
    .strict(),
  'non-parties': z
    .object({
      nonParties: z.array(z.object({ id, label: text, words }).strict()).min(1),
    })
    .strict(),
  consent: z
    .object({
      given: words,
      refused: words,
      /**
       * Words saying a condition (or duty) of the rules is not met, by its id in the rulebooks; `unless`: words that,
       * anywhere in the question, give a reason the requirement itself allows ("omdat dat moeder in gevaar brengt").
       */
      notMet: z.array(z.object({ condition: id, words, unless: words.optional() }).strict()).default([]),
      /** Right before or after the words of `notMet`, they say the condition is met after all. */
      notWords: words,
    })
    .strict(),
  danger: z
    .object({
      acute: words,
      happening: words,
      threat: words,
      weapon: words,
      now: words,
      past: words,
      persons: words,
      asking: words,
      /** Danger said not to be there now ("geen acuut gevaar", "no immediate danger"). */
      calm: words,
      /** Words before a weapon that make it what the question asks about ("of hij een wapen heeft", "whether"). */
      weaponTopic: words,
      /** Words before an event named as what is asked about ("de getuigen van de vechtpartij", "the witnesses of the fight"). */
      eventTopic: words,
      /** Right before a year ("in 2023", "sinds 2021"): what the sentence tells is past. */
      beforeYear: words,
      /** Right before a month ("in mei"): as before a year. */
      beforeMonth: words,
      /** Besides grammar.yaml's joiners, what may stand beside a word of now in a clause that says nothing else ("…, maar vandaag weer"). */
      besideNow: words,
      /** Right after a person, they open a clause that says who the person is ("de man die haar slaat"). */
      relativePronouns: words,
      /** After danger is told, a past word following one of these in its clause tells why, not that the danger is past. */
      pastAside: words,
      /** Words that may stand right after a cue's first word ("gooit weer met"); words of now among them make it acute. */
      insideCues: words,
      /** First words of a cue that take nothing inside: "is", "are" ("asks if she is still here" is no "is here"). */
      notBeforeInside: words,
      /** Groups of determiners that stand for each other inside a cue ("in een auto getrokken"). */
      determinerGroups: z.array(words),
      /** Inside a clause, where the tense may change ("he is outside and says he came …"): past verbs speak up to here. */
      tenseBreaks: words,
      /** Past forms of verbs ("was", "came", "hit"): a word of `past` with one speaks for its own part of a clause. */
      pastForms: words,
      /** Present forms of verbs ("is", "staat", "gooit"): a part of a clause with one keeps its own time. */
      presentForms: words,
      /** A threat in the perfect tense, the verb split ("dat vader gedreigd heeft …"): its participles and auxiliaries. */
      threatParticiples: words,
      havingVerbs: words,
      /** Before a word of now in its clause, it is no now ("we never heard from her again"). */
      neverWords: words,
      /** A clause opened by a conditional in a sentence whose question says "dan": what might happen ("Als hij …, mag ik dan …"). */
      conditionals: words,
      /** A participle of violence with a verb of being done to in its clause ("wordt een vrouw op dit moment geslagen"). */
      violenceParticiples: words,
      beingDone: words,
      thenWords: words,
      /** A participle of violence after one of these with a word of now in its clause ("is zojuist gestoken"): just done. */
      justDone: words,
      /** A cue in parts with words between, in one clause ("iets … aandoen"); `someone`: only after a person in its clause. */
      apartCues: z.array(z.object({ parts: z.array(words).min(2), someone: z.boolean().optional(), now: z.boolean().optional(), reach: z.number().int().min(0).max(10).optional() }).strict()),
      /** Right before a past form ("op schoot"), it is a noun, not a verb of the past. */
      nounAfter: words,
      /** A training, a role play, a documentary: its sentence tells a story, not what happens now. */
      fiction: words,
      fictionSettings: words,
      fictionPrepositions: words,
      /** "dat brengt haar in gevaar" with a word of a reason or consequence in its sentence: what an act would bring. */
      endangering: words,
      consequenceWords: words,
      /** A verb of threatening beside an organisation or before one of `harmlessThreats` ("dreigt met een klacht"): no violence. */
      threatVerbs: words,
      harmlessThreats: words,
    })
    .strict(),
  abbreviations: z.object({ abbreviations: z.array(z.object({ short: word, means: word }).strict()).min(1) }).strict(),
  grammar: z
    .object({
      give: words,
      get: words,
      weakGet: words,
      prepTo: words,
      prepFrom: words,
      prepVia: words,
      prepFor: words,
      prepAbout: words,
      /** Said right after an organisation, it asks for information ("de politie vraagt", "3RO wil weten"): it receives. */
      requests: words,
      /** Words for a person's own: "cliënte haar kinderen", "een cliënte wier ex": the person before owns what follows. */
      possessives: words,
      /** Words that open what is told ("dat", "that"): an organisation after one is part of it when another is named before. */
      thatWords: words,
      /** Right before a person: the one accused ("THV loopt tegen meneer", "aangifte tegen de vader"), so the perpetrator. */
      against: words,
      asker: words,
      askerObject: words,
      modal: words,
      /** Modal phrases that ask for permission ("mag ik", "is het toegestaan", "may"), unlike "kan"/"moet" ("wat moet ik doen"). */
      permission: words,
      filler: words,
      /** Words that open a clause telling the situation, not what is shared ("want", "er"): its data categories are context. */
      contextStarts: words,
      /** Words before an organisation by which the asker says where they work ("ik werk bij", "vanuit"). */
      selfIntro: words,
      /** Stopwords before a person or organisation after a modal verb ("mag de kinderopvang"), and before a word not understood ("het letselrapport"). */
      determiners: words,
      /** More words before a word not understood that make it the object of the question ("alle verslagen", "these notes"). */
      objectDeterminers: words,
      /** Besides the prepositions of direction and `against`: a word not understood after one is not what is shared ("tijdens de intake"). */
      prepositions: words,
      /** Besides `thatWords`: open a clause of its own, so what follows is not what is shared ("zodat", "omdat", "whether"). */
      subordinators: words,
      /** Adverbs that stand where a noun could ("rechtstreeks aan het plein geven"): never what is shared; known words too. */
      adverbs: words,
      /** Stopwords that join a word not understood to a data category ("het adres en huisartsbrief"): it is named to share too. */
      joiners: words,
      /** Point back at what a sentence before named ("Mag dat?", "can I share everything?"). */
      pointingBack: words,
      /** Forms of asking: after one, "om"/"for" opens what is asked for ("vraagt ons om alle verslagen"), not a purpose. */
      askingVerbs: words,
      /** Words before a name ("mevrouw", "dhr.", "named"): the word after one is taken for a name, never echoed. */
      titles: words,
      /** The names of the months ("maart", "may"): known words, and in a written date one the personal-data guard looks at. */
      months: words,
      /** Short forms of the months in a written date ("12 mrt 1990"); not known words ("Jan" is a name). */
      monthShortForms: words,
      /** Right before a date, it is a date of birth whatever its year ("geboren op", "geb.", "date of birth"). */
      birthWords: words,
      /** Articles, skipped between a preposition and what it names ("bij de politie"). */
      articles: words,
      /** Between two persons named on an equal footing ("de moeder en de kinderen"), with one of `personAnd` among them. */
      personJoiners: words,
      personAnd: words,
      /** Right before a person who receives ("aan de pleger"). */
      receivingPerson: words,
      /** After a party joined by a hyphen: someone of that organisation ("de Blijf-begeleider"). */
      memberWords: words.default([]),
      /** Right before a person: the question asks who that person is ("welke buurvrouw de melding deed"). */
      askingWho: words.default([]),
      /** After "zorgmelding": making a report ("een zorgmelding doen"). */
      reportingVerbs: words,
      /** After a weapon asked about, a place ("of er een wapen in huis is"): safety information, not a person's classification. */
      weaponPlaces: words.default([]),
      /** Right before a person someone only pretended to be ("pretending to be her uncle"): no person of the case. */
      pretending: words.default([]),
      /** Right before an organisation that then "knows" ("let the police know", "we want VT to know"): it is told. */
      lettingKnow: words.default([]),
      /** Words that open a clause of purpose ("zodat zij kunnen …", "so they can …"): a modal verb in it is not the question's. */
      purposeClause: words.default([]),
      /** Words of reporting anywhere in a question told to Veilig Thuis ("melden", "een seintje geven"): its purpose is the report. */
      reportingToVt: words.default([]),
      /** Next to "huisverbod": the information about the order. */
      informationWords: words,
      /** After "huisverbod": the order is had or given ("dat hij een huisverbod heeft"). */
      holdingVerbs: words,
      /** Before "in (de) zorgmelding": being in the report ("komt voor in", "staat in"). */
      beingInWords: words,
      /** Veilig Thuis handing over to the local field: the handover of stap 3 (seed 004), for the support. */
      handingOver: words,
      /** Right before a purpose, past an article: the purpose is said to be absent ("er is geen ondersteuningsplan"). */
      absentWords: words.default([]),
      /** Right before a purpose word: it names what is asked ("welke hulp zij inzetten"), not the purpose. */
      whichWords: words.default([]),
      /** Right before an organisation (prepositions and articles between or not), it names the one not chosen. */
      insteadOf: words.default([]),
      /** Near "als" before a person's role, the role is what someone is registered as, not a person of the case. */
      labelWords: words.default([]),
      /** Right before "ons", "mij" and a verb of giving ("naar mij doorsturen"): the asker receives. */
      receivingAsker: words.default([]),
      /** Words that ask about a disclosure made in the past ("was dat toegestaan?"): a period named is its date. */
      retrospective: words.default([]),
      /** Months and seasons, by the days of the year they span ("voorjaar": 03-01 to 05-31). */
      periods: z
        .array(
          z
            .object({
              words,
              from: z.string().regex(/^\d{2}-\d{2}$/, 'MM-DD'),
              until: z.string().regex(/^\d{2}-\d{2}$/, 'MM-DD'),
            })
            .strict(),
        )
        .default([]),
      stopwords: words,
      knownWords: words,
      englishMarkers: words,
      dutchMarkers: words,
    })
    .strict(),
} as const;

export type LexiconFileName = keyof typeof lexiconFileSchemas;
export type LexiconFiles = { [K in LexiconFileName]: z.output<(typeof lexiconFileSchemas)[K]> };
export const LEXICON_FILE_NAMES = Object.keys(lexiconFileSchemas) as LexiconFileName[];

/**
 * A rulebook folder's `vocabulary.yaml`: the parties, subjects, data categories and purposes its covenants add,
 * each declared as in the lexicon files. An id declared twice stops the start with both places named.
 */
export const vocabularyAdditionsSchema = z
  .object({
    parties: z.array(partyEntry).optional(),
    subjects: z.array(subjectEntry).optional(),
    dataCategories: z.array(vocabularyEntry).optional(),
    purposes: z.array(vocabularyEntry).optional(),
  })
  .strict()
  .refine((v) => Object.values(v).some((list) => list && list.length > 0), 'declare at least one party, subject, data category or purpose');
export type VocabularyAdditions = z.output<typeof vocabularyAdditionsSchema>;
export const VOCABULARY_FILE = 'vocabulary.yaml';
