import { addDays, addMonths, differenceInCalendarDays, format, parse } from 'date-fns';
import type { CalendarDate } from '../model';

const DAY = 'yyyy-MM-dd';
const REFERENCE = new Date(2000, 0, 1);

/** Local midnight of a calendar date; all reminder math is on calendar days, so DST never shifts it. */
export function fromCalendarDate(date: CalendarDate): Date {
  return parse(date, DAY, REFERENCE);
}

export function calendarDate(date: Date): CalendarDate {
  return format(date, DAY);
}

export function plusDays(date: CalendarDate, days: number): CalendarDate {
  return calendarDate(addDays(fromCalendarDate(date), days));
}

/** Month arithmetic clamps at month ends: Jan 31 + 1 month = Feb 28 (29 in a leap year). */
export function plusMonths(date: CalendarDate, months: number): CalendarDate {
  return calendarDate(addMonths(fromCalendarDate(date), months));
}

/** Whole calendar days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return differenceInCalendarDays(fromCalendarDate(b), fromCalendarDate(a));
}

export function laterOf(a: CalendarDate, b: CalendarDate | null): CalendarDate {
  return b !== null && b > a ? b : a;
}
