// Words around a purpose word that say it is not the purpose (grammar.yaml `absentWords`, `whichWords`).
import assert from 'node:assert/strict';
import { parseQuestion } from '../../src/nlu/question-reader';
import { parsePartyRef, type PartyRef } from '../../src/vocabulary';

const purposeOf = (question: string, as = 'politie:rotterdam') => parseQuestion(question, { as: parsePartyRef(as) as PartyRef }).slots.purpose;

describe('a purpose said to be absent', () => {
  it('is no purpose after "geen"', () => {
    assert.equal(purposeOf('Het gezin geeft toestemming, maar er is geen plan van aanpak. Mag ik de incidenten met het wijkteam delen?'), undefined);
  });

  it('is no purpose after "without" and an article', () => {
    assert.equal(purposeOf('Can I share the incidents with the neighbourhood team without a support plan?'), undefined);
  });

  it('is the purpose when nothing says it is absent', () => {
    assert.equal(purposeOf('Het gezin geeft toestemming en er is een ondersteuningsplan. Mag ik de incidenten met het wijkteam delen?'), 'plan-van-aanpak');
  });
});

describe('a purpose word after "welke" or "which"', () => {
  it('gives way to the purpose the question says', () => {
    assert.equal(purposeOf('Mag ik bij Veilig Thuis navragen welke hulp zij inzetten, zodat het geweld stopt?'), 'geweld-voorkomen');
  });

  it('is the purpose when the question names no other', () => {
    assert.equal(purposeOf('Mag VT ons vertellen welke hulp het gezin eerder kreeg?', 'lokaal-veld:rotterdam'), 'hulpverlening');
  });
});
