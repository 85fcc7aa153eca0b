import { addDays, format } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { toCalendarDate } from '@/lib/clock';
import type { FormerlyDb } from '@/lib/db';
import type { Contact } from '@/lib/model';
import { priority } from '@/lib/reminders';

export interface FollowUp {
  contact: Contact;
  reason: string;
  score: number;
}

export interface FollowUps {
  due: FollowUp[];
  comingUp: Contact[];
}

const COMING_UP_DAYS = 14;

/**
 * Reads only what the popup shows, through the due index: due now, then the next 14 days.
 * Priority needs nothing but the rows (a job change is kept on the contact).
 */
export async function readFollowUps(db: FormerlyDb, now: Date): Promise<FollowUps> {
  const today = toCalendarDate(now);
  const horizon = format(addDays(now, COMING_UP_DAYS), 'yyyy-MM-dd');
  const [dueRows, comingUp] = await Promise.all([
    db.contacts.where('nextDueAt').belowOrEqual(today).toArray(),
    db.contacts.where('nextDueAt').between(today, horizon, false, true).sortBy('nextDueAt'),
  ]);
  const due = dueRows
    .map((contact) => ({ contact, ...priority(contact, now) }))
    .sort((a, b) => b.score - a.score || a.contact.name.localeCompare(b.contact.name));
  return { due, comingUp };
}

/** Live follow-ups; undefined while loading. */
export function useFollowUps(db: FormerlyDb, now: Date): FollowUps | undefined {
  const today = toCalendarDate(now);
  // `today` (not `now`) is the dependency: the list changes by the day, not by the millisecond.
  return useLiveQuery(() => readFollowUps(db, now), [db, today]);
}
