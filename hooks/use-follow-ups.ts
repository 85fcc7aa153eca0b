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
/** Due contacts the popup shows before "Show all": enough to act on today, and a fast paint. */
export const DUE_SHOWN_FIRST = 25;

/** The last day "Coming up" covers (exclusive): 14 days from now. */
export function comingUpHorizon(now: Date): string {
  return format(addDays(now, COMING_UP_DAYS), 'yyyy-MM-dd');
}

function ranges(db: FormerlyDb, now: Date) {
  const today = toCalendarDate(now);
  const horizon = comingUpHorizon(now);
  return {
    today,
    due: () => db.contacts.where('nextDueAt').belowOrEqual(today),
    coming: () => db.contacts.where('nextDueAt').between(today, horizon, false, true),
  };
}

/**
 * Reads the rows the popup shows, in one read transaction: the top `limit` due contacts
 * through the tier index (or all of them, for "Show all"), then the first of the next 14
 * days through the due index. Priority needs nothing but the rows (a job change is kept on
 * the contact). The counts are a separate query (readFollowUpCounts), so that counting 2,500
 * index entries never holds up the first paint.
 */
export async function readFollowUps(
  db: FormerlyDb,
  now: Date,
  limit?: number,
): Promise<Omit<FollowUps, 'dueCount' | 'comingUpCount'>> {
  const range = ranges(db, now);
  const [due, comingUp] = await db.transaction('r', db.contacts, () =>
    Promise.all([
      limit === undefined
        ? range
            .due()
            .toArray()
            .then((rows) => sortByPriority(rows, now))
        : readTopDue(db, range.today, limit),
      range.coming().limit(COMING_UP_SHOWN).toArray(),
    ]),
  );
  return { due, comingUp };
}

/** How many are due, and how many fall due in the next 14 days: from the index alone. */
export async function readFollowUpCounts(
  db: FormerlyDb,
  now: Date,
): Promise<Pick<FollowUps, 'dueCount' | 'comingUpCount'>> {
  const range = ranges(db, now);
  const [dueCount, comingUpCount] = await db.transaction('r', db.contacts, () =>
    Promise.all([range.due().count(), range.coming().count()]),
  );
  return { dueCount, comingUpCount };
}

/**
 * Live follow-ups (the first `limit` due, or all); undefined while loading. Until the counts
 * arrive they are taken as what is shown, so "Show all" and "and N more" appear a moment later.
 */
export function useFollowUps(db: FormerlyDb, now: Date, limit?: number): FollowUps | undefined {
  const today = toCalendarDate(now);
  // `today` (not `now`) is the dependency: the list changes by the day, not by the millisecond.
  const rows = useLiveQuery(() => readFollowUps(db, now, limit), [db, today, limit]);
  const counts = useLiveQuery(() => readFollowUpCounts(db, now), [db, today]);
  if (rows === undefined) return undefined;
  return {
    ...rows,
    dueCount: counts?.dueCount ?? rows.due.length,
    comingUpCount: counts?.comingUpCount ?? rows.comingUp.length,
  };
}
