// The bot answers free-text questions about a covenant whose party, data category and purpose come from its
// folder's vocabulary.yaml (RULEBOOK_DIRS), through the Bot Framework protocol.
import assert from 'node:assert/strict';
import { Harness, cardOf, cardText, type User } from '../bot/harness';
import { ZVH_DIR, ZVH_DIRECTORY } from '../covenants/fixtures';

const zvh: User = { aadObjectId: '00000000-0000-0000-0000-0000000000f3', name: 'Lotte de Wit' };
const probation: User = { aadObjectId: '00000000-0000-0000-0000-0000000000f4', name: 'Sem Jansen' };
const title = /Convenant persoonsgerichte aanpak Zorg- en Veiligheidshuis Gooi en Vechtstreek en reclassering \(fictief\)/;

describe('the bot with a covenant that brings its own vocabulary', function () {
  this.timeout(20_000);
  const h = new Harness();
  before(() => h.start({ DIRECTORY_FILE: ZVH_DIRECTORY, ALLOWED_TENANTS: 'tenant-demo', RULEBOOK_DIRS: ZVH_DIR }));
  after(() => h.stop());

  const answer = async (user: User, question: string) => {
    const { replies } = await h.say(user, question);
    assert.equal(replies.length, 1);
    return cardText(cardOf(replies[0]));
  };

  it('lets the Zorg- en Veiligheidshuis give the case conference report on the perpetrator for the person-centred approach, citing art. 3.1', async () => {
    const text = await answer(zvh, 'Mag ik het casusverslag over de pleger delen met de reclassering voor de persoonsgerichte aanpak?');
    assert.match(text, /Mag onder voorwaarden/);
    assert.match(text, new RegExp(`${title.source}, art\\. 3\\.1`));
    assert.match(text, /verslag van het casusoverleg in het Zorg- en Veiligheidshuis/);
  });

  it('does not let the report go to the probation service where it is about the victim, citing art. 3.3', async () => {
    const text = await answer(zvh, 'Mag ik het verslag van het casusoverleg over het slachtoffer aan de reclassering geven voor de persoonsgerichte aanpak?');
    assert.match(text, /Mag niet/);
    assert.doesNotMatch(text, /Mag onder voorwaarden/);
    assert.match(text, new RegExp(`${title.source}, art\\. 3\\.3`));
  });

  it('answers the probation service that names the Zorg- en Veiligheidshuis in words, citing art. 3.2', async () => {
    const text = await answer(probation, 'Mag ik het adres van mijn cliënt delen met het Zorg- en Veiligheidshuis voor de persoonsgerichte aanpak?');
    assert.match(text, /Mag onder voorwaarden/);
    assert.match(text, new RegExp(`${title.source}, art\\. 3\\.2`));
  });

  it('answers in English with the English labels of the added words', async () => {
    const text = await answer(zvh, 'May I share the case conference report on the perpetrator with the probation service for the person centred approach?');
    assert.match(text, /report of the case conference at the Zorg- en Veiligheidshuis/);
    assert.match(text, new RegExp(`${title.source}, art\\. 3\\.1`));
  });
});
