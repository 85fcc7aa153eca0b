import type { FormerlyDb } from '../db';
import type { CalendarDate, Contact } from '../model';
import { FIRST_BATCH, TIERS_DOWN, TopDue, walkTiers, type PrioritisedContact } from '../reminders';

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
 * read through `[dueTier+nextDueAt]`, each tier most overdue first. Every tier's first rows
 * are asked for together (IndexedDB answers them in one round); walkTiers reads a tier further,
 * in growing batches, only while TopDue still takes its rows. Call inside a read transaction.
 */
export async function readTopDue(
  db: FormerlyDb,
  today: CalendarDate,
  limit: number,
): Promise<PrioritisedContact[]> {
  // Every due date is a string, so '' is below them all (and no Dexie value import here:
  // lib/contacts is also bundled into the card, which has no database).
  const tierRows = (tier: number) =>
    db.contacts.where('[dueTier+nextDueAt]').between([tier, ''], [tier, today], true, true);
  const first = await Promise.all(
    TIERS_DOWN.map((tier) => tierRows(tier).limit(FIRST_BATCH).toArray()),
  );
  return walkTiers(new TopDue(today, limit), first, (tier, offset, size) =>
    tierRows(tier).offset(offset).limit(size).toArray(),
  );
}
