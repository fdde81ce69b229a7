// ISO weeks on the Dutch calendar (YYYY-Www): a week runs from Monday 00:00 to the next Monday 00:00
// in Amsterdam, so a week with a change of the clocks lasts 167 or 169 hours. Pure.
import { format } from 'date-fns/format';
import { setISOWeek } from 'date-fns/setISOWeek';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { amsterdamMidnight } from './amsterdam';
import { addDays, dateOfDay, dayOfDate } from './calendar';

export const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** The ISO week (YYYY-Www) a calendar day falls in: 2027-01-01 is in 2026-W53. */
export const isoWeekOf = (day: string): string => format(dateOfDay(day), "RRRR-'W'II");

/** The Monday a week starts on, or null for a week that does not exist (2025-W53). */
export function weekStart(week: string): string | null {
  const m = WEEK_PATTERN.exec(week);
  if (!m) return null;
  const n = Number(m[2]);
  const start = dayOfDate(startOfISOWeek(setISOWeek(dateOfDay(`${m[1]}-01-04`), n)));
  return n >= 1 && isoWeekOf(start) === week ? start : null;
}

/** The week `by` weeks later (earlier when negative). */
export const shiftWeek = (week: string, by: number): string => isoWeekOf(addDays(weekStart(week)!, 7 * by));

/** The instants a week covers, [from, to), and its first and last calendar day. */
export function weekWindow(week: string): { from: string; to: string; firstDay: string; lastDay: string } {
  const start = weekStart(week)!;
  return { from: amsterdamMidnight(start), to: amsterdamMidnight(addDays(start, 7)), firstDay: start, lastDay: addDays(start, 6) };
}
