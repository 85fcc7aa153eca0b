import { parsePositionsCsv, positionsToMyJobs } from '../csv/positions';
import { readImportText } from '../csv/read-text';
import type { FormerlyDb } from '../db';
import { fileNotes, ImportRejectedError, type PreparedImport } from './prepared';
import { problemText } from '../i18n/problems';

/** Reads LinkedIn's Positions.csv into the user's own work history. */
export async function preparePositionsImport(
  db: FormerlyDb,
  bytes: Uint8Array,
): Promise<PreparedImport> {
  const decoded = readImportText(bytes);
  if (!decoded.ok) throw new ImportRejectedError(decoded.error);
  const parsed = parsePositionsCsv(decoded.text);
  if (parsed.jobs.length === 0 && parsed.errors.length > 0) {
    throw new ImportRejectedError(parsed.errors[0]?.reason ?? problemText('noPositions'));
  }
  const plan = positionsToMyJobs(parsed.jobs, await db.myJobs.toArray());
  return {
    title: 'Import Positions.csv',
    counts: { new: plan.new.length, unchanged: plan.unchanged, errors: parsed.errors.length },
    errors: parsed.errors,
    notes: fileNotes(decoded),
    commit: async () => {
      await db.myJobs.bulkAdd(plan.new);
      return { kind: 'positions', added: plan.new.length };
    },
  };
}
