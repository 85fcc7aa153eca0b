import type { CalendarDate, Contact } from '../model';
import { calendarDate, daysBetween, plusDays, plusMonths, laterOf } from './dates';

export type ScheduleFields = Pick<
  Contact,
  | 'status'
  | 'paused'
  | 'deletedAt'
  | 'lastContactedAt'
  | 'createdAt'
  | 'cadenceDays'
  | 'snoozedUntil'
>;

/**
 * `max((lastContactedAt or the day it was saved) + cadence, snoozedUntil)` for tracked,
 * unpaused, undeleted contacts with a cadence; undefined for everyone else.
 */
export function computeNextDueAt(contact: ScheduleFields): CalendarDate | undefined {
  if (contact.status !== 'tracked' || contact.paused || contact.deletedAt !== null)
    return undefined;
  if (contact.cadenceDays === null) return undefined;
  const since = contact.lastContactedAt ?? calendarDate(new Date(contact.createdAt));
  return laterOf(plusDays(since, contact.cadenceDays), contact.snoozedUntil);
}

export type DueState = 'not-tracked' | 'paused' | 'upcoming' | 'due' | 'overdue';

/** Half a cadence of grace, rounded up: due from the due date, overdue after the grace. */
export function graceDays(cadenceDays: number): number {
  return Math.ceil(cadenceDays / 2);
}

/** Overdue once the follow-up is later than its grace: `lateDays` past the due date. */
export function isOverdue(lateDays: number, cadenceDays: number): boolean {
  return lateDays > graceDays(cadenceDays);
}

export function dueState(contact: ScheduleFields, now: Date): DueState {
  if (contact.status !== 'tracked' || contact.deletedAt !== null) return 'not-tracked';
  if (contact.paused) return 'paused';
  const next = computeNextDueAt(contact);
  if (next === undefined || contact.cadenceDays === null) return 'not-tracked';
  const late = daysBetween(next, calendarDate(now));
  if (late < 0) return 'upcoming';
  return isOverdue(late, contact.cadenceDays) ? 'overdue' : 'due';
}

export type SnoozeOption = '1w' | '1m' | { date: CalendarDate };

/** The day a snoozed follow-up comes back: a week, a month (clamped) or a chosen date. */
export function snoozeUntil(option: SnoozeOption, now: Date): CalendarDate {
  const today = calendarDate(now);
  if (option === '1w') return plusDays(today, 7);
  if (option === '1m') return plusMonths(today, 1);
  return option.date;
}
