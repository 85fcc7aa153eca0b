import type { Contact } from '../model';
import { calendarDate, daysBetween, plusDays } from './dates';
import { computeNextDueAt, dueState, type ScheduleFields } from './schedule';
import { relativeDays } from './wording';

function lastContacted(contact: Contact, today: string): string {
  if (contact.lastContactedAt === null) return 'not contacted yet';
  // A date typed in the future reads as today rather than "last contacted in 3 days".
  const days = Math.min(daysBetween(today, contact.lastContactedAt), 0);
  return `last contacted ${relativeDays(days)}`;
}

function followUp(contact: Contact, now: Date, today: string): string {
  const state = dueState(contact, now);
  const next = computeNextDueAt(contact);
  if (state === 'paused') return 'reminders paused';
  if (next === undefined) return 'no reminders';
  const days = daysBetween(today, next);
  if (state === 'overdue') return 'follow-up overdue';
  if (days === 0) return 'follow-up due today';
  return days > 0 ? `next follow-up ${relativeDays(days)}` : 'follow-up due now';
}

/** "Saved · last contacted 4 months ago · next follow-up in 3 weeks". */
export function relativeSummary(contact: Contact, now: Date): string {
  const today = calendarDate(now);
  return ['Saved', lastContacted(contact, today), followUp(contact, now, today)].join(' · ');
}

/**
 * Tracked contacts not yet due whose follow-up falls within the next `days` days (snoozed ones
 * included), soonest first: the popup's "Coming up".
 */
export function comingUp<C extends ScheduleFields & { name: string }>(
  contacts: readonly C[],
  now: Date,
  days = 14,
): C[] {
  const today = calendarDate(now);
  const horizon = plusDays(today, days);
  return contacts
    .map((contact) => ({ contact, next: computeNextDueAt(contact) }))
    .filter(
      (entry): entry is { contact: C; next: string } =>
        entry.next !== undefined && entry.next > today && entry.next <= horizon,
    )
    .sort((a, b) => a.next.localeCompare(b.next) || a.contact.name.localeCompare(b.contact.name))
    .map((entry) => entry.contact);
}
