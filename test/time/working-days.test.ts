// Dutch working days: our own holiday rules, checked against date-holidays, and the counting on them. Pure.
import assert from 'node:assert/strict';
import Holidays from 'date-holidays';
import fc from 'fast-check';
import { addDays } from '../../src/time/calendar';
import { addWorkingDays, easterSunday, isWorkingDay, publicHolidays, workingDaysBetween } from '../../src/time/working-days';
import { calendarDay } from './arbitraries';

const day = calendarDay(2014, 2043);
/** Working days after `from` up to and including `to`, one day at a time. */
function countOneByOne(from: string, to: string): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
  return count;
}

describe('Dutch working days for request deadlines', () => {
  it('know Easter Sunday', () => {
    assert.equal(easterSunday(2025), '2025-04-20');
    assert.equal(easterSunday(2026), '2026-04-05');
    assert.equal(easterSunday(2027), '2027-03-28');
  });

  it('know the public holidays of 2026, with King’s Day moved off a Sunday where needed', () => {
    const h = publicHolidays(2026);
    for (const day of ['2026-01-01', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26']) assert.ok(h.has(day), day);
    assert.ok(publicHolidays(2025).has('2025-04-26'), 'King’s Day 2025 falls on Saturday 26 April because the 27th is a Sunday');
  });

  it('skip weekends and holidays', () => {
    assert.equal(isWorkingDay('2026-11-23'), true);
    assert.equal(isWorkingDay('2026-11-28'), false);
    assert.equal(isWorkingDay('2026-12-25'), false);
  });

  it('put five working days after a Friday before Christmas into the new year', () => {
    assert.equal(addWorkingDays('2026-12-18', 5), '2026-12-28');
    assert.equal(addWorkingDays('2026-12-24', 5), '2027-01-04');
  });

  it('count working days between two dates', () => {
    assert.equal(workingDaysBetween('2026-11-23', '2026-11-30'), 5);
    assert.equal(workingDaysBetween('2026-11-30', '2026-11-23'), 0);
  });

  it('agree with date-holidays on 30 years of Dutch public holidays, plus Good Friday and Liberation Day, which we count on purpose', () => {
    // date-holidays lists Good Friday and Liberation Day (5 May) as school holidays only: not a day off for
    // everyone, but a reminder or deadline on them is not fair. New Year's Eve (a bank holiday there) is a working day here.
    const reference = new Holidays('NL');
    const deliberate = new Set(['Goede Vrijdag', 'Bevrijdingsdag']);
    for (let year = 2014; year <= 2043; year++) {
      const listed = reference.getHolidays(year);
      const theirs = new Set(listed.filter((h) => h.type === 'public' || deliberate.has(h.name)).map((h) => h.date.slice(0, 10)));
      assert.deepEqual([...publicHolidays(year)].sort(), [...theirs].sort(), String(year));
      for (const h of listed.filter((h) => deliberate.has(h.name))) assert.notEqual(h.type, 'public', `${h.name} ${year} is now a public holiday in date-holidays`);
    }
  });

  it('count the same working days between any two dates as counting one day at a time', () => {
    fc.assert(fc.property(day, fc.integer({ min: -5, max: 400 }), (from, span) => workingDaysBetween(from, addDays(from, span)) === countOneByOne(from, addDays(from, span))));
  });

  it('land n working days later on a working day, n working days away', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 30 }), (from, n) => {
        const due = addWorkingDays(from, n);
        assert.equal(workingDaysBetween(from, due), n);
        if (n > 0) assert.ok(isWorkingDay(due), due);
      }),
    );
  });
});
