import { addMonths } from 'date-fns';
import type { CalendarDate } from '../model';

// Reminder math runs for every due contact each time the popup opens, so calendar dates are
// read and written by hand: date-fns' `parse` and `format` tokenise their pattern on every call
// and cost more than the rest of the priority maths together (see bench/README.md).
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Year, month (1–12) and day of a real calendar date, or undefined (2026-02-30, "soon"). */
function partsOf(date: CalendarDate): [number, number, number] | undefined {
  const match = SHAPE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  check.setUTCFullYear(year);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return [year, month, day];
}

/**
 * Local midnight of a calendar date; all reminder math is on calendar days, so DST never
 * shifts it. An impossible date gives an Invalid Date, as date-fns' `parse` does.
 */
export function fromCalendarDate(date: CalendarDate): Date {
  const parts = partsOf(date);
  if (!parts) return new Date(Number.NaN);
  const [year, month, day] = parts;
  const local = new Date(year, month - 1, day);
  local.setFullYear(year);
  return local;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The local calendar day of an instant; throws a RangeError on an Invalid Date. */
export function calendarDate(date: Date): CalendarDate {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** Days since 1970-01-01 of a calendar date, free of time zones; NaN for an impossible one. */
function dayNumber(date: CalendarDate): number {
  const parts = partsOf(date);
  if (!parts) return Number.NaN;
  const [year, month, day] = parts;
  const utc = new Date(Date.UTC(year, month - 1, day));
  utc.setUTCFullYear(year);
  return utc.getTime() / DAY_MS;
}

function fromDayNumber(days: number): CalendarDate {
  const utc = new Date(days * DAY_MS);
  if (Number.isNaN(utc.getTime())) throw new RangeError('Invalid time value');
  return `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1, 2)}-${pad(utc.getUTCDate(), 2)}`;
}

export function plusDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Month arithmetic clamps at month ends: Jan 31 + 1 month = Feb 28 (29 in a leap year). */
export function plusMonths(date: CalendarDate, months: number): CalendarDate {
  return calendarDate(addMonths(fromCalendarDate(date), months));
}

/** Whole calendar days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function laterOf(a: CalendarDate, b: CalendarDate | null): CalendarDate {
  return b !== null && b > a ? b : a;
}
