// The shells' only clock. The core never reads it: dates are handed in.

/** Today in the Netherlands, as YYYY-MM-DD. */
export const todayInAmsterdam = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** The current instant, ISO 8601, for records. */
export const nowIso = (): string => new Date().toISOString();
