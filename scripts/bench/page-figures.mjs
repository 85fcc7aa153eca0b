// Figures measured inside the bench page (entrypoints/bench), in the extension's own origin.
import { call, ms, repeat } from './figures.mjs';
import { median } from './stats.mjs';

/** Dexie against plain IndexedDB, alternating so neither side always runs on a warmer disk. */
export async function benchWrites(page, count, runs) {
  const dexie = [];
  const raw = [];
  for (let i = 0; i < runs; i += 1) {
    raw.push(await call(page, 'rawBulkPut', count));
    dexie.push(await call(page, 'dexieBulkPut', count));
  }
  return [ms('db.bulkPut.30k.ms', dexie), ms('db.bulkPut.rawIdb.30k.ms', raw)];
}

/** readFollowUps against the same result read with plain IndexedDB, after one warm-up each. */
export async function benchDue(page, runs) {
  await call(page, 'dueQueryDexie');
  await call(page, 'dueQueryRaw');
  const dexie = [];
  const raw = [];
  for (let i = 0; i < runs; i += 1) {
    dexie.push(await call(page, 'dueQueryDexie'));
    raw.push(await call(page, 'dueQueryRaw'));
  }
  const [a, b] = [dexie.at(-1), raw.at(-1)];
  const same = a.shown === b.shown && a.firstIds.join() === b.firstIds.join();
  if (!same) console.warn('Warning: the Dexie and raw due queries disagree', { dexie: a, raw: b });
  const note = `${a.due} due, ${a.comingUp} coming up; reads the ${a.shown} rows shown (counts are a second query)`;
  const times = (results) => results.map((r) => r.ms);
  return [
    ms('reminders.dueQuery.30k.ms', times(dexie), note),
    ms('reminders.dueQuery.rawIdb.30k.ms', times(raw), note),
  ];
}

/**
 * Export CSV, backup round trip, then Import Connections.csv (last: it empties the database
 * first, so the seeded contacts are gone afterwards).
 */
export async function benchFiles(page, runs, count) {
  const slowRuns = Math.min(runs, 3);
  const exports = await repeat(runs, () => call(page, 'exportCsv'));
  const trips = await repeat(slowRuns, () => call(page, 'backupRoundtrip'));
  const csv = await call(page, 'connectionsCsv', count);
  const imports = await repeat(slowRuns, () => call(page, 'importConnections', csv));
  const part = (key, results = trips) => median(results.map((r) => r[key])).toFixed(0);
  return [
    ms(
      'csv.export.30k.ms',
      exports.map((r) => r.ms),
      `${(exports[0].bytes / 1e6).toFixed(1)} MB`,
    ),
    ms(
      'csv.import.linkedin.30k.ms',
      imports.map((r) => r.ms),
      `prepare ${part('prepareMs', imports)} ms + commit ${part('commitMs', imports)} ms; ${imports[0].message}`,
    ),
    ms(
      'backup.roundtrip.30k.ms',
      trips.map((r) => r.ms),
      `export ${part('exportMs')} ms + restore ${part('restoreMs')} ms`,
    ),
  ];
}
