// Dutch working days for request deadlines: weekends and the national public holidays are skipped.
// The holiday rules are our own (checked against date-holidays in the tests): they deliberately
// count Good Friday and Liberation Day. Pure.
import { addBusinessDays } from 'date-fns/addBusinessDays';
import { differenceInBusinessDays } from 'date-fns/differenceInBusinessDays';
import { isSunday } from 'date-fns/isSunday';
import { addDays, dateOfDay, dayOfDate, isWeekend } from './calendar';

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The Dutch public holidays of a year: New Year, Good Friday, Easter and Whit Mondays and Sundays,
 * King's Day (27 April, or the 26th when the 27th is a Sunday), Liberation Day (5 May), Ascension
 * Day and Christmas. Good Friday and Liberation Day are not a day off everywhere; deadlines skip them
 * so that a reminder never falls on them.
 */
export function publicHolidays(year: number): Set<string> {
  const easter = easterSunday(year);
  const kingsDay = isSunday(dateOfDay(`${year}-04-27`)) ? `${year}-04-26` : `${year}-04-27`;
  return new Set([
    `${year}-01-01`,
    addDays(easter, -2),
    easter,
    addDays(easter, 1),
    kingsDay,
    `${year}-05-05`,
    addDays(easter, 39),
    addDays(easter, 49),
    addDays(easter, 50),
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
}

const holidayCache = new Map<number, Set<string>>();
function holidaysOf(year: number): Set<string> {
  let holidays = holidayCache.get(year);
  if (!holidays) holidayCache.set(year, (holidays = publicHolidays(year)));
  return holidays;
}
const isHoliday = (day: string) => holidaysOf(Number(day.slice(0, 4))).has(day);

export const isWorkingDay = (day: string): boolean => !isWeekend(day) && !isHoliday(day);

/** The date `n` working days after `day` (the start day itself does not count). */
export function addWorkingDays(day: string, n: number): string {
  let date = dateOfDay(day);
  for (let left = n; left > 0;) {
    date = addBusinessDays(date, 1);
    if (!isHoliday(dayOfDate(date))) left--;
  }
  return dayOfDate(date);
}

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string): number {
  if (to <= from) return 0;
  // Weekdays in (from, to] are the weekdays in [from + 1, to + 1), which date-fns counts.
  const weekdays = differenceInBusinessDays(dateOfDay(addDays(to, 1)), dateOfDay(addDays(from, 1)));
  let holidays = 0;
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const day of holidaysOf(year)) if (day > from && day <= to && !isWeekend(day)) holidays++;
  }
  return weekdays - holidays;
}
