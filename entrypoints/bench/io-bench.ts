import { now } from '@/lib/clock';
import { getDb } from '@/lib/db';
import { createBackup } from '@/lib/backup';
import { contactsToCsv } from '@/lib/csv/export-contacts';
import { prepareConnectionsImport } from '@/lib/imports/connections';
import { prepareRestore } from '@/lib/imports/restore';
import type { ImportDone } from '@/lib/imports/prepared';
import { seedConnectionsCsv } from '@/lib/seed';
import { BENCH_SEED, clear } from './db-bench';

export interface CsvExportResult {
  ms: number;
  bytes: number;
}

/** What Export CSV does up to the download: read every contact, format, make the Blob. */
export async function exportCsv(): Promise<CsvExportResult> {
  const db = getDb();
  const started = performance.now();
  const contacts = await db.contacts.toArray();
  const blob = new Blob([contactsToCsv(contacts)], { type: 'text/csv;charset=utf-8' });
  return { ms: performance.now() - started, bytes: blob.size };
}

/** A seeded Connections.csv of `count` rows, made here so the driver never ships megabytes. */
export function connectionsCsv(count: number): string {
  return seedConnectionsCsv(count, BENCH_SEED);
}

/** The counts an import reports, for the bench table's note. */
function describeDone(done: ImportDone): string {
  const { kind, ...counts } = done;
  return `${kind}: ${Object.entries(counts)
    .map(([label, value]) => `${String(value)} ${label}`)
    .join(', ')}`;
}

export interface ImportResult {
  ms: number;
  prepareMs: number;
  commitMs: number;
  /** What the import wrote, e.g. `connections: 30000 new, 0 updated`. */
  message: string;
}

/**
 * Import Connections.csv into an emptied database, as the dashboard does it: decode and
 * validate the file, plan against what is stored, then Confirm import (one transaction).
 */
export async function importConnections(csvText: string): Promise<ImportResult> {
  await clear();
  const bytes = new TextEncoder().encode(csvText);
  const db = getDb();
  const started = performance.now();
  const prepared = await prepareConnectionsImport(db, bytes, now());
  const planned = performance.now();
  const message = describeDone(await prepared.commit());
  const ended = performance.now();
  return { ms: ended - started, prepareMs: planned - started, commitMs: ended - planned, message };
}

export interface RoundtripResult {
  ms: number;
  exportMs: number;
  restoreMs: number;
  message: string;
}

/**
 * Export backup, then restore it into an emptied database (a new browser profile): read and
 * format everything, then decode, validate, plan and write it back. Emptying is not timed.
 */
export async function backupRoundtrip(): Promise<RoundtripResult> {
  const db = getDb();
  const tables = [db.contacts, db.interactions, db.events, db.myJobs];
  const started = performance.now();
  const data = await db.transaction('r', tables, async () => ({
    contacts: await db.contacts.toArray(),
    interactions: await db.interactions.toArray(),
    events: await db.events.toArray(),
    myJobs: await db.myJobs.toArray(),
  }));
  const bytes = new TextEncoder().encode(createBackup(data, now()));
  const exportMs = performance.now() - started;
  await clear();
  const restoreStarted = performance.now();
  const prepared = await prepareRestore(db, bytes);
  const message = describeDone(await prepared.commit());
  const restoreMs = performance.now() - restoreStarted;
  return { ms: exportMs + restoreMs, exportMs, restoreMs, message };
}
