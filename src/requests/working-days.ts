// Dutch working days for request deadlines: weekends and the national public holidays are skipped.
// Pure: dates are YYYY-MM-DD strings, computed in UTC so no time zone shifts a day.

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return toIso(d);
};

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
  const kingsDay = toDate(`${year}-04-27`).getUTCDay() === 0 ? `${year}-04-26` : `${year}-04-27`;
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

export function isWorkingDay(iso: string): boolean {
  const weekday = toDate(iso).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const year = Number(iso.slice(0, 4));
  let holidays = holidayCache.get(year);
  if (!holidays) holidayCache.set(year, (holidays = publicHolidays(year)));
  return !holidays.has(iso);
}

/** The date `n` working days after `iso` (the start day itself does not count). */
export function addWorkingDays(iso: string, n: number): string {
  let date = iso;
  let left = n;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) left--;
  }
  return date;
}

/** Working days from `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) if (isWorkingDay(date)) count++;
  return count;
}
