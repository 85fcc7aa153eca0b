import type { CalendarDate, Contact } from '../model';
import { computeNextDueAt, graceDays, plusDays, relationshipTier } from '../reminders';

/** The first day a follow-up due on `nextDueAt` counts as overdue: after half a cadence. */
export function overdueFromDate(nextDueAt: CalendarDate, cadenceDays: number): CalendarDate {
  return plusDays(nextDueAt, graceDays(cadenceDays) + 1);
}

/**
 * The contact with its derived, indexed schedule fields recomputed. Only tracked, unpaused,
 * undeleted contacts carry them, so the due index holds just the rows the badge counts. Every
 * write of a contact goes through here, and so does the version 2 upgrade (lib/db.ts).
 */
export function withSchedule(contact: Contact): Contact {
  const { nextDueAt: _oldDue, overdueFrom: _oldOverdue, dueTier: _oldTier, ...rest } = contact;
  const nextDueAt = computeNextDueAt(contact);
  if (nextDueAt === undefined || contact.cadenceDays === null) return rest;
  return {
    ...rest,
    nextDueAt,
    overdueFrom: overdueFromDate(nextDueAt, contact.cadenceDays),
    dueTier: relationshipTier(contact),
  };
}
