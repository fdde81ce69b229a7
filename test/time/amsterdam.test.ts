// Instants and the date and time they read as in Amsterdam, in winter and summer time. Pure.
import assert from 'node:assert/strict';
import { amsterdamDate, amsterdamInstant, amsterdamLocal, amsterdamMidnight, isClockTime } from '../../src/time/amsterdam';

describe('Amsterdam time', () => {
  it('takes a clock time as HH:mm from 00:00 to 23:59, and nothing else of two digits, a colon and two digits', () => {
    for (let h = 0; h < 100; h++) {
      for (let m = 0; m < 100; m++) {
        const text = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        assert.equal(isClockTime(text), h < 24 && m < 60, text);
      }
    }
    for (const text of ['9:30', '09:3', '09:30 ', '0930', '09.30', '']) assert.equal(isClockTime(text), false, text);
  });

  it('reads a local time on the day summer time starts as summer time: 12:00 is 10:00 UTC', () => {
    assert.equal(amsterdamInstant('2026-03-29', '12:00'), '2026-03-29T10:00:00.000Z');
  });

  it('reads a local time on the day winter time starts as winter time: 12:00 is 11:00 UTC', () => {
    assert.equal(amsterdamInstant('2026-10-25', '12:00'), '2026-10-25T11:00:00.000Z');
  });

  it('is one hour ahead of UTC in winter and two in summer', () => {
    assert.equal(amsterdamInstant('2026-11-23', '10:15'), '2026-11-23T09:15:00.000Z');
    assert.equal(amsterdamInstant('2026-07-01', '10:15'), '2026-07-01T08:15:00.000Z');
  });

  it('takes a time the clocks skip as the same moment in winter time', () => {
    assert.equal(amsterdamInstant('2026-03-29', '02:30'), '2026-03-29T01:30:00.000Z');
    assert.deepEqual(amsterdamLocal('2026-03-29T01:30:00.000Z'), { date: '2026-03-29', time: '03:30' });
  });

  it('takes the first of the two moments a time happens when the clocks go back', () => {
    assert.equal(amsterdamInstant('2026-10-25', '02:30'), '2026-10-25T00:30:00.000Z');
    assert.deepEqual(amsterdamLocal('2026-10-25T01:30:00.000Z'), { date: '2026-10-25', time: '02:30' });
  });

  it('puts an instant late in the UTC evening on the next Amsterdam day', () => {
    assert.equal(amsterdamDate('2026-11-23T23:30:00.000Z'), '2026-11-24');
    assert.equal(amsterdamDate('2026-06-30T22:30:00.000Z'), '2026-07-01');
    assert.equal(amsterdamDate('2026-06-30T21:59:59.999Z'), '2026-06-30');
  });

  it('reads epoch milliseconds and dates like ISO strings', () => {
    const instant = '2026-11-23T09:15:00.000Z';
    assert.deepEqual(amsterdamLocal(Date.parse(instant)), { date: '2026-11-23', time: '10:15' });
    assert.equal(amsterdamDate(new Date(instant)), '2026-11-23');
  });

  it('begins a day at midnight in winter or summer time, also on the days the clocks change', () => {
    assert.equal(amsterdamMidnight('2026-03-29'), '2026-03-28T23:00:00.000Z');
    assert.equal(amsterdamMidnight('2026-03-30'), '2026-03-29T22:00:00.000Z');
    assert.equal(amsterdamMidnight('2026-10-25'), '2026-10-24T22:00:00.000Z');
    assert.equal(amsterdamMidnight('2026-10-26'), '2026-10-25T23:00:00.000Z');
  });
});
