// A purpose said to be absent is no purpose (grammar.yaml `absentWords`).
import assert from 'node:assert/strict';
import { parseQuestion } from '../../src/nlu/question-reader';
import { parsePartyRef, type PartyRef } from '../../src/vocabulary';

const purposeOf = (question: string) => parseQuestion(question, { as: parsePartyRef('politie:rotterdam') as PartyRef }).slots.purpose;

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
