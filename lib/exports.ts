import type { FormerlyDb } from './db';
import type { Contact } from './model';
import type { IcsWords } from './ics';

export type ExportFormat = 'csv' | 'backup' | 'vcard' | 'ics' | 'google';

export interface ExportFile {
  fileName: string;
  text: string;
  mime: string;
  /** How many contacts it holds, for the announcement. */
  count: number;
}

const live = (contacts: Contact[]): Contact[] => contacts.filter((c) => c.deletedAt === null);

/**
 * Builds one export file from the whole database. The format modules load on demand: none
 * of them is needed to paint the dashboard.
 */
export async function buildExport(
  db: FormerlyDb,
  format: ExportFormat,
  now: Date,
  icsWords?: IcsWords,
): Promise<ExportFile> {
  const { exportFileName } = await import('./csv/export-contacts');
  const contacts = await db.contacts.toArray();
  const count = live(contacts).length;
  switch (format) {
    case 'csv': {
      const { contactsToCsv } = await import('./csv/export-contacts');
      return {
        fileName: exportFileName('formerly-contacts', 'csv', now),
        text: contactsToCsv(contacts),
        mime: 'text/csv;charset=utf-8',
        count,
      };
    }
    case 'google': {
      const { contactsToGoogleCsv } = await import('./csv/google-contacts');
      return {
        fileName: exportFileName('formerly-google-contacts', 'csv', now),
        text: contactsToGoogleCsv(live(contacts)),
        mime: 'text/csv;charset=utf-8',
        count,
      };
    }
    case 'vcard': {
      const { contactsToVcard } = await import('./vcard');
      return {
        fileName: exportFileName('formerly-contacts', 'vcf', now),
        text: contactsToVcard(live(contacts)),
        mime: 'text/vcard;charset=utf-8',
        count,
      };
    }
    case 'ics': {
      const { followUpsToIcs } = await import('./ics');
      return {
        fileName: exportFileName('formerly-follow-ups', 'ics', now),
        text: followUpsToIcs(contacts, now, icsWords),
        mime: 'text/calendar;charset=utf-8',
        count,
      };
    }
    case 'backup': {
      const { createBackup } = await import('./backup');
      const [interactions, events, myJobs] = await Promise.all([
        db.interactions.toArray(),
        db.events.toArray(),
        db.myJobs.toArray(),
      ]);
      const text = createBackup({ contacts, interactions, events, myJobs }, now);
      return {
        fileName: exportFileName('formerly-backup', 'json', now),
        text,
        mime: 'application/json',
        count: contacts.length,
      };
    }
    default: {
      const impossible: never = format;
      throw new Error(`Unknown export format ${String(impossible)}`);
    }
  }
}
