import { addDays, format } from 'date-fns';
import { now as clockNow, toCalendarDate } from '@/lib/clock';
import { DB_NAME, getDb } from '@/lib/db';
import type { Contact } from '@/lib/model';
import { priority } from '@/lib/reminders';
import { readFollowUps } from '@/hooks/use-follow-ups';
import { openExisting, request } from './raw-idb';

export interface DueResult {
  ms: number;
  due: number;
  comingUp: number;
  /** Ids of the due list in priority order, so the two paths can be compared. */
  firstIds: string[];
}

/** Exactly what the popup reads: readFollowUps through Dexie. */
export async function dueQueryDexie(): Promise<DueResult> {
  const db = getDb();
  await db.open();
  const now = clockNow();
  const started = performance.now();
  const result = await readFollowUps(db, now);
  const ms = performance.now() - started;
  return {
    ms,
    due: result.due.length,
    comingUp: result.comingUp.length,
    firstIds: result.due.slice(0, 20).map((f) => f.contact.id),
  };
}

let rawDb: IDBDatabase | undefined;

/** The same two index ranges, read with plain IndexedDB in one transaction. */
async function readRaw(
  idb: IDBDatabase,
  today: string,
  horizon: string,
): Promise<{ dueRows: Contact[]; comingUp: Contact[] }> {
  const tx = idb.transaction(['contacts'], 'readonly');
  const byDue = tx.objectStore('contacts').index('nextDueAt');
  const [dueRows, comingUp] = await Promise.all([
    request(byDue.getAll(IDBKeyRange.upperBound(today))) as Promise<Contact[]>,
    request(byDue.getAll(IDBKeyRange.bound(today, horizon, true, false))) as Promise<Contact[]>,
  ]);
  // No wait for `complete`: the rows are usable as soon as the requests succeed, as in Dexie.
  return { dueRows, comingUp };
}

/** The baseline: the due list in the same priority order, without Dexie. */
export async function dueQueryRaw(): Promise<DueResult> {
  rawDb ??= await openExisting(DB_NAME);
  const now = clockNow();
  const started = performance.now();
  const today = toCalendarDate(now);
  const horizon = format(addDays(now, 14), 'yyyy-MM-dd');
  const { dueRows, comingUp } = await readRaw(rawDb, today, horizon);
  const due = dueRows
    .map((contact) => ({ contact, ...priority(contact, now) }))
    .sort((a, b) => b.score - a.score || a.contact.name.localeCompare(b.contact.name));
  const ms = performance.now() - started;
  return {
    ms,
    due: due.length,
    comingUp: comingUp.length,
    firstIds: due.slice(0, 20).map((f) => f.contact.id),
  };
}
