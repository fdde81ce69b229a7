// Calendar days as YYYY-MM-DD strings: a date without a time or a zone (a deadline day, a retention
// date, the day of a question). Arithmetic by date-fns on the machine's local calendar, which keeps
// every date whatever zone the machine is in (the tests try four), as long as that zone never skipped
// a whole day (Kiritimati skipped 31 December 1994, Samoa 30 December 2011). Pure.
import { addDays as addDaysTo } from 'date-fns/addDays';
import { addYears as addYearsTo } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isValid } from 'date-fns/isValid';
import { isWeekend as isWeekendDate } from 'date-fns/isWeekend';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The date of a calendar day (local midnight), to hand to date-fns. */
export const dateOfDay = (day: string): Date => parseISO(day);

/** The calendar day a date-fns date falls on, in its own zone. */
export const dayOfDate = (date: Date): string => lightFormat(date, 'yyyy-MM-dd');

/** A day that exists: 2024-02-29 does, 2025-02-29 and 2025-13-01 do not. */
export const isCalendarDay = (text: string): boolean => DAY_PATTERN.test(text) && isValid(parseISO(text));

export const addDays = (day: string, days: number): string => dayOfDate(addDaysTo(dateOfDay(day), days));

/** Whole years later (earlier when negative); 29 February becomes 28 February in a common year. */
export const addYears = (day: string, years: number): string => dayOfDate(addYearsTo(dateOfDay(day), years));

/** Calendar days from `from` to `to`: positive when `to` is later. */
export const daysBetween = (from: string, to: string): number => differenceInCalendarDays(dateOfDay(to), dateOfDay(from));

export const isWeekend = (day: string): boolean => isWeekendDate(dateOfDay(day));
