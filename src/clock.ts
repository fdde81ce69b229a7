// The shells' only clock. The core never reads it: dates are handed in.

/** Today in the Netherlands, as YYYY-MM-DD. */
const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });
export const todayInAmsterdam = (): string => amsterdamDay.format(new Date());

/** The current instant, ISO 8601, for records. */
export const nowIso = (): string => new Date().toISOString();
