import type { FormerlyDb } from '../db';
import type { CalendarDate, Contact } from '../model';

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
