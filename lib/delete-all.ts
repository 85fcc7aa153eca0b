import type { FormerlyDb } from './db';

/** Erases every contact, touch, event and job, in one transaction. */
export async function deleteAllData(db: FormerlyDb): Promise<void> {
  await db.transaction('rw', [db.contacts, db.interactions, db.events, db.myJobs], async () => {
    await Promise.all([
      db.contacts.clear(),
      db.interactions.clear(),
      db.events.clear(),
      db.myJobs.clear(),
    ]);
  });
}

/** Soft-deleted contacts older than this are purged for good. */
export const PURGE_AFTER_DAYS = 30;

/** Removes contacts deleted more than 30 days before `now`, with their touches and events. */
export async function purgeDeleted(db: FormerlyDb, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - PURGE_AFTER_DAYS * 86_400_000).toISOString();
  return db.transaction('rw', [db.contacts, db.interactions, db.events], async () => {
    const old = await db.contacts
      .filter((c) => c.deletedAt !== null && c.deletedAt < cutoff)
      .primaryKeys();
    await db.interactions.where('contactId').anyOf(old).delete();
    await db.events.where('contactId').anyOf(old).delete();
    await db.contacts.bulkDelete(old);
    return old.length;
  });
}
