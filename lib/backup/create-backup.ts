import { toInstant } from '@/lib/clock';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupData } from './schema';

/**
 * The text of `formerly-backup-YYYY-MM-DD.json`: every record with every field, deleted ones
 * included, so a restore gives back exactly what was stored. Indented, so a person can read it.
 */
export function createBackup(data: BackupData, now: Date): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: toInstant(now),
    contacts: data.contacts,
    interactions: data.interactions,
    events: data.events,
    myJobs: data.myJobs,
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}
