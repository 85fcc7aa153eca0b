import { addDays, startOfDay } from 'date-fns';

export const ALARM_HOURLY = 'formerly/hourly';
export const ALARM_MIDNIGHT = 'formerly/midnight';

/** Epoch ms of the next local midnight after `now`, when every due date moves by a day. */
export function nextLocalMidnight(now: Date): number {
  return startOfDay(addDays(now, 1)).getTime() + 1000;
}
