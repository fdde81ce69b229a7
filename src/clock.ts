// The shells' only clock. The core never reads it: dates are handed in.
import { amsterdamDate } from './time/amsterdam';

let day = { value: '', from: 0, until: 0 };

/**
 * Today in the Netherlands, as YYYY-MM-DD. The date only changes on a full hour (midnight, also across
 * DST), so it is formatted once a minute instead of several times per turn.
 */
export const todayInAmsterdam = (): string => {
  const now = Date.now();
  if (now < day.from || now >= day.until) {
    const from = now - (now % 60_000);
    day = { value: amsterdamDate(now), from, until: from + 60_000 };
  }
  return day.value;
};

/** The current instant, ISO 8601, for records. */
export const nowIso = (): string => new Date().toISOString();
