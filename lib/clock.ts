import { format } from 'date-fns';
import type { CalendarDate, Instant } from './model';

/** The only place that reads the system clock; everything else takes `now` as an argument. */
export function now(): Date {
  return new Date();
}

/** `YYYY-MM-DD` of `date` in the user's local calendar. */
export function toCalendarDate(date: Date): CalendarDate {
  return format(date, 'yyyy-MM-dd');
}

export function toInstant(date: Date): Instant {
  return date.toISOString();
}
