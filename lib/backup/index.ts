export { Backup, BACKUP_FORMAT, BACKUP_VERSION, type BackupData } from './schema';
export { createBackup } from './create-backup';
export { parseBackup, type ParseBackupResult } from './parse-backup';
export { planRestore, type RestorePlan } from './plan-restore';
