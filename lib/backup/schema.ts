import { z } from 'zod';
import { Contact, ContactEvent, Instant, Interaction, MyJob } from '@/lib/model';

export const BACKUP_FORMAT = 'formerly-backup';
/** Raise with every change to the shape below, and teach parseBackup to read the older ones. */
export const BACKUP_VERSION = 1;

/** A whole backup file; zod's default strips fields a later version might have added. */
export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: Instant,
  contacts: z.array(Contact),
  interactions: z.array(Interaction),
  events: z.array(ContactEvent),
  myJobs: z.array(MyJob),
});
export type Backup = z.infer<typeof Backup>;

/** Everything Formerly stores in IndexedDB, as read from it. */
export type BackupData = Pick<Backup, 'contacts' | 'interactions' | 'events' | 'myJobs'>;
