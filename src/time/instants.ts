// Instants as ISO 8601 strings, moved by real (elapsed) time: 72 hours are 72 hours, also across a
// change of the clocks. Pure.
import { add } from 'date-fns/add';
import type { Duration } from 'date-fns';

export type ElapsedTime = Pick<Duration, 'hours' | 'minutes' | 'seconds'>;

export const instantAfter = (instant: string, elapsed: ElapsedTime): string => add(new Date(instant), elapsed).toISOString();
