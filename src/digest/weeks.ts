// ISO weeks on the Dutch calendar: a week runs from Monday 00:00 to Monday 00:00 in Europe/Amsterdam. Pure.

export const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const fromDate = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (iso: string, days: number) => fromDate(new Date(toDate(iso).getTime() + days * 86_400_000));

/** The ISO week (YYYY-Www) a calendar day falls in. */
export function isoWeekOf(iso: string): string {
  const d = toDate(iso);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(d.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - jan1) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday a week starts on, or null for a week that does not exist (2025-W53). */
export function weekStart(week: string): string | null {
  const m = WEEK_PATTERN.exec(week);
  if (!m) return null;
  const year = Number(m[1]);
  const n = Number(m[2]);
  const jan4 = toDate(`${year}-01-04`);
  const mondayOfWeek1 = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  const start = fromDate(new Date(mondayOfWeek1.getTime() + (n - 1) * 7 * 86_400_000));
  return n >= 1 && isoWeekOf(start) === week ? start : null;
}

export const shiftWeek = (week: string, by: number) => isoWeekOf(addDays(weekStart(week)!, 7 * by));

/** The UTC instant of 00:00 in Amsterdam on a calendar day (CET or CEST). */
export function amsterdamMidnightUtc(iso: string): string {
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(toDate(iso).getTime() - offsetHours * 3_600_000);
    const local = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).format(candidate);
    if (local.startsWith(iso) && local.endsWith('00')) return candidate.toISOString();
  }
  return toDate(iso).toISOString();
}

/** The instants a week covers, [from, to). */
export function weekWindow(week: string): { from: string; to: string; firstDay: string; lastDay: string } {
  const start = weekStart(week)!;
  return { from: amsterdamMidnightUtc(start), to: amsterdamMidnightUtc(addDays(start, 7)), firstDay: start, lastDay: addDays(start, 6) };
}
