import { useCallback, useState } from 'react';
import { downloadText } from '@/adapters/download';
import { now } from '@/lib/clock';
import { explainDbError, type FormerlyDb } from '@/lib/db';

export interface Exports {
  notice: string;
  exportCsv: () => Promise<void>;
  exportBackup: () => Promise<void>;
}

/** Exports read everything once, format it off the render path, and download the file. */
export function useExports(db: FormerlyDb): Exports {
  const [notice, setNotice] = useState('');
  const exportCsv = useCallback(async () => {
    try {
      // Loaded on demand: the CSV writer is not needed to paint the dashboard.
      const { contactsToCsv, exportFileName } = await import('@/lib/csv/export-contacts');
      const contacts = await db.contacts.toArray();
      downloadText(
        exportFileName('formerly-contacts', 'csv', now()),
        contactsToCsv(contacts),
        'text/csv;charset=utf-8',
      );
      setNotice(`Exported ${contacts.filter((c) => c.deletedAt === null).length} contacts`);
    } catch (error) {
      setNotice(explainDbError(error).message);
    }
  }, [db]);
  const exportBackup = useCallback(async () => {
    try {
      const { createBackup } = await import('@/lib/backup');
      const { exportFileName } = await import('@/lib/csv/export-contacts');
      const data = await db.transaction(
        'r',
        [db.contacts, db.interactions, db.events, db.myJobs],
        async () => ({
          contacts: await db.contacts.toArray(),
          interactions: await db.interactions.toArray(),
          events: await db.events.toArray(),
          myJobs: await db.myJobs.toArray(),
        }),
      );
      const at = now();
      downloadText(
        exportFileName('formerly-backup', 'json', at),
        createBackup(data, at),
        'application/json',
      );
      setNotice(`Backed up ${String(data.contacts.length)} contacts`);
    } catch (error) {
      setNotice(explainDbError(error).message);
    }
  }, [db]);
  return { notice, exportCsv, exportBackup };
}
