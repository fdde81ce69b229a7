// The moments on the breach forms: only dates and times that exist. Pure.
import assert from 'node:assert/strict';
import { apFormSchema, breachFormSchema } from '../../src/breach/breach';

const complete = { kind: 'lost_device', discoveredDate: '2026-11-23', discoveredTime: '10:15', encrypted: 'no', parties: 'politie:rotterdam', subjects: 'slachtoffer', data: 'naw', people: '2-10' };
const problems = (result: { success: boolean; error?: { issues: { message: string }[] } }) => (result.success ? [] : result.error!.issues.map((i) => i.message));

describe('the moment of discovery on the breach form', () => {
  it('is accepted as a real date and time', () => assert.equal(breachFormSchema.safeParse(complete).success, true));
  for (const discoveredDate of ['2026-02-31', '2026-13-01', '23-11-2026']) {
    it(`is refused with the date ${discoveredDate}`, () => assert.deepEqual(problems(breachFormSchema.safeParse({ ...complete, discoveredDate })), ['vul de datum van ontdekken in als JJJJ-MM-DD']));
  }
  for (const discoveredTime of ['24:00', '12:60', '9:15']) {
    it(`is refused with the time ${discoveredTime}`, () => assert.deepEqual(problems(breachFormSchema.safeParse({ ...complete, discoveredTime })), ['vul het tijdstip van ontdekken in als UU:MM']));
  }
});

describe('the moment the Autoriteit Persoonsgegevens was told', () => {
  const notified = { apDecision: 'notified', apDate: '2026-11-24', apTime: '09:00', apPartiesAgreed: 'true' };
  it('is accepted as a real date and time', () => assert.equal(apFormSchema.safeParse(notified).success, true));
  it('is refused with a date that does not exist', () => assert.deepEqual(problems(apFormSchema.safeParse({ ...notified, apDate: '2026-02-30' })), ['vul de datum van de melding in als JJJJ-MM-DD']));
  it('is refused with a time that does not exist', () => assert.deepEqual(problems(apFormSchema.safeParse({ ...notified, apTime: '25:00' })), ['vul het tijdstip van de melding in als UU:MM']));
});
