// ISO weeks on the Dutch calendar. Pure.
import assert from 'node:assert/strict';
import { isoWeekOf, shiftWeek, weekStart, weekWindow } from '../../src/time/iso-weeks';

describe('ISO weeks in Amsterdam', () => {
  it('know week numbers across the year end', () => {
    assert.equal(isoWeekOf('2026-11-23'), '2026-W48');
    assert.equal(isoWeekOf('2027-01-01'), '2026-W53');
    assert.equal(isoWeekOf('2024-12-30'), '2025-W01');
  });

  it('start on a Monday, and do not exist beyond the last week of a year', () => {
    assert.equal(weekStart('2026-W48'), '2026-11-23');
    assert.equal(weekStart('2026-W53'), '2026-12-28');
    assert.equal(weekStart('2025-W53'), null);
    assert.equal(weekStart('2026-W00'), null);
    assert.equal(weekStart('2026-48'), null);
  });

  it('shift by whole weeks across the year end', () => {
    assert.equal(shiftWeek('2026-W01', -1), '2025-W52');
    assert.equal(shiftWeek('2026-W52', 1), '2026-W53');
    assert.equal(shiftWeek('2026-W53', 1), '2027-W01');
  });

  it('start at midnight Amsterdam time, also across the switch to summer time', () => {
    assert.deepEqual(weekWindow('2026-W13'), { from: '2026-03-22T23:00:00.000Z', to: '2026-03-29T22:00:00.000Z', firstDay: '2026-03-23', lastDay: '2026-03-29' });
  });

  it('end at midnight Amsterdam time across the switch to winter time', () => {
    assert.deepEqual(weekWindow('2026-W43'), { from: '2026-10-18T22:00:00.000Z', to: '2026-10-25T23:00:00.000Z', firstDay: '2026-10-19', lastDay: '2026-10-25' });
  });
});
