import { parseConnectionsCsv } from '../csv/connections';
import { planConnectionsImport } from '../csv/plan-import';
import type { FormerlyDb } from '../db';
import { putInChunks, readCsvImport, type PreparedImport } from './prepared';

export { MAX_IMPORT_ROWS } from './prepared';

/** Reads LinkedIn's Connections.csv and plans the import against what is stored. */
export async function prepareConnectionsImport(
  db: FormerlyDb,
  bytes: Uint8Array,
  now: Date,
): Promise<PreparedImport> {
  const { parsed, notes } = readCsvImport(bytes, parseConnectionsCsv, {
    empty: 'noConnections',
    tooMany: 'tooManyRows',
  });
  const existing = await db.contacts.toArray();
  const plan = planConnectionsImport(parsed.rows, existing, now);
  return {
    title: 'Import Connections.csv',
    counts: { ...plan.counts, errors: plan.errors.length + parsed.errors.length },
    errors: [...parsed.errors, ...plan.errors],
    notes: [...notes, ...parsed.warnings],
    commit: async (onProgress) => {
      // Planned again inside the transaction, so an edit made while the preview was open is
      // never overwritten by a stale plan.
      const written = await db.transaction('rw', db.contacts, db.events, async () => {
        const fresh = planConnectionsImport(parsed.rows, await db.contacts.toArray(), now);
        await putInChunks(db.contacts, fresh.puts, onProgress);
        await db.events.bulkAdd(fresh.events);
        return fresh.counts;
      });
      return { kind: 'connections', new: written.new, updated: written.updated };
    },
  };
}
