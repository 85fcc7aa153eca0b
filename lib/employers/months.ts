import type { MonthDate } from '../model';
import type { YearMonth } from '../profile/schema';

/** A month as a single number (year × 12 + month − 1), for range arithmetic. */
export type MonthIndex = number;

export interface MonthRange {
  from: MonthIndex;
  to: MonthIndex;
}

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

/** The month `now` falls in, in the user's local calendar. */
export function currentMonth(now: Date): MonthIndex {
  return monthIndex(now.getFullYear(), now.getMonth() + 1);
}

export function toMonthDate(index: MonthIndex): MonthDate {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year)}-${String(month).padStart(2, '0')}`;
}

/** `YYYY-MM` or `YYYY` as a start (January) or an end (December) month. */
function fromMonthDate(value: MonthDate, edge: 'start' | 'end'): MonthIndex {
  const [year = 0, month] = value.split('-').map(Number);
  return monthIndex(year, month ?? (edge === 'start' ? 1 : 12));
}

function fromYearMonth(value: YearMonth, edge: 'start' | 'end'): MonthIndex {
  return monthIndex(value.year, value.month ?? (edge === 'start' ? 1 : 12));
}

/**
 * The months a job covers. A year-only date covers its whole year; an open end runs through
 * the current month, and no range runs past it (a year-only end this year stops today). An
 * unknown start counts as the end month alone: without it we cannot claim more overlap than
 * that, so a role with neither date covers only the current month.
 */
function range(start: MonthIndex | null, end: MonthIndex | null, now: Date): MonthRange | null {
  const current = currentMonth(now);
  const to = Math.min(end ?? current, current);
  const from = start ?? to;
  return from <= to ? { from, to } : null;
}

/** One of the user's own jobs; `to` null is the current job. */
export function rangeOfJob(
  from: MonthDate | null,
  to: MonthDate | null,
  now: Date,
): MonthRange | null {
  return range(
    from === null ? null : fromMonthDate(from, 'start'),
    to === null ? null : fromMonthDate(to, 'end'),
    now,
  );
}

/**
 * A position on a profile. Without an end it is current only when the page says so: a parse
 * that lost both dates of a past role must not claim it runs today.
 */
export function rangeOfPosition(
  start: YearMonth | null,
  end: YearMonth | null,
  now: Date,
  isCurrent = end === null,
): MonthRange | null {
  if (end === null && !isCurrent) return null;
  return range(
    start === null ? null : fromYearMonth(start, 'start'),
    end === null ? null : fromYearMonth(end, 'end'),
    now,
  );
}

/** The months two ranges share, or null when they share none. */
export function intersect(a: MonthRange, b: MonthRange): MonthRange | null {
  const from = Math.max(a.from, b.from);
  const to = Math.min(a.to, b.to);
  return from <= to ? { from, to } : null;
}
