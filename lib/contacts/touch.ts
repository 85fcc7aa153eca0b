import { z } from 'zod';
import { toCalendarDate, toInstant } from '../clock';
import type { FormerlyDb } from '../db';
import { newId } from '../ids';
import { CalendarDate, type Contact, InteractionKind, Intent } from '../model';
import { ContactNotFoundError } from './update';
import { withSchedule } from './schedule';

export const TouchInput = z.object({
  at: CalendarDate,
  kind: InteractionKind,
  intent: Intent,
  note: z.string().max(20_000),
});
export type TouchInput = z.infer<typeof TouchInput>;

/** What one click on Done records: a neutral message, today. */
export function quickTouch(now: Date): TouchInput {
  return { at: toCalendarDate(now), kind: 'message', intent: 'neutral', note: '' };
}

/**
 * Appends a touch and restarts the cadence from it. Touches are append-only, so a Done in the
 * popup and an edit in the dashboard never overwrite each other.
 */
export async function logTouch(
  db: FormerlyDb,
  contactId: string,
  touch: TouchInput,
  now: Date,
): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.interactions, async () => {
    const stored = await db.contacts.get(contactId);
    if (!stored) throw new ContactNotFoundError(contactId);
    await db.interactions.add({ id: newId(), contactId, ...touch, createdAt: toInstant(now) });
    const last = stored.lastContactedAt;
    const contact = withSchedule({
      ...stored,
      lastContactedAt: last !== null && last > touch.at ? last : touch.at,
      snoozedUntil: null,
      updatedAt: toInstant(now),
    });
    await db.contacts.put(contact);
    return contact;
  });
}
