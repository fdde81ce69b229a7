import assert from 'node:assert/strict';
import { normalizeWord, tokenize } from '../../src/nlu/tokens';

describe('the tokenizer', () => {
  it('ends no sentence at the full stop of an initial followed by a word in lower case', () => {
    const starts = (text: string) =>
      tokenize(text)
        .filter((t) => t.sentenceStart)
        .map((t) => t.raw);
    assert.deepEqual(starts('Het alarm van mevrouw K. gaat nu af'), ['Het']);
    assert.deepEqual(starts('Ik sprak met K. Hij zei dat het goed gaat'), ['Ik', 'Hij']);
    assert.deepEqual(starts('het kind is 8. mag ik het delen'), ['het', 'mag']);
  });

  it('leaves a plain lower-case word as it is', () => {
    assert.equal(normalizeWord('adres'), 'adres');
    assert.equal(normalizeWord('3ro'), '3ro');
  });

  it('lower-cases ASCII words and drops hyphens and apostrophes', () => {
    assert.equal(normalizeWord('AWARE'), 'aware');
    assert.equal(normalizeWord('Ex-Partner'), 'expartner');
    assert.equal(normalizeWord("client's"), 'clients');
    assert.equal(normalizeWord('back`tick'), 'backtick');
  });

  it('removes accents and curly apostrophes from other words', () => {
    assert.equal(normalizeWord('Cliënte'), 'cliente');
    assert.equal(normalizeWord('coördinator'), 'coordinator');
    assert.equal(normalizeWord('victim’s'), 'victims');
    assert.equal(normalizeWord('ÉÉN'), 'een');
  });

  it('drops hyphens and apostrophes at the end of a word but keeps the word as typed otherwise', () => {
    assert.deepEqual(
      tokenize("Veilig Thuis- en politie' gegevens’").map((t) => [t.raw, t.norm]),
      [
        ['Veilig', 'veilig'],
        ['Thuis', 'thuis'],
        ['en', 'en'],
        ['politie', 'politie'],
        ['gegevens', 'gegevens'],
      ],
    );
  });

  it('marks the first word after a full stop, question mark, colon, semicolon or new line as a sentence start', () => {
    const starts = tokenize('Vraag: mag ik dit delen? Ja. Nee; misschien\nmorgen, toch').map((t) => `${t.norm}${t.sentenceStart ? '*' : ''}`);
    assert.deepEqual(starts, ['vraag*', 'mag*', 'ik', 'dit', 'delen', 'ja*', 'nee*', 'misschien*', 'morgen*', 'toch']);
  });

  it('keeps an accent typed as a separate combining mark inside its word', () => {
    assert.deepEqual(
      tokenize('clie\u0308nte belt').map((t) => t.norm),
      ['cliente', 'belt'],
    );
  });

  it('reads letters and digits of any script, and skips emoji and punctuation between words', () => {
    assert.deepEqual(
      tokenize('Łódź 😀 3RO, straße…Ελλάδα').map((t) => [t.norm, t.afterComma]),
      [
        ['łodz', false],
        ['3ro', false],
        ['straße', true],
        ['ελλαδα', false],
      ],
    );
  });
});
