import { addDays, format } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { toCalendarDate } from '@/lib/clock';
import { readTopDue } from '@/lib/contacts/due';
import type { FormerlyDb } from '@/lib/db';
import type { Contact } from '@/lib/model';
import { sortByPriority } from '@/lib/reminders';

export interface FollowUp {
  contact: Contact;
  reason: string;
  score: number;
}

export interface FollowUps {
  /** Highest priority first: the first `limit`, or every due contact without a limit. */
  due: FollowUp[];
  /** How many are due in all. */
  dueCount: number;
  /** The next 14 days, soonest first: the first COMING_UP_SHOWN. */
  comingUp: Contact[];
  /** How many fall due in the next 14 days in all. */
  comingUpCount: number;
}

const COMING_UP_DAYS = 14;
export const COMING_UP_SHOWN = 10;

/**
 * Reads only what the popup shows, in one read transaction: the top `limit` due contacts
 * through the tier index (or all of them, for "Show all"), then the next 14 days through the
 * due index, with both counts from the index alone. Priority needs nothing but the rows (a
 * job change is kept on the contact).
 */
export async function readFollowUps(db: FormerlyDb, now: Date, limit?: number): Promise<FollowUps> {
  const today = toCalendarDate(now);
  const horizon = format(addDays(now, COMING_UP_DAYS), 'yyyy-MM-dd');
  const dueRange = () => db.contacts.where('nextDueAt').belowOrEqual(today);
  const comingRange = () => db.contacts.where('nextDueAt').between(today, horizon, false, true);
  const [due, dueCount, comingUp, comingUpCount] = await db.transaction('r', db.contacts, () =>
    Promise.all([
      limit === undefined
        ? dueRange()
            .toArray()
            .then((rows) => sortByPriority(rows, now))
        : readTopDue(db, today, limit),
      dueRange().count(),
      comingRange().limit(COMING_UP_SHOWN).toArray(),
      comingRange().count(),
    ]),
  );
  return { due, dueCount, comingUp, comingUpCount };
}

/** Live follow-ups (the first `limit` due, or all); undefined while loading. */
export function useFollowUps(db: FormerlyDb, now: Date, limit?: number): FollowUps | undefined {
  const today = toCalendarDate(now);
  // `today` (not `now`) is the dependency: the list changes by the day, not by the millisecond.
  return useLiveQuery(() => readFollowUps(db, now, limit), [db, today, limit]);
}
