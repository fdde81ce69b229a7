// Amsterdam's clock: instants (ISO 8601 in UTC, as records store them) and the date and time they read
// as in the Netherlands, in winter time (CET) or summer time (CEST). Pure: every instant is an input.
import { TZDate } from '@date-fns/tz';
import { lightFormat } from 'date-fns/lightFormat';

/** The time zone of every local date and time in Deelwijzer. */
export const AMSTERDAM = 'Europe/Amsterdam';

const HOUR_MS = 3_600_000;

/** An instant (ISO string, epoch milliseconds or Date) as a date-fns date in Amsterdam. */
const inAmsterdam = (instant: string | number | Date): TZDate => new TZDate(typeof instant === 'string' ? Date.parse(instant) : +instant, AMSTERDAM);

/** The calendar day (YYYY-MM-DD) an instant falls on in the Netherlands. */
export const amsterdamDate = (instant: string | number | Date): string => lightFormat(inAmsterdam(instant), 'yyyy-MM-dd');

/** The date (YYYY-MM-DD) and time (HH:mm) an instant reads as in the Netherlands. */
export function amsterdamLocal(instant: string | number | Date): { date: string; time: string } {
  const [date, time] = lightFormat(inAmsterdam(instant), 'yyyy-MM-dd HH:mm').split(' ');
  return { date: date!, time: time! };
}

/** A time of day on the clock as HH:mm, 00:00 to 23:59. */
export const isClockTime = (text: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(text);

/**
 * The instant a local date (YYYY-MM-DD) and time (HH:mm) in the Netherlands stands for. A time the clocks
 * skip (02:30 on the last Sunday of March) counts as the same moment in winter time (03:30 summer time).
 * A time that happens twice (02:30 on the last Sunday of October) is the first of the two: a deadline
 * counted from it then never starts late.
 */
export function amsterdamInstant(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  const later = new TZDate(year!, month! - 1, day!, hours!, minutes!, AMSTERDAM).getTime();
  const earlier = later - HOUR_MS;
  const first = lightFormat(inAmsterdam(earlier), 'yyyy-MM-dd HH:mm') === `${date} ${time}` ? earlier : later;
  return new Date(first).toISOString();
}

/** The instant a calendar day begins in the Netherlands (midnight always exists there). */
export const amsterdamMidnight = (day: string): string => amsterdamInstant(day, '00:00');
