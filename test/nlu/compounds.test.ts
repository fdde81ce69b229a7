// Words joined by hyphens that the lexicon does not know whole: read as their parts (src/nlu/compounds.ts).
import assert from 'node:assert/strict';
import { parseQuestion } from '../../src/nlu/question-reader';
import { formatPartyRef, parsePartyRef, type PartyRef } from '../../src/vocabulary';

const read = (question: string, asker: string) => parseQuestion(question, { as: parsePartyRef(asker) as PartyRef }).slots;

describe('compounds joined by hyphens', () => {
  it('reads a compound of two known words as both', () => {
    assert.deepEqual([...read('Mag ik haar GGZ-dossier aan de politie Amsterdam geven?', 'blijf-groep').data].sort(), ['dossier', 'medische-gegevens']);
  });

  it('reads an organisation before the hyphen as that organisation, whatever follows', () => {
    assert.equal(formatPartyRef(read('Mag ik het adres van de pleger aan de Blijf-collega geven voor de risicotaxatie?', 'politie:amsterdam').to), 'blijf-groep');
  });

  it('keeps a compound that is a typo of a word it knows whole', () => {
    assert.equal(read('Mag ik de triagebevindingen aan het WIJ-team in Rotterdam geven?', 'veilig-thuis:rotterdam-rijnmond').to?.party, 'lokaal-veld');
  });

  it('takes the organisation joined to the data as their giver when no verb says who gives', () => {
    const slots = read('Voor ons advies willen we het VT-dossier van de cliënt.', 'reclassering');
    assert.deepEqual([formatPartyRef(slots.from), formatPartyRef(slots.to)], ['veilig-thuis', 'reclassering']);
  });

  it('leaves the direction to the verb when there is one', () => {
    const slots = read('Mag ik het VT-dossier aan de reclassering sturen?', 'veilig-thuis:rotterdam-rijnmond');
    assert.deepEqual([formatPartyRef(slots.from), formatPartyRef(slots.to)], ['veilig-thuis:rotterdam-rijnmond', 'reclassering']);
  });
});
