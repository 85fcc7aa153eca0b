import type { FormerlyDb } from '../db';
import type { CalendarDate, Contact } from '../model';
import { MAX_TIER, TopDue, type PrioritisedContact } from '../reminders';

/** Badge figures from two index counts: no row is read. */
export async function countDue(
  db: FormerlyDb,
  today: CalendarDate,
): Promise<{ due: number; overdue: number }> {
  const [due, overdue] = await Promise.all([
    db.contacts.where('nextDueAt').belowOrEqual(today).count(),
    db.contacts.where('overdueFrom').belowOrEqual(today).count(),
  ]);
  return { due, overdue };
}

/** Contacts due on or before `until`, read through the due index. */
export function listDueBy(db: FormerlyDb, until: CalendarDate): Promise<Contact[]> {
  return db.contacts.where('nextDueAt').belowOrEqual(until).toArray();
}

/**
 * The `limit` highest-priority due contacts, equal to `sortByPriority(due).slice(0, limit)`,
 * read through `[dueTier+nextDueAt]`: each tier most overdue first, stopping as soon as
 * TopDue says no further row can enter the list. Call inside a read transaction.
 */
export async function readTopDue(
  db: FormerlyDb,
  today: CalendarDate,
  limit: number,
): Promise<PrioritisedContact[]> {
  const top = new TopDue(today, limit);
  for (let tier = MAX_TIER; tier >= 0 && !top.full; tier -= 1) {
    await db.contacts
      .where('[dueTier+nextDueAt]')
      // Every due date is a string, so '' is below them all (and no Dexie value import here:
      // lib/contacts is also bundled into the card, which has no database).
      .between([tier, ''], [tier, today], true, true)
      .until((contact) => !top.offer(contact, tier))
      .count();
    top.endTier();
  }
  return top.result();
}
