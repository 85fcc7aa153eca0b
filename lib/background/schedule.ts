import { addDays, setHours, startOfDay, startOfHour } from 'date-fns';

export const ALARM_HOURLY = 'formerly/hourly';
export const ALARM_MIDNIGHT = 'formerly/midnight';
export const ALARM_DIGEST = 'formerly/digest';

/** Epoch ms of the next local midnight after `now`, when every due date moves by a day. */
export function nextLocalMidnight(now: Date): number {
  return startOfDay(addDays(now, 1)).getTime() + 1000;
}

/** Epoch ms of the next time the local clock shows `hour`:00, strictly after `now`. */
export function nextDigestAt(now: Date, hour: number): number {
  const today = startOfHour(setHours(startOfDay(now), hour));
  return (today > now ? today : startOfHour(setHours(startOfDay(addDays(now, 1)), hour))).getTime();
}
