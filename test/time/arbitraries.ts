// fast-check arbitraries shared by the time tests.
import fc from 'fast-check';

/** A calendar day (YYYY-MM-DD) from 1 January of `fromYear` to 31 December of `toYear`. */
export const calendarDay = (fromYear: number, toYear: number) => fc.integer({ min: Date.UTC(fromYear, 0, 1), max: Date.UTC(toYear, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
