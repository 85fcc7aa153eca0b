import { now as clockNow, toCalendarDate } from '@/lib/clock';
import { DB_NAME, getDb } from '@/lib/db';
import type { Contact } from '@/lib/model';
import {
  FIRST_BATCH,
  TIERS_DOWN,
  TopDue,
  walkTiers,
  type PrioritisedContact,
} from '@/lib/reminders';
import {
  COMING_UP_SHOWN,
  comingUpHorizon,
  DUE_SHOWN_FIRST,
  readFollowUpCounts,
  readFollowUps,
} from '@/hooks/use-follow-ups';
import { openExisting, request } from './raw-idb';

export interface DueResult {
  ms: number;
  due: number;
  comingUp: number;
  /** Rows read for the list (due shown + coming up shown). */
  shown: number;
  /** Ids of the listed due contacts in priority order, so the two paths can be compared. */
  firstIds: string[];
}

/** Exactly what the popup reads first: readFollowUps through Dexie, with the popup's limit. */
export async function dueQueryDexie(): Promise<DueResult> {
  const db = getDb();
  await db.open();
  const now = clockNow();
  const started = performance.now();
  const result = await readFollowUps(db, now, DUE_SHOWN_FIRST);
  const ms = performance.now() - started;
  // The counts are the popup's second query, not on the first paint's path: not timed here.
  const counts = await readFollowUpCounts(db, now);
  return {
    ms,
    due: counts.dueCount,
    comingUp: counts.comingUpCount,
    shown: result.due.length + result.comingUp.length,
    firstIds: result.due.map((f) => f.contact.id),
  };
}

let rawDb: IDBDatabase | undefined;

/** `size` rows of a tier after skipping `skip`, as Dexie's offset + limit reads them. */
function readBatch(index: IDBIndex, range: IDBKeyRange, skip: number, size: number) {
  return new Promise<Contact[]>((resolve, reject) => {
    const rows: Contact[] = [];
    const cursor = index.openCursor(range);
    let skipped = skip === 0;
    cursor.onsuccess = () => {
      const row = cursor.result;
      if (!row) {
        resolve(rows);
        return;
      }
      if (!skipped) {
        skipped = true;
        row.advance(skip);
        return;
      }
      rows.push(row.value as Contact);
      if (rows.length < size) row.continue();
      else resolve(rows);
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
): Promise<{ due: PrioritisedContact[]; comingUp: Contact[] }> {
  const store = idb.transaction(['contacts'], 'readonly').objectStore('contacts');
  const byDue = store.index('nextDueAt');
  const coming = IDBKeyRange.bound(today, horizon, true, false);
  const readTop = async () => {
    // The same plan as readTopDue: every tier's first rows at once, then more where needed.
    const byTier = store.index('[dueTier+nextDueAt]');
    const rangeOf = (tier: number) => IDBKeyRange.bound([tier], [tier, today]);
    const first = await Promise.all(
      TIERS_DOWN.map(
        (tier) => request(byTier.getAll(rangeOf(tier), FIRST_BATCH)) as Promise<Contact[]>,
      ),
    );
    return walkTiers(new TopDue(today, limit), first, (tier, offset, size) =>
      readBatch(byTier, rangeOf(tier), offset, size),
    );
  };
  // No wait for `complete`: the rows are usable as soon as the requests succeed, as in Dexie.
  const [due, comingUp] = await Promise.all([
    readTop(),
    request(byDue.getAll(coming, COMING_UP_SHOWN)) as Promise<Contact[]>,
  ]);
  return { due, comingUp };
}

/** The baseline: the same top of the due list and counts, without Dexie. */
export async function dueQueryRaw(): Promise<DueResult> {
  rawDb ??= await openExisting(DB_NAME);
  const now = clockNow();
  const started = performance.now();
  const today = toCalendarDate(now);
  const horizon = comingUpHorizon(now);
  const result = await readRaw(rawDb, today, horizon, DUE_SHOWN_FIRST);
  const ms = performance.now() - started;
  const counts = await readFollowUpCounts(getDb(), now);
  return {
    ms,
    due: counts.dueCount,
    comingUp: counts.comingUpCount,
    shown: result.due.length + result.comingUp.length,
    firstIds: result.due.map((f) => f.contact.id),
  };
}
