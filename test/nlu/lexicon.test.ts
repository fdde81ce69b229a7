// The lexicon files: the words live in data the privacy officer can edit, checked like the rulebooks.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEXICON_DIR, loadLexicon, parseLexiconFile } from '../../src/nlu/lexicon-files';
import { parseQuestion } from '../../src/nlu/question-reader';

/** A copy of the lexicon with one file changed, loaded as the bot would load it. */
function withFile(name: string, edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
  try {
    cpSync(LEXICON_DIR, dir, { recursive: true });
    const file = join(dir, `${name}.yaml`);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return loadLexicon(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a lexicon file with `word` added first to the list under the top-level `key`. */
const addToList = (text: string, key: string, word: string) => text.replace(new RegExp(`^${key}:\\n`, 'm'), `${key}:\n  - ${word}\n`);

/** The text of a vocabulary file with `word` added first under the entry `id`. */
const addWord = (text: string, id: string, word: string) => text.replace(new RegExp(`(  - id: ${id}\\n(?:    .*\\n)*?    words:\\n)`), `$1      - ${word}\n`);

describe('the lexicon files', () => {
  it('load and pass their schema', () => assert.ok(loadLexicon().phrasesByFirstWord.size > 500));

  it('name the file and line of a value of the wrong kind', () => {
    assert.throws(
      () =>
        parseLexiconFile(
          'subjects',
          'subjects:\n  - id: pleger\n    label: { nl: pleger, en: perpetrator }\n    words:\n      - dader\n  - id: Schurk\n    label: { nl: schurk, en: villain }\n    words: [boef]\n',
        ),
      /subjects\.yaml line 6 .*subjects\.1\.id/,
    );
  });

  it('name the file and line of broken YAML', () => {
    assert.throws(() => parseLexiconFile('consent', 'given:\n  - akkoord\nrefused: [nee\n'), /consent\.yaml line \d+: not valid YAML/);
  });

  it('refuse a word listed under two meanings, naming both places', () => {
    assert.throws(() => withFile('subjects', (t) => addWord(t, 'melder', 'pleger')), /subjects\.yaml line \d+: "pleger" is already listed at subjects\.yaml line \d+ with another meaning/);
  });

  it('refuse a small word of the grammar listed under two meanings too', () => {
    assert.throws(() => withFile('danger', (t) => t.replace('asking:\n', 'asking:\n  - opvragen\n')), /grammar\.yaml line \d+: "opvragen" is already listed at danger\.yaml line \d+/);
  });

  it('refuse an abbreviation that stands for no word of the lexicon', () => {
    assert.throws(() => withFile('abbreviations', (t) => `${t}  - { short: xyz, means: ruimteschip }\n`), /abbreviations\.yaml line \d+: "ruimteschip" is not a word of the lexicon/);
  });

  it('let a word added to a file change what a question is read as, without code', () => {
    const question = 'mag ik het adres van de treiteraar delen met blijf';
    assert.equal(parseQuestion(question, { as: { party: 'politie', unit: 'amsterdam' } }).slots.subject, undefined);
    const lexicon = withFile('subjects', (t) => addWord(t, 'pleger', 'treiteraar'));
    assert.equal(parseQuestion(question, { as: { party: 'politie', unit: 'amsterdam' }, lexicon }).slots.subject, 'pleger');
  });

  it('let an abbreviation stand for the word it names', () => {
    const parsed = parseQuestion('mag ik het adres delen met de politie adam', { as: { party: 'blijf-groep' } });
    assert.equal(parsed.slots.to?.unit, 'amsterdam');
  });
});

describe('the function words of grammar.yaml and danger.yaml', () => {
  const blijf = { as: { party: 'blijf-groep' as const } };
  /** The question read with the built-in lexicon, and with `word` added to `key` of `file`. */
  const readBoth = (file: string, key: string, word: string, question: string) => ({
    before: parseQuestion(question, blijf),
    after: parseQuestion(question, { ...blijf, lexicon: withFile(file, (t) => addToList(t, key, word)) }),
  });

  it('a word added to the determiners keeps a modal verb before a person a question of permission, not a description of danger', () => {
    const { before, after } = readBoth('grammar', 'determiners', 'jouw', 'Mag jouw ex haar zien?');
    assert.equal(before.slots.acute, true);
    assert.equal(after.slots.acute, false);
  });

  it('a word added to the object determiners makes the word not understood after it something named to share', () => {
    const { before, after } = readBoth('grammar', 'objectDeterminers', 'some', 'Can I share some discharge letters with the police?');
    assert.deepEqual(before.unknownItems, []);
    assert.deepEqual(after.unknownItems, ['letters']);
  });

  it('a word added to the prepositions makes the word not understood after it and its article no object of the question', () => {
    const { before, after } = readBoth('grammar', 'prepositions', 'volgens', 'Mag ik het adres van de pleger delen met de politie volgens het ontslagbericht?');
    assert.deepEqual(before.unknownItems, ['ontslagbericht']);
    assert.deepEqual(after.unknownItems, []);
  });

  it('a word added to the subordinators opens a clause whose words are not what is shared', () => {
    const { before, after } = readBoth('grammar', 'subordinators', 'although', 'Can I share the address with the police although the discharge letter is missing?');
    assert.deepEqual(before.unknownItems, ['letter']);
    assert.deepEqual(after.unknownItems, []);
  });

  it('a word added to the adverbs is never named as something to share', () => {
    const { before, after } = readBoth('grammar', 'adverbs', 'uiteraard', 'Mag ik de politie het adres en uiteraard het telefoonnummer geven?');
    assert.deepEqual(before.unknownItems, ['uiteraard']);
    assert.deepEqual(after.unknownItems, []);
  });

  it('a word added to the joiners joins the word not understood after it to the data before it', () => {
    const { before, after } = readBoth('grammar', 'joiners', 'plus', 'Mag ik het adres plus ontslagbericht delen met de politie?');
    assert.deepEqual(before.unknownItems, []);
    assert.deepEqual(after.unknownItems, ['ontslagbericht']);
    assert.deepEqual(after.notUnderstood, ['ontslagbericht'], 'a joiner is a stopword');
  });

  it('a word added to the words pointing back makes a later question ask about what the sentence before named', () => {
    const { before, after } = readBoth('grammar', 'pointingBack', 'zoiets', 'De politie wil het ontslagbericht van de kliniek. Mag ik zoiets delen?');
    assert.deepEqual(before.unknownItems, []);
    assert.deepEqual(after.unknownItems, ['ontslagbericht']);
  });

  it('a word added to the forms of asking makes "om" after it open what is asked for', () => {
    const { before, after } = readBoth('grammar', 'askingVerbs', 'verzoeken', 'Mag ik de politie verzoeken om het ontslagbericht?');
    assert.deepEqual(before.unknownItems, []);
    assert.deepEqual(after.unknownItems, ['ontslagbericht']);
  });

  it('a modal phrase listed under permission asks what may be done, so a person after it is no description of danger', () => {
    const question = 'Kan de ex haar zien?';
    const lexicon = withFile('grammar', (t) => addToList(t.replace(/^(modal:\n(?: {2}- .*\n)*?) {2}- kan\n/m, '$1'), 'permission', 'kan'));
    assert.equal(parseQuestion(question, blijf).slots.acute, true);
    assert.equal(parseQuestion(question, { ...blijf, lexicon }).slots.acute, false);
  });

  it('refuse a modal phrase listed both as modal and under permission, naming both places', () => {
    assert.throws(() => withFile('grammar', (t) => addToList(t, 'permission', 'kan')), /grammar\.yaml line \d+: "kan" is already listed at grammar\.yaml line \d+ with another meaning/);
  });

  it('a word added to the titles makes the word after it a name, never repeated', () => {
    const { before, after } = readBoth('grammar', 'titles', 'juffrouw', 'mag ik het adres van juffrouw jansen delen met de politie');
    assert.deepEqual([before.personalData, before.notUnderstood], [[], ['juffrouw', 'jansen']]);
    assert.deepEqual([after.personalData, after.notUnderstood], [['name'], ['juffrouw']]);
  });

  it('a month added to the months makes a date written with it personal data', () => {
    const { before, after } = readBoth('grammar', 'months', 'lentemaand', 'Mag ik de geboortedatum van het kind, 3 lentemaand 2010, delen met de politie?');
    assert.deepEqual(before.personalData, []);
    assert.deepEqual(after.personalData, ['birthdate']);
  });

  it('a short form added to the months makes a date written with it personal data', () => {
    const { before, after } = readBoth('grammar', 'monthShortForms', 'febr', 'Mag ik de geboortedatum van het kind, 3 febr. 2010, delen met de politie?');
    assert.deepEqual(before.personalData, []);
    assert.deepEqual(after.personalData, ['birthdate']);
  });

  it('a word added to the birth words makes a recent date after it a date of birth', () => {
    const { before, after } = readBoth('grammar', 'birthWords', 'geboortedag', 'Mag ik delen met de politie: geboortedag 2-3-2020?');
    assert.deepEqual(before.personalData, []);
    assert.deepEqual(after.personalData, ['birthdate']);
  });

  it('a word added before a year places what its sentence tells in the past, so no danger now', () => {
    const { before, after } = readBoth('danger', 'beforeYear', 'omstreeks', 'Mag ik de politie vertellen dat hij omstreeks 2019 met een mes voor de deur staat?');
    assert.equal(before.slots.acute, true);
    assert.equal(after.slots.acute, false);
  });

  it('a word added beside now lets a clause of nothing else bring a past threat into the present', () => {
    const { before, after } = readBoth('danger', 'besideNow', 'zelfs', 'Vorige week stond hij met een mes voor de deur, zelfs vandaag. Mag ik dat aan de politie doorgeven?');
    assert.equal(before.slots.acute, false);
    assert.equal(after.slots.acute, true);
  });

  it('a relative pronoun added after a person makes a cue in its clause say who the person is, so no danger now', () => {
    const { before, after } = readBoth('danger', 'relativePronouns', 'welke', 'Mag ik het adres van de man welke haar slaat aan de politie Amsterdam geven?');
    assert.equal(before.slots.acute, true);
    assert.equal(after.slots.acute, false);
  });

  it('a word added to pastAside makes a past word after it, once danger was told, say why rather than when', () => {
    const { before, after } = readBoth('danger', 'pastAside', 'sinds', 'Hij staat voor de deur sinds hij was vrijgelaten. Mag ik dat aan de politie doorgeven?');
    assert.equal(before.slots.acute, false);
    assert.equal(after.slots.acute, true);
  });

  it('a word added to the information words makes the data beside "huisverbod" the THV information', () => {
    const { before, after } = readBoth('grammar', 'informationWords', 'details', 'Mag ik Blijf Groep de details van het huisverbod van de pleger geven?');
    assert.ok(!before.slots.data.includes('thv-informatie'));
    assert.ok(after.slots.data.includes('thv-informatie'));
  });

  it('a word added to the receiving person words makes the person after it the one who receives', () => {
    const { before, after } = readBoth('grammar', 'receivingPerson', 'richting', 'Mag ik de gegevens richting de pleger sturen?');
    assert.ok(!before.nonParties.some((n) => n.id === 'persoon:pleger'));
    assert.ok(after.nonParties.some((n) => n.id === 'persoon:pleger'));
  });

  it('refuse a function-word list that is not a list, naming the file, line and key', () => {
    assert.throws(() => withFile('grammar', (t) => t.replace(/^titles:\n(?: {2}- .*\n)+/m, 'titles: mevrouw\n')), /grammar\.yaml line \d+ \(titles\): /);
  });

  it('refuse an empty function-word list, naming the file, line and key', () => {
    assert.throws(() => withFile('danger', (t) => t.replace(/^besideNow:\n(?: {2}- .*\n)+/m, 'besideNow: []\n')), /danger\.yaml line \d+ \(besideNow\): list at least one word/);
  });
});
