// The command table (src/commands.ts): what runs a command, and which language its words are in.
import assert from 'node:assert/strict';
import { COMMAND_IDS, COMMAND_TABLE, commandLanguage, commandOf } from '../../src/commands';
import { readManifest } from '../../src/package/manifest';

const env = { TEAMS_APP_ID: '00000000-0000-0000-0000-000000000001', BOT_ID: '00000000-0000-0000-0000-000000000002', BOT_DOMAIN: 'deelwijzer.example.org' };

describe('the command table', () => {
  it('runs each command by every one of its words, in any case and spacing', () => {
    for (const id of COMMAND_IDS) {
      for (const word of [...COMMAND_TABLE[id].words.nl, ...COMMAND_TABLE[id].words.en]) {
        assert.equal(commandOf(word), id, word);
        assert.equal(commandOf(`  ${word.toUpperCase().replace(' ', '   ')} `), id, word);
      }
    }
  });

  it('gives no word to two commands', () => {
    const owners = new Map<string, string>();
    for (const id of COMMAND_IDS) {
      for (const word of new Set([...COMMAND_TABLE[id].words.nl, ...COMMAND_TABLE[id].words.en])) {
        assert.equal(owners.get(word), undefined, `"${word}" belongs to ${owners.get(word)} and ${id}`);
        owners.set(word, id);
      }
    }
  });

  it('takes a question, or a command word inside a sentence, for no command', () => {
    assert.equal(commandOf('Mag ik het adres van de pleger delen met Blijf Groep?'), null);
    assert.equal(commandOf('help me met een datalek'), null);
    assert.equal(commandOf(''), null);
  });

  it('knows the language of a word only one language has, and none for a word both have', () => {
    assert.equal(commandLanguage('weekoverzicht'), 'nl');
    assert.equal(commandLanguage('weekly digest'), 'en');
    assert.equal(commandLanguage('digest'), null);
    assert.equal(commandLanguage('?'), null);
    assert.equal(commandLanguage('goedemorgen'), null);
  });

  it('has every command the Teams manifest offers', () => {
    const titles: string[] = JSON.parse(readManifest(env).text).bots[0].commandLists[0].commands.map((c: { title: string }) => c.title);
    for (const title of titles) assert.notEqual(commandOf(title), null, title);
  });
});
