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
