// Calendar days without a zone: adding days and years, counting days, real dates. Pure.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, addYears, daysBetween, isCalendarDay, isWeekend } from '../../src/time/calendar';
import { isoWeekOf, weekStart } from '../../src/time/iso-weeks';
import { isWorkingDay, workingDaysBetween } from '../../src/time/working-days';
import { calendarDay } from './arbitraries';

describe('calendar days', () => {
  it('turn 29 February plus one year into 28 February', () => {
    assert.equal(addYears('2024-02-29', 1), '2025-02-28');
    assert.equal(addYears('2024-02-29', 10), '2034-02-28');
  });

  it('keep 29 February in a leap year, and count years back', () => {
    assert.equal(addYears('2024-02-29', 4), '2028-02-29');
    assert.equal(addYears('2026-11-23', -10), '2016-11-23');
  });

  it('add days across month and year ends and the change of the clocks', () => {
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2026-03-28', 2), '2026-03-30');
    assert.equal(addDays('2026-10-26', -2), '2026-10-24');
  });

  it('count the days between two dates, negative when the second is earlier', () => {
    assert.equal(daysBetween('2026-11-23', '2027-04-30'), 158);
    assert.equal(daysBetween('2026-03-30', '2026-03-28'), -2);
  });

  it('know which days exist', () => {
    assert.equal(isCalendarDay('2024-02-29'), true);
    assert.equal(isCalendarDay('2025-02-29'), false);
    assert.equal(isCalendarDay('2025-13-01'), false);
    assert.equal(isCalendarDay('2025-1-01'), false);
    assert.equal(isCalendarDay('2025-01-01T00:00'), false);
  });

  it('know the weekend', () => {
    assert.equal(isWeekend('2026-11-28'), true);
    assert.equal(isWeekend('2026-11-30'), false);
  });

  describe('on a machine in another time zone', () => {
    const zone = process.env.TZ;
    afterEach(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    // São Paulo skipped midnight when its summer time began (until 2019); Etc/GMT-14 is UTC+14, Pago Pago UTC-11.
    // Not a zone that skipped a whole day (Kiritimati on 31 December 1994): a date-fns local date cannot be on it.
    for (const machineZone of ['America/Sao_Paulo', 'Etc/GMT-14', 'Pacific/Pago_Pago', 'Europe/Amsterdam']) {
      it(`give the same dates in ${machineZone} as in UTC`, () => {
        const facts = (d: string) => [
          addDays(d, 1),
          addDays(d, -1),
          addYears(d, 1),
          daysBetween(d, '2026-01-01'),
          isoWeekOf(d),
          weekStart(isoWeekOf(d)),
          isWorkingDay(d),
          workingDaysBetween(d, addDays(d, 40)),
        ];
        fc.assert(
          fc.property(calendarDay(1990, 2060), (d) => {
            process.env.TZ = 'UTC';
            const inUtc = facts(d);
            process.env.TZ = machineZone;
            assert.deepEqual(facts(d), inUtc);
          }),
          { numRuns: 300, examples: [['2018-11-03'], ['2018-11-04'], ['2019-02-16']] },
        );
      });
    }
  });
});
