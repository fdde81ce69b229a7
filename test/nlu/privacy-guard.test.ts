// The personal-data guard: what it flags, what it leaves alone, and that it never repeats the data.
import assert from 'node:assert/strict';
import { parseQuestion } from '../../src/nlu/question-reader';

const guard = (text: string) => parseQuestion(text, { as: { party: 'blijf-groep' } }).personalData;

describe('the personal-data guard', () => {
  it('flags a name typed in the middle of a question', () => {
    assert.deepEqual(guard('Mag ik het adres van Jan de Vries delen met de politie?'), ['name']);
  });

  it('flags a name after a title, even in lower case', () => {
    assert.deepEqual(guard('mag ik het adres van mevrouw jansen delen met de politie'), ['name']);
  });

  it('does not take organisations, places and abbreviations for names', () => {
    assert.deepEqual(guard('Mag ik het adres delen met Blijf Groep, de politie Amsterdam, Veilig Thuis Rotterdam-Rijnmond of het OM voor AWARE en ZSM?'), []);
    assert.deepEqual(guard('Can I share the address with the Child Protection Board in Almere?'), []);
  });

  it('flags a citizen service number that passes the eleven test', () => {
    assert.deepEqual(guard('mag ik bsn 111222333 delen met de politie'), ['bsn']);
    assert.deepEqual(guard('mag ik 123456782 delen met de politie'), ['bsn']);
  });

  it('does not flag nine digits that fail the eleven test', () => {
    assert.deepEqual(guard('mag ik zaaknummer 123456789 delen met de politie'), []);
  });

  it('flags Dutch phone numbers in their usual forms', () => {
    for (const phone of ['0612345678', '06-12345678', '06 1234 5678', '+31 6 12345678', '020-1234567']) {
      assert.deepEqual(guard(`mag ik ${phone} aan de politie geven`), ['phone'], phone);
    }
  });

  it('flags e-mail addresses', () => {
    assert.deepEqual(guard('mag ik iemand@voorbeeld.nl aan de politie geven'), ['email']);
  });

  it('flags dates of birth, written or numeric', () => {
    assert.deepEqual(guard('mag ik geboortedatum 12-03-1985 delen met de politie'), ['birthdate']);
    assert.deepEqual(guard('het kind is geboren op 3 maart 2019, mag ik dat delen met de politie'), ['birthdate']);
    assert.deepEqual(guard('mag ik 1985-03-12 delen met de politie'), ['birthdate']);
  });

  it('does not flag the date of a planned disclosure', () => {
    assert.deepEqual(guard('mag ik op 12-03-2026 het adres delen met de politie'), []);
  });

  it('reports several kinds once each', () => {
    assert.deepEqual(guard('mag ik het adres van Piet Bakker, 0612345678, piet@voorbeeld.nl en nog een 0687654321 delen'), ['name', 'phone', 'email']);
  });

  it('never repeats personal data among the words it did not understand', () => {
    const parsed = parseQuestion('mag ik het adres van mevrouw jansen en Piet delen met de politie 0612345678', { as: { party: 'blijf-groep' } });
    for (const word of parsed.notUnderstood) assert.ok(!['jansen', 'piet', '0612345678'].includes(word), word);
  });

  it('reports the meaningful words it did not understand', () => {
    const parsed = parseQuestion('mag ik het schoenmaatregister delen met de politie', { as: { party: 'blijf-groep' } });
    assert.deepEqual(parsed.notUnderstood, ['schoenmaatregister']);
  });
});
