// Who may file a request, and which case numbers are refused. Pure.
import assert from 'node:assert/strict';
import { answer } from '../../src/ask/answer';
import { checkCaseReference, fileable, personalDataInNote } from '../../src/requests/filing';
import { loadRules } from '../../src/rules/load';

const rules = loadRules();
const decide = (question: string, as: string) => {
  const [party, unit] = as.split(':');
  return answer({ question, as: { party: party as 'politie', unit } }, rules, '2026-11-23').decision;
};

describe('filing a disclosure request', () => {
  it('is possible for the recipient when the verdict permits sharing and another organisation holds the data', () => {
    const d = decide('Mag de politie Amsterdam ons de geweldsincidenten van de pleger geven voor de risicotaxatie?', 'blijf-groep');
    assert.deepEqual(fileable(d, { party: 'blijf-groep' }), { discloser: { party: 'politie', unit: 'amsterdam' }, recipient: { party: 'blijf-groep', unit: undefined } });
  });

  it('is not possible for the organisation that holds the data', () => {
    const d = decide('Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?', 'politie:amsterdam');
    assert.equal(fileable(d, { party: 'politie', unit: 'amsterdam' }), null);
  });

  it('is not possible when the verdict does not permit sharing', () => {
    const d = decide('Mag ik bij de politie de incidenten van de pleger opvragen voor de risicotaxatie?', 'blijf-groep');
    assert.equal(d.verdict, 'not_allowed');
    assert.equal(fileable(d, { party: 'blijf-groep' }), null);
  });

  it('is not possible for someone who does not say where they work', () => {
    const d = decide('Mag de politie Amsterdam ons de geweldsincidenten van de pleger geven voor de risicotaxatie?', 'blijf-groep');
    assert.equal(fileable(d, undefined), null);
  });
});

describe('a case number', () => {
  for (const ok of ['BG-2026-0142', 'VT/2025/77', 'Z123', 'ZAAK 2026 4411']) {
    it(`accepts ${ok}`, () => assert.deepEqual(checkCaseReference(` ${ok} `), { ok: true, value: ok }));
  }
  const refused: [string, string][] = [
    ['Jansen', 'name'],
    ['Fatima El Amrani', 'name'],
    ['111222333', 'bsn'],
    ['0612345678', 'phone'],
    ['12-05-1980', 'birthdate'],
    ['a@b.nl', 'format'],
    ['x', 'format'],
  ];
  for (const [text, problem] of refused) {
    it(`refuses ${text} as ${problem}`, () => assert.deepEqual(checkCaseReference(text), { ok: false, problem }));
  }
});

describe('notes on a request', () => {
  it('may say why the data is needed in general terms', () => assert.deepEqual(personalDataInNote('Nodig voor de risicotaxatie bij de opname van vannacht.'), []));
  it('may not carry a phone number or a BSN', () => {
    assert.deepEqual(personalDataInNote('Bel 0612345678'), ['phone']);
    assert.deepEqual(personalDataInNote('BSN 111222333'), ['bsn']);
  });
});
