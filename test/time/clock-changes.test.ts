// Properties over the days the clocks change in the Netherlands (the last Sundays of March and October):
// local time and instants round trip, the 72-hour breach deadline is 72 hours of real time, and ISO
// weeks begin at Amsterdam midnight.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMonday, isSunday, lastDayOfMonth, previousSunday } from 'date-fns';
import { deadlineOf } from '../../src/breach/breach';
import { amsterdamInstant, amsterdamLocal, amsterdamMidnight } from '../../src/time/amsterdam';
import { addDays, dateOfDay, dayOfDate } from '../../src/time/calendar';
import { isoWeekOf, shiftWeek, weekWindow } from '../../src/time/iso-weeks';

const HOUR = 3_600_000;
const lastSunday = (year: number, month: number) => {
  const last = lastDayOfMonth(new Date(year, month - 1, 1));
  return dayOfDate(isSunday(last) ? last : previousSunday(last));
};
const changeDay = fc.record({ year: fc.integer({ min: 2000, max: 2060 }), month: fc.constantFrom(3, 10) }).map(({ year, month }) => ({ month, day: lastSunday(year, month) }));
const clockTime = fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) }).map(({ h, m }) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const elapsed = (from: string, to: string) => Date.parse(to) - Date.parse(from);

describe('the days the clocks change in Amsterdam', () => {
  it('last 23 hours in March and 25 hours in October', () => {
    fc.assert(fc.property(changeDay, ({ month, day }) => elapsed(amsterdamMidnight(day), amsterdamMidnight(addDays(day, 1))) === (month === 3 ? 23 : 25) * HOUR));
  });

  it('read every local time back as itself, except the skipped hour in March, which reads one hour later', () => {
    fc.assert(
      fc.property(changeDay, clockTime, ({ month, day }, time) => {
        const skipped = month === 3 && time.startsWith('02:');
        const expected = skipped ? `03:${time.slice(3)}` : time;
        assert.deepEqual(amsterdamLocal(amsterdamInstant(day, time)), { date: day, time: expected });
      }),
    );
  });

  it('give every minute of the day back as itself, except the second pass of the repeated hour in October, which is the first', () => {
    fc.assert(
      fc.property(changeDay, fc.integer({ min: 0, max: 25 * 60 - 1 }), ({ month, day }, minute) => {
        const start = Date.parse(amsterdamMidnight(day));
        const instant = new Date(start + minute * 60_000).toISOString();
        const local = amsterdamLocal(instant);
        fc.pre(local.date === day);
        const secondPass = month === 10 && minute >= 180 && minute < 240;
        assert.equal(amsterdamInstant(local.date, local.time), new Date(Date.parse(instant) - (secondPass ? HOUR : 0)).toISOString());
      }),
    );
  });

  it('keep the breach deadline 72 hours of real time after discovery, an hour off the wall clock when the clocks change in between', () => {
    fc.assert(
      fc.property(changeDay, fc.constantFrom(-2, -1, 1, 2, 5), clockTime, ({ month, day }, daysFromChange, time) => {
        const discovered = addDays(day, daysFromChange);
        const discoveredAt = amsterdamInstant(discovered, time);
        const deadline = deadlineOf({ discoveredAt });
        assert.equal(elapsed(discoveredAt, deadline), 72 * HOUR);
        const sameWallClock = amsterdamInstant(addDays(discovered, 3), time);
        const changeInBetween = daysFromChange < 0;
        assert.equal(elapsed(sameWallClock, deadline), changeInBetween ? (month === 3 ? HOUR : -HOUR) : 0);
      }),
    );
  });

  it('begin and end ISO weeks at Monday midnight in Amsterdam, the week of the change an hour shorter or longer', () => {
    fc.assert(
      fc.property(changeDay, fc.integer({ min: -10, max: 10 }), ({ month, day }, offset) => {
        const date = addDays(day, offset);
        const week = isoWeekOf(date);
        const window = weekWindow(week);
        assert.ok(isMonday(dateOfDay(window.firstDay)));
        assert.deepEqual(amsterdamLocal(window.from), { date: window.firstDay, time: '00:00' });
        assert.equal(window.to, weekWindow(shiftWeek(week, 1)).from);
        assert.ok(window.from <= amsterdamMidnight(date) && amsterdamMidnight(date) < window.to);
        const containsChange = window.firstDay <= day && day <= window.lastDay;
        assert.equal(elapsed(window.from, window.to), (168 + (containsChange ? (month === 3 ? -1 : 1) : 0)) * HOUR);
      }),
    );
  });
});
