import { addDays, format } from 'date-fns';
import { now as clockNow, toCalendarDate } from '@/lib/clock';
import { DB_NAME, getDb } from '@/lib/db';
import type { Contact } from '@/lib/model';
import { MAX_TIER, TopDue, type PrioritisedContact } from '@/lib/reminders';
import { COMING_UP_SHOWN, readFollowUps } from '@/hooks/use-follow-ups';
import { openExisting, request } from './raw-idb';

export interface DueResult {
  ms: number;
  due: number;
  comingUp: number;
  /** Ids of the listed due contacts in priority order, so the two paths can be compared. */
  firstIds: string[];
}

/** The due contacts the popup shows before "Show all" (entrypoints/popup/App.tsx). */
const POPUP_SHOWN = 25;

/** Exactly what the popup reads first: readFollowUps through Dexie, with the popup's limit. */
export async function dueQueryDexie(): Promise<DueResult> {
  const db = getDb();
  await db.open();
  const now = clockNow();
  const started = performance.now();
  const result = await readFollowUps(db, now, POPUP_SHOWN);
  const ms = performance.now() - started;
  return {
    ms,
    due: result.dueCount,
    comingUp: result.comingUpCount,
    firstIds: result.due.map((f) => f.contact.id),
  };
}

let rawDb: IDBDatabase | undefined;

/** Offers one tier's rows, most overdue first, until TopDue says stop. */
function readTier(index: IDBIndex, tier: number, today: string, top: TopDue): Promise<void> {
  return new Promise((resolve, reject) => {
    const cursor = index.openCursor(IDBKeyRange.bound([tier], [tier, today]));
    cursor.onsuccess = () => {
      const row = cursor.result;
      if (row && top.offer(row.value as Contact, tier)) row.continue();
      else resolve();
    };
    cursor.onerror = () => {
      reject(cursor.error ?? new Error('IndexedDB cursor failed'));
    };
  });
}

/** What readFollowUps(db, now, limit) reads, with plain IndexedDB in one transaction. */
async function readRaw(
  idb: IDBDatabase,
  today: string,
  horizon: string,
  limit: number,
): Promise<{
  due: PrioritisedContact[];
  dueCount: number;
  comingUp: Contact[];
  comingUpCount: number;
}> {
  const store = idb.transaction(['contacts'], 'readonly').objectStore('contacts');
  const byDue = store.index('nextDueAt');
  const coming = IDBKeyRange.bound(today, horizon, true, false);
  const readTop = async () => {
    const top = new TopDue(today, limit);
    const byTier = store.index('[dueTier+nextDueAt]');
    for (let tier = MAX_TIER; tier >= 0 && !top.full; tier -= 1) {
      await readTier(byTier, tier, today, top);
      top.endTier();
    }
    return top.result();
  };
  // No wait for `complete`: the rows are usable as soon as the requests succeed, as in Dexie.
  const [due, dueCount, comingUp, comingUpCount] = await Promise.all([
    readTop(),
    request(byDue.count(IDBKeyRange.upperBound(today))),
    request(byDue.getAll(coming, COMING_UP_SHOWN)) as Promise<Contact[]>,
    request(byDue.count(coming)),
  ]);
  return { due, dueCount, comingUp, comingUpCount };
}

/** The baseline: the same top of the due list and counts, without Dexie. */
export async function dueQueryRaw(): Promise<DueResult> {
  rawDb ??= await openExisting(DB_NAME);
  const now = clockNow();
  const started = performance.now();
  const today = toCalendarDate(now);
  const horizon = format(addDays(now, 14), 'yyyy-MM-dd');
  const result = await readRaw(rawDb, today, horizon, POPUP_SHOWN);
  const ms = performance.now() - started;
  return {
    ms,
    due: result.dueCount,
    comingUp: result.comingUpCount,
    firstIds: result.due.map((f) => f.contact.id),
  };
}
