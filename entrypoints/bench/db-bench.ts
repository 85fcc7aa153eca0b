import { now } from '@/lib/clock';
import { FormerlyDb, getDb } from '@/lib/db';
import { seedContacts, type SeedData } from '@/lib/seed';
import { deleteDatabase, done, openRawContacts } from './raw-idb';

export const BENCH_SEED = 20_240_601;
const DEXIE_SCRATCH = 'formerly-bench-dexie';
const RAW_SCRATCH = 'formerly-bench-raw';

const cache = new Map<number, SeedData>();

/** Seeded data, generated once per size per page load so timings never include generation. */
export function seeded(count: number): SeedData {
  let data = cache.get(count);
  if (!data) {
    data = seedContacts(count, BENCH_SEED, now());
    cache.set(count, data);
  }
  return data;
}

export interface SeedResult {
  ms: number;
  contacts: number;
  tracked: number;
  interactions: number;
  events: number;
}

/** Replaces the extension's own database with `count` seeded contacts, in one transaction. */
export async function seed(count: number): Promise<SeedResult> {
  const data = seeded(count);
  const db = getDb();
  const started = performance.now();
  await db.transaction('rw', [db.contacts, db.interactions, db.events, db.myJobs], async () => {
    await Promise.all([db.contacts.clear(), db.interactions.clear(), db.events.clear()]);
    await db.contacts.bulkPut(data.contacts);
    await db.interactions.bulkPut(data.interactions);
    await db.events.bulkPut(data.events);
  });
  return {
    ms: performance.now() - started,
    contacts: data.contacts.length,
    tracked: data.contacts.filter((c) => c.status === 'tracked').length,
    interactions: data.interactions.length,
    events: data.events.length,
  };
}

export async function clear(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.contacts, db.interactions, db.events, db.myJobs], () =>
    Promise.all([
      db.contacts.clear(),
      db.interactions.clear(),
      db.events.clear(),
      db.myJobs.clear(),
    ]),
  );
}

/** `count` contacts written with one Dexie bulkPut into a fresh database of the real schema. */
export async function dexieBulkPut(count: number): Promise<number> {
  const { contacts } = seeded(count);
  await deleteDatabase(DEXIE_SCRATCH);
  const db = new FormerlyDb(DEXIE_SCRATCH);
  await db.open();
  const started = performance.now();
  await db.contacts.bulkPut(contacts);
  const ms = performance.now() - started;
  db.close();
  await deleteDatabase(DEXIE_SCRATCH);
  return ms;
}

/** The same rows with put() in one plain IndexedDB transaction: the baseline. */
export async function rawBulkPut(count: number): Promise<number> {
  const { contacts } = seeded(count);
  const idb = await openRawContacts(RAW_SCRATCH);
  const started = performance.now();
  const tx = idb.transaction('contacts', 'readwrite');
  const store = tx.objectStore('contacts');
  for (const contact of contacts) store.put(contact);
  await done(tx);
  const ms = performance.now() - started;
  idb.close();
  await deleteDatabase(RAW_SCRATCH);
  return ms;
}
