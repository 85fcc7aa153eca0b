import { parseBackup, planRestore } from '../backup';
import { readImportText } from '../csv/read-text';
import { withSchedule } from '../contacts/schedule';
import type { FormerlyDb } from '../db';
import { fileNotes, ImportRejectedError, putInChunks, type PreparedImport } from './prepared';

/**
 * Validates a whole backup file before anything is touched, then restores it in one
 * transaction: the backup's version of a contact replaces the stored one, others are kept.
 */
export async function prepareRestore(db: FormerlyDb, bytes: Uint8Array): Promise<PreparedImport> {
  const decoded = readImportText(bytes);
  if (!decoded.ok) throw new ImportRejectedError(decoded.error);
  const parsed = parseBackup(decoded.text);
  if (!parsed.ok) throw new ImportRejectedError(parsed.error);
  const plan = planRestore(parsed.backup, await db.contacts.toArray());
  return {
    title: 'Restore backup',
    counts: { new: plan.new, replaced: plan.replaced, kept: plan.kept },
    errors: [],
    notes: fileNotes(decoded),
    commit: async (onProgress) => {
      const tables = [db.contacts, db.interactions, db.events, db.myJobs];
      const restored = await db.transaction('rw', tables, async () => {
        const fresh = planRestore(parsed.backup, await db.contacts.toArray());
        // The schedule fields are derived: recomputed, so a backup from before the tier index
        // (or one edited by hand) lands in the popup's lists as its other fields say.
        await putInChunks(db.contacts, fresh.contacts.map(withSchedule), onProgress);
        await db.interactions.bulkPut(fresh.interactions);
        await db.events.bulkPut(fresh.events);
        await db.myJobs.bulkPut(fresh.myJobs);
        return fresh;
      });
      return { kind: 'restore', contacts: restored.contacts.length, new: restored.new };
    },
  };
}
