// When a request waits too long: a reminder to the contact after the service level, and the
// contact's manager told after twice the service level. Working days, Dutch public holidays. Pure.
import type { DisclosureRequest } from './request';
import { amsterdamDate } from '../time/amsterdam';
import { workingDaysBetween } from '../time/working-days';

export type DeadlineStep = 'remind' | 'escalate';

/** Working days a request has waited, from the day it was filed to `today`. */
export const ageInWorkingDays = (request: Pick<DisclosureRequest, 'createdAt'>, today: string) => workingDaysBetween(amsterdamDate(request.createdAt), today);

/** What is due for a request today; both when the bot was down long enough to miss the reminder. */
export function deadlineSteps(request: DisclosureRequest, today: string): DeadlineStep[] {
  if (request.state !== 'pending') return [];
  const age = ageInWorkingDays(request, today);
  const steps: DeadlineStep[] = [];
  if (age >= request.slaDays && !request.remindedAt) steps.push('remind');
  if (age >= 2 * request.slaDays && !request.escalatedAt) steps.push('escalate');
  return steps;
}
