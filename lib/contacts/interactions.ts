import type { FormerlyDb } from '../db';
import type { Contact, Interaction } from '../model';
import { toInstant } from '../clock';
import type { TouchInput } from './touch';
import { ContactNotFoundError } from './update';
import { withSchedule } from './schedule';

/** The newest touch date, or the date set by hand when no touch is newer. */
function lastContacted(
  contact: Contact,
  before: Interaction | null,
  touches: Interaction[],
): string | null {
  const newest = touches.reduce<string | null>(
    (max, t) => (max === null || t.at > max ? t.at : max),
    null,
  );
  // A date typed by hand (no touch behind it) stays unless a touch is newer.
  const typed =
    before !== null && contact.lastContactedAt === before.at ? null : contact.lastContactedAt;
  if (typed === null) return newest;
  if (newest === null) return typed;
  return newest > typed ? newest : typed;
}

async function rewrite(
  db: FormerlyDb,
  interactionId: string,
  replacement: TouchInput | null,
  now: Date,
): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.interactions, async () => {
    const before = await db.interactions.get(interactionId);
    if (!before) throw new ContactNotFoundError(interactionId);
    const contact = await db.contacts.get(before.contactId);
    if (!contact) throw new ContactNotFoundError(before.contactId);
    if (replacement) await db.interactions.put({ ...before, ...replacement });
    else await db.interactions.delete(interactionId);
    const touches = await db.interactions.where('contactId').equals(contact.id).toArray();
    const next = withSchedule({
      ...contact,
      lastContactedAt: lastContacted(contact, before, touches),
      updatedAt: toInstant(now),
    });
    await db.contacts.put(next);
    return next;
  });
}

/** Changes a logged touch; the last-contacted date and the schedule follow. */
export function editInteraction(
  db: FormerlyDb,
  id: string,
  touch: TouchInput,
  now: Date,
): Promise<Contact> {
  return rewrite(db, id, touch, now);
}

/** Removes a logged touch; the last-contacted date falls back to the newest remaining one. */
export function deleteInteraction(db: FormerlyDb, id: string, now: Date): Promise<Contact> {
  return rewrite(db, id, null, now);
}
