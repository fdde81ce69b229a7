import assert from 'node:assert/strict';
import { addWorkingDays, easterSunday, isWorkingDay, publicHolidays, workingDaysBetween } from '../../src/time/working-days';

describe('Dutch working days for request deadlines', () => {
  it('knows Easter Sunday', () => {
    assert.equal(easterSunday(2025), '2025-04-20');
    assert.equal(easterSunday(2026), '2026-04-05');
    assert.equal(easterSunday(2027), '2027-03-28');
  });

  it('knows the public holidays of 2026, with King’s Day moved off a Sunday where needed', () => {
    const h = publicHolidays(2026);
    for (const day of ['2026-01-01', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26']) assert.ok(h.has(day), day);
    assert.ok(publicHolidays(2025).has('2025-04-26'), 'King’s Day 2025 falls on Saturday 26 April because the 27th is a Sunday');
  });

  it('skips weekends and holidays', () => {
    assert.equal(isWorkingDay('2026-11-23'), true);
    assert.equal(isWorkingDay('2026-11-28'), false);
    assert.equal(isWorkingDay('2026-12-25'), false);
  });

  it('puts five working days after a Friday before Christmas into the new year', () => {
    assert.equal(addWorkingDays('2026-12-18', 5), '2026-12-28');
    assert.equal(addWorkingDays('2026-12-24', 5), '2027-01-04');
  });

  it('counts working days between two dates', () => {
    assert.equal(workingDaysBetween('2026-11-23', '2026-11-30'), 5);
    assert.equal(workingDaysBetween('2026-11-30', '2026-11-23'), 0);
  });
});
