// Danger now: whether a message tells of someone hurt, held, taken, threatened or hunted right now (answered with 112
// first, never with a form). The cues are the words of danger.yaml (and grammar.yaml's determiners, permission and
// joiners); this decides whether they tell the present.
// A false acute costs one tap, a missed one can cost a life: only narrow, principled readings take a cue away.
import { ACTOR_KINDS, CUE_OR_ACUTE_KINDS, DANGER_CUE_KINDS, type Concept, type Lexicon, type Mention } from './lexicon';
import { readPast, tensePartsOf, wordBefore } from './danger-tense';
import { phraseAt, type Token } from './tokens';
import { collect } from '../collect';

export interface DangerInput {
  lx: Lexicon;
  mentions: Mention[];
  tokens: Token[];
  /** The clause of each token, and the clauses that hold the question itself (a verb of sharing or a modal). */
  clauseOf: number[];
  questionClauses: ReadonlySet<number | undefined>;
  /** The sentence of each token (see sentencesOf). */
  sentenceOf: number[];
  /** Data or a purpose was named: the message asks about sharing them. */
  namesWhatIsShared: boolean;
}

export interface DangerReading {
  acute: boolean;
  /** Every weapon named is what the question asks about (the danger classification), not danger now. */
  weaponAsTopic: boolean;
}

/**
 * "mag ik …", "mogen wij …", "mag de kinderopvang weten …", "is het toegestaan", "Is het goed als …": a question about
 * what may be done, and "Can I …", "Kan ik …" opening a clause. Not "ze mag niet weg" (no one who would act follows)
 * nor "wat moet ik doen" (no permission, and the modal does not open the clause).
 */
function asksPermission({ lx, mentions, tokens, clauseOf }: DangerInput): boolean {
  return mentions.some((m, k) => {
    if (m.concept.kind !== 'modal') return false;
    const permission = m.concept.permission === true;
    const opensClause = m.start === 0 || clauseOf[m.start - 1] !== clauseOf[m.start];
    if (m.end - m.start > 1) return permission || opensClause;
    const next = mentions[k + 1];
    const gap = next ? tokens.slice(m.end, next.start) : [];
    const follows = !!next && gap.length <= 1 && gap.every((t) => lx.determiners.has(t.norm));
    // "Can I confirm it?", "Kan ik …" opening a clause ask too; "wat kan ik doen" does not.
    return follows && ((permission && ACTOR_KINDS.has(next.concept.kind)) || (opensClause && next.concept.kind === 'asker'));
  });
}

/** Every weapon named is what the question asks about: in a clause with the question's verb, after a word of `weaponTopic`. */
function weaponsAsked({ lx, mentions, tokens, clauseOf, questionClauses }: DangerInput): boolean {
  return mentions
    .filter((m) => m.concept.kind === 'weapon')
    .every((m) => questionClauses.has(clauseOf[m.start]!) && tokens.slice(0, m.start).some((t, i) => clauseOf[i] === clauseOf[m.start] && lx.weaponTopic.has(t.norm)));
}

/**
 * An event named as what the question asks about: "de getuigen van de vechtpartij", "the witnesses of the fight",
 * "informatie over de brand", "hoe lang bewaart de politie de melding van de vechtpartij": in a clause of the question
 * or of asking, right after a word of `eventTopic` and an article.
 */
function eventAsked({ lx, tokens, clauseOf }: DangerInput, asking: ReadonlySet<number | undefined>, m: Mention): boolean {
  if (!asking.has(clauseOf[m.start]!)) return false;
  let before = m.start - 1;
  if (lx.determiners.has(tokens[before]?.norm ?? '')) before--;
  return before < m.start - 1 && lx.eventTopic.has(tokens[before]?.norm ?? '');
}

/**
 * The clauses that ask rather than tell: a word of asking ("vraagje"), a phrase of requesting ("vraagt om", "wil weten"),
 * or a verb of requesting with an organisation in its clause ("nu vraagt de reclassering om het dossier"; not "een man die naar haar vraagt").
 */
function askingClauses(mentions: Mention[], clauseOf: number[]): Set<number> {
  const organisations = new Set(mentions.filter((m) => m.concept.kind === 'party' || m.concept.kind === 'non-party').map((m) => clauseOf[m.start]!));
  const asks = (m: Mention) => m.concept.kind === 'asking' || (m.concept.kind === 'request' && (m.end - m.start > 1 || organisations.has(clauseOf[m.start]!)));
  return new Set(mentions.filter(asks).map((m) => clauseOf[m.start]!));
}

/**
 * Whether each cue tells the present. Past: see readPast (danger-tense.ts). Danger said not to be there speaks for its
 * sentence. A word of now in the cue's own clause ("vorige week sloeg hij haar, nu staat hij weer voor de deur") or in a
 * clause of nothing else ("…, en vandaag weer") makes it present again; a "nu" in the question, a request or another
 * clause ("Ze zit nu veilig bij ons", "mag de politie ons nu vertellen") does not, nor one after "never" ("never …
 * again").
 */
function timeOf(input: DangerInput, asking: ReadonlySet<number>, conditional: ReadonlySet<number>) {
  const { lx, mentions, tokens, clauseOf, questionClauses, sentenceOf } = input;
  // A word of acute danger that holds a word of now ("staat weer voor de deur", "slaat haar nu") tells its own time.
  const nowOf = (m: Mention) => tokens.slice(m.start, m.end).some((t) => lx.insideStarts.has(t.norm));
  const parts = tensePartsOf(input);
  const { partOf, firstOf: firstOfPart, ownTime } = parts;
  const { pastAt, datedAt, toldPast } = readPast(input, parts);
  // "geen acuut gevaar, maar …": danger said not to be there speaks for its sentence too, not for the next one
  // ("De verdachte is in verzekering gesteld. Zijn broer staat voor de deur.").
  const calmSentences = new Set(mentions.filter((m) => m.concept.kind === 'calm').map((m) => sentenceOf[m.start]!));
  // "Hypothetisch: een pleger staat met een mes …": a sentence of nothing but that heads the one after it.
  for (const m of mentions) {
    const sentence = sentenceOf[m.start]!;
    if (m.concept.kind === 'calm' && tokens.every((_, i) => sentenceOf[i] !== sentence || (m.start <= i && i < m.end))) calmSentences.add(sentence + 1);
  }
  // A story tells no danger now, but it does not deny it: someone described beside it is still read (`calm` below).
  const denied = calmSentences.size > 0;
  fictionSentences(input).forEach((s) => calmSentences.add(s));
  const calmClauses = new Set(mentions.filter((m) => m.concept.kind === 'calm').map((m) => clauseOf[m.start]!));
  // "… en zit nu in de gevangenis": a word of now beside danger said not to be there tells that, not danger now.
  const calmParts = new Set(mentions.filter((m) => m.concept.kind === 'calm').map((m) => partOf[m.start]!));
  const never = (m: Mention) => tokens.some((t, i) => i < m.start && clauseOf[i] === clauseOf[m.start] && lx.neverWords.has(t.norm));
  const nowClauses = new Set<number>();
  const nowSentences = new Set<number>();
  const nowWordClauses = new Set<number>();
  for (const m of mentions) {
    const clause = clauseOf[m.start]!;
    // A word of acute danger in a clause of its own tells the present too ("no danger earlier, but right now …").
    const now = (m.concept.kind === 'now' && !never(m) && !calmParts.has(partOf[m.start]!)) || (m.concept.kind === 'acute' && !calmClauses.has(clause) && (!datedAt(m.start) || nowOf(m)));
    if (!now || questionClauses.has(clause) || asking.has(clause) || conditional.has(clause)) continue;
    nowClauses.add(clause);
    if (m.concept.kind === 'now') nowWordClauses.add(clause);
    const bare = tokens.every((t, i) => clauseOf[i] !== clause || lx.besideNow.has(t.norm) || mentions.some((x) => x.concept.kind === 'now' && x.start <= i && i < x.end));
    if (!bare) continue;
    const sentence = sentenceOf[m.start]!;
    nowSentences.add(sentence);
    // "Vorige week stond hij voor de deur. Vandaag weer.": a sentence of nothing but now speaks of the one before.
    if (tokens.every((t, i) => sentenceOf[i] !== sentence || clauseOf[i] === clause)) nowSentences.add(sentence - 1);
  }
  const nowFor = (m: Mention) => nowClauses.has(clauseOf[m.start]!) || nowSentences.has(sentenceOf[m.start]!);
  // "er is geen acuut gevaar maar hij staat wel voor de deur": after "maar", "en" (joining words, see besideNow; not
  // "dat": "stel dat hij …"), someone in the present is told anew.
  const toldAnew = (i: number) => !calmParts.has(partOf[i]!) && lx.besideNow.has(tokens[firstOfPart(i)]!.norm) && ownTime(partOf[i]!);
  const calmAt = (i: number) => calmSentences.has(sentenceOf[i]!) && !toldAnew(i);
  const present = (m: Mention) => !conditional.has(clauseOf[m.start]!) && ((!pastAt(m.start) && !calmAt(m.start)) || nowFor(m));
  // A word of acute danger ("spoed", "112") counts even in a sentence about the past, but not where it is denied nor
  // where a past time is named for it ("Vorig jaar was er een acute situatie", "'acuut gevaar' bij een incident van twee
  // jaar geleden").
  const undenied = (m: Mention) => (!calmAt(m.start) || nowFor(m)) && (!datedAt(m.start) || nowOf(m) || nowWordClauses.has(clauseOf[m.start]!) || nowSentences.has(sentenceOf[m.start]!));
  return { present, undenied, toldPast, nowClauses, calm: denied };
}

/**
 * "Voor de training van morgen: in de casus dreigt een vader …", "a documentary where a probationer kills his ex": the
 * sentences with a word of `fiction`, or of `fictionSettings` after one of `fictionPrepositions` ("voor de training"),
 * tell a story, not what happens now; one that names no cue and has no verb ("Voor de training van morgen:") heads the
 * next sentence too.
 */
function fictionSentences({ lx, mentions, tokens, sentenceOf }: DangerInput): number[] {
  const story = (t: Token, i: number) => lx.fiction.has(t.norm) || (lx.fictionSettings.has(t.norm) && lx.fictionPrepositions.has(wordBefore(lx, tokens, i)));
  const sentences = new Set<number>();
  tokens.forEach((t, i) => story(t, i) && sentences.add(sentenceOf[i]!));
  const verb = (t: Token) => lx.presentForms.has(t.norm) || lx.pastForms.has(t.norm);
  const heading = (s: number) => !mentions.some((m) => sentenceOf[m.start] === s && CUE_OR_ACUTE_KINDS.has(m.concept.kind)) && !tokens.some((t, i) => sentenceOf[i] === s && verb(t));
  return collect([...sentences], (s) => (heading(s) ? [s, s + 1] : [s]));
}

/**
 * "Als hij weer voor de deur komt te staan, mag ik dan zijn adres aan de politie geven?": the clauses opened by a word of
 * `conditionals` in a sentence whose question of permission has a word of `thenWords` tell what might happen, not what
 * happens now.
 */
function conditionalClauses({ lx, mentions, tokens, clauseOf, questionClauses, sentenceOf }: DangerInput): Set<number> {
  const clauses = new Set<number>();
  // Most messages have no conditional at all: then nothing else needs to be worked out.
  if (!tokens.some((t) => lx.conditionals.has(t.norm))) return clauses;
  // Only a question of permission ("mag ik dan", not "wat moet ik dan doen": "als ik kijk staat hij daar" is danger now).
  const permission = new Set(mentions.filter((m) => m.concept.kind === 'modal' && m.concept.permission === true).map((m) => clauseOf[m.start]!));
  const thenSentences = new Set<number>();
  tokens.forEach((t, i) => lx.thenWords.has(t.norm) && permission.has(clauseOf[i]!) && thenSentences.add(sentenceOf[i]!));
  const opens = (i: number) => i === 0 || clauseOf[i - 1] !== clauseOf[i];
  tokens.forEach((t, i) => opens(i) && lx.conditionals.has(t.norm) && thenSentences.has(sentenceOf[i]!) && !questionClauses.has(clauseOf[i]) && clauses.add(clauseOf[i]!));
  return clauses;
}

/** How many words after the relative pronoun a cue may start and still be in the clause that says who someone is. */
const IDENTIFYING_REACH = 4;

/**
 * "de man die haar slaat", "the man who hit her", "haar zus die ook bedreigd wordt": a cue of what happens or of a threat
 * a few words after a person and a relative pronoun says who that person is, not what happens now; unless a word of now
 * or of acute danger stands in those words ("de man die haar nu slaat").
 */
function identifying({ lx, mentions, tokens, clauseOf }: DangerInput, m: Mention): boolean {
  if (m.concept.kind !== 'happening' && m.concept.kind !== 'threat') return false;
  const person = mentions.find((p) => {
    if (p.concept.kind !== 'person' && p.concept.kind !== 'subject') return false;
    const pronoun = p.end;
    // "sms't het slachtoffer dat hij onderweg is": a person right after the pronoun starts what is told, not who she is.
    const toldNext = mentions.some((x) => x.start === pronoun + 1 && x.concept.kind === 'person');
    return pronoun < m.start && m.start - pronoun <= IDENTIFYING_REACH && lx.relativePronouns.has(tokens[pronoun]?.norm ?? '') && clauseOf[pronoun] === clauseOf[m.start] && !toldNext;
  });
  if (!person) return false;
  return !mentions.some((x) => (x.concept.kind === 'now' || x.concept.kind === 'acute') && x.start >= person.end && x.start <= m.end);
}

/**
 * "in kamer 12 wordt een vrouw op dit moment geslagen", "she is being hit": a participle of violence with a verb of being
 * done to (`beingDone`) before it in its clause, words between or not, tells what happens to someone, as "wordt geslagen"
 * does: a cue at the participle, read as the others are (in time, and not where it says who someone is).
 */
function beingDoneTo(input: DangerInput): Mention[] {
  const { lx, tokens, clauseOf } = input;
  const cues: Mention[] = [];
  tokens.forEach((t, i) => {
    if (!lx.violenceParticiples.has(t.norm)) return;
    const before = (words: ReadonlySet<string>) => tokens.some((u, j) => j < i && clauseOf[j] === clauseOf[i] && words.has(u.norm));
    if (before(lx.beingDone) || (before(lx.justDone) && justNow(input, i))) cues.push({ concept: { kind: 'happening' }, start: i, end: i + 1 });
  });
  return cues;
}

/**
 * "een vrouw is zojuist gestoken door haar ex", "she was stabbed a minute ago": a participle of violence after one of
 * `justDone` is a cue only with a word of now in its part of the clause; "ze is vorige week geslagen" tells the past, and
 * so does "ze is in 2024 gewurgd en wil nu een alarm" (the "nu" is another part's).
 */
function justNow(input: DangerInput, i: number): boolean {
  const { partOf } = tensePartsOf(input);
  return input.mentions.some((m) => m.concept.kind === 'now' && partOf[m.start] === partOf[i]);
}

/** Someone who may act: a person ("hij", "een man"), the perpetrator or a third party; not the client or a child. */
function actor(m: Mention): boolean {
  if (m.concept.kind === 'person') return true;
  return m.concept.kind === 'subject' && [m.concept.subject, ...(m.concept.also ?? [])].some((x) => x === 'pleger' || x === 'derde');
}

/**
 * "dat ze zichzelf en de baby vannacht iets gaat aandoen", "het AWARE-alarm is net afgegaan", "a man keeps buzzing the
 * intercom": a cue of `apartCues` whose parts stand in one clause, each a few words after the one before, tells what
 * happens, read as any other cue; one with `someone` only with someone who may act in its clause ("haar ex zit in de auto te
 * wachten", "er belt steeds een man aan", not "cliënte zit in de hal"). Most messages name no first part: then nothing more
 * is read.
 */
function apartCues({ lx, mentions, tokens, clauseOf }: DangerInput): Mention[] {
  const cues: Mention[] = [];
  const starts: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (lx.apartCues.has(tokens[i]!.norm)) starts.push(i);
  if (starts.length === 0) return cues;
  const someoneIn = (i: number, end: number) => mentions.some((m) => actor(m) && m.start < end && clauseOf[m.start] === clauseOf[i]);
  // Where the next part ends when it starts within reach after `from` in the clause; otherwise the cue's own start (none).
  const partAfter = (from: number, clause: number, part: string[][], reach: number) => {
    for (let j = from; j <= from + reach && clauseOf[j] === clause; j++) {
      const n = phraseAt(tokens, j, part);
      if (n > 0) return j + n;
    }
    return -1;
  };
  for (const i of starts) {
    for (const cue of lx.apartCues.get(tokens[i]!.norm)!) {
      let end = i + phraseAt(tokens, i, cue.parts[0]!);
      for (const part of cue.parts.slice(1)) if (end > i) end = partAfter(end, clauseOf[i]!, part, cue.reach);
      const now = () => mentions.some((m) => m.concept.kind === 'now' && clauseOf[m.start] === clauseOf[i]);
      if (end > i && (!cue.someone || someoneIn(i, end)) && (!cue.now || now())) cues.push({ concept: { kind: 'happening' }, start: i, end });
    }
  }
  return cues;
}

/**
 * "omdat vader haar telefoon controleert en dat haar in gevaar brengt", "if we tell the family it puts her in danger":
 * a word of acute danger with a verb of `endangering` in its clause, in a sentence with a word of `consequenceWords`,
 * is what an act would bring (why not to act), not danger now.
 */
function brought({ lx, tokens, clauseOf, sentenceOf }: DangerInput, m: Mention): boolean {
  const bringing = tokens.some((t, i) => clauseOf[i] === clauseOf[m.start] && lx.endangering.has(t.norm));
  return bringing && tokens.some((t, i) => sentenceOf[i] === sentenceOf[m.start] && lx.consequenceWords.has(t.norm));
}

/**
 * "het OM dreigt anders een klacht in te dienen", "de advocaat dreigt met juridische stappen": a verb of threatening
 * (`threatVerbs`) right after an organisation that does the threatening, or with a word of `harmlessThreats` after it
 * in its clause, threatens no violence. Not "bij de opvang dreigt hij …" (a preposition before the organisation) nor
 * "… dreigt de ex …" (someone right after the verb does it).
 */
function harmlessThreat({ lx, mentions, tokens, clauseOf }: DangerInput, m: Mention): boolean {
  if (m.concept.kind !== 'threat' || m.end - m.start !== 1 || !lx.threatVerbs.has(tokens[m.start]!.norm)) return false;
  let after = m.end;
  while (lx.determiners.has(tokens[after]?.norm ?? '')) after++;
  if (mentions.some((x) => (x.concept.kind === 'person' || x.concept.kind === 'subject') && (x.start === m.end || x.start === after))) return false;
  const organisation = (x: Mention) => (x.concept.kind === 'party' || x.concept.kind === 'non-party') && x.end === m.start && !lx.prepositions.has(wordBefore(lx, tokens, x.start));
  return mentions.some(organisation) || tokens.some((t, i) => i >= m.end && clauseOf[i] === clauseOf[m.start] && lx.harmlessThreats.has(t.norm));
}

export function readDanger(input: DangerInput): DangerReading {
  const { mentions, clauseOf, questionClauses } = input;
  const has = (kind: Concept['kind']) => mentions.some((m) => m.concept.kind === kind);
  const asking = askingClauses(mentions, clauseOf);
  const asksAboutSharing = input.namesWhatIsShared || asking.size > 0 || has('verb') || asksPermission(input);
  // "is de ex bekend met vuurwapens?", "mag ik vragen of hij een wapen heeft", "verrijkt met (zeden, geweld, vuurwapens)":
  // a weapon in a question about sharing, with nobody there now, is what is known about him (the danger classification):
  // where the weapon is what the question asks about (after a word of `weaponTopic` in its clause), or where nobody is
  // named who could hold it. "Mag ik de politie bellen? Hij staat met een mes" stays danger now.
  const nobodyNamed = !has('person') && !has('subject');
  const weaponAsTopic = has('weapon') && asksAboutSharing && !has('happening') && !has('threat') && !has('now') && !has('acute') && (weaponsAsked(input) || nobodyNamed);

  // A message that asks nothing about sharing but tells what someone does ("vader is door het dolle heen") is read as
  // danger now. A request from someone else ("de huisarts vraagt of ze bij ons zit", "OM wil weten …") asks about sharing.
  const someone = mentions.some(actor);
  const mayDescribe = someone && !asksAboutSharing;
  const beingDone = [...beingDoneTo(input), ...apartCues(input)];
  // Most questions name no cue, no word of acute danger and nobody described: then nothing is in the present to read.
  if (!mayDescribe && beingDone.length === 0 && !mentions.some((m) => CUE_OR_ACUTE_KINDS.has(m.concept.kind))) return { acute: false, weaponAsTopic };

  const askingOrQuestion = new Set([...questionClauses, ...asking]);
  const { present, undenied, toldPast, nowClauses, calm } = timeOf(input, asking, conditionalClauses(input));
  const cue = (m: Mention) =>
    DANGER_CUE_KINDS.has(m.concept.kind) &&
    !(m.concept.kind === 'weapon' && weaponAsTopic) &&
    !(m.concept.kind !== 'weapon' && eventAsked(input, askingOrQuestion, m)) &&
    !identifying(input, m) &&
    !harmlessThreat(input, m);
  const dangerNow = mentions.some((m) => cue(m) && present(m)) || beingDone.some((m) => cue(m) && present(m));
  const describes = mayDescribe && !calm && (!toldPast || nowClauses.size > 0);
  const acuteWord = mentions.some((m) => m.concept.kind === 'acute' && undenied(m) && !brought(input, m));
  return { acute: acuteWord || dangerNow || describes, weaponAsTopic };
}
