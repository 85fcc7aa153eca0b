import { parseConnectionsCsv } from '../csv/connections';
import { planConnectionsImport } from '../csv/plan-import';
import { readImportText } from '../csv/read-text';
import type { FormerlyDb } from '../db';
import { fileNotes, ImportRejectedError, putInChunks, type PreparedImport } from './prepared';
import { problemText } from '../i18n/problems';

/** LinkedIn caps a network at 30,000 connections; anything far beyond is not an export. */
export const MAX_IMPORT_ROWS = 100_000;

/** Reads LinkedIn's Connections.csv and plans the import against what is stored. */
export async function prepareConnectionsImport(
  db: FormerlyDb,
  bytes: Uint8Array,
  now: Date,
): Promise<PreparedImport> {
  const decoded = readImportText(bytes);
  if (!decoded.ok) throw new ImportRejectedError(decoded.error);
  const parsed = parseConnectionsCsv(decoded.text);
  if (parsed.rows.length === 0 && parsed.errors.some((issue) => issue.row === 0)) {
    throw new ImportRejectedError(parsed.errors[0]?.reason ?? problemText('noConnections'));
  }
  if (parsed.rows.length > MAX_IMPORT_ROWS) {
    throw new ImportRejectedError(
      problemText('tooManyRows', {
        rows: String(parsed.rows.length),
        max: String(MAX_IMPORT_ROWS),
      }),
    );
  }
  const existing = await db.contacts.toArray();
  const plan = planConnectionsImport(parsed.rows, existing, now);
  return {
    title: 'Import Connections.csv',
    counts: { ...plan.counts, errors: plan.errors.length + parsed.errors.length },
    errors: [...parsed.errors, ...plan.errors],
    notes: [...fileNotes(decoded), ...parsed.warnings],
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
