// Which language a person is answered in: typed words first, then what was remembered, the locale, the default.
import assert from 'node:assert/strict';
import { commandLanguage, readerLanguage } from '../../src/i18n/language';

describe('the reader language', () => {
  it('follows a Dutch command word even in an English Teams client', () => {
    for (const word of ['profiel', 'weekoverzicht', 'voorbeelden', 'mijn verzoeken', 'datalek', 'hulp']) {
      assert.equal(readerLanguage({ typed: commandLanguage(word), remembered: 'en', locale: 'en-US', fallback: 'nl' }), 'nl', word);
    }
  });

  it('follows an English command word', () => {
    assert.equal(readerLanguage({ typed: commandLanguage('my requests'), remembered: 'nl', locale: 'nl-NL', fallback: 'nl' }), 'en');
  });

  it('uses the remembered language for a word that is the same in both, before the locale', () => {
    assert.equal(commandLanguage('help'), null);
    assert.equal(commandLanguage('digest'), null);
    assert.equal(readerLanguage({ typed: commandLanguage('help'), remembered: 'nl', locale: 'en-US', fallback: 'en' }), 'nl');
  });

  it('uses the Teams locale when nothing was remembered', () => {
    assert.equal(readerLanguage({ typed: null, remembered: null, locale: 'en-GB', fallback: 'nl' }), 'en');
  });

  it('falls back to the organisation default without a known locale', () => {
    assert.equal(readerLanguage({ typed: null, remembered: null, locale: 'de-DE', fallback: 'en' }), 'en');
    assert.equal(readerLanguage({ typed: null, remembered: null, locale: undefined, fallback: 'nl' }), 'nl');
  });
});
