import { useEffect, useState } from 'react';
import { downloadText } from '@/adapters/download';
import { errorText, t } from '@/adapters/i18n';
import { updateSettings } from '@/adapters/settings';
import { now, toInstant } from '@/lib/clock';
import { explainDbError, type FormerlyDb } from '@/lib/db';
import { buildExport } from '@/lib/exports';
import { weeklyBackupDue, type Settings } from '@/lib/settings';

/**
 * The weekly backup, when it is switched on: the first time the popup or the dashboard opens
 * in a week, it saves `formerly-backup-YYYY-MM-DD.json` through the page's own download (no
 * `downloads` permission; a service worker cannot make a file). Says what it saved, or why not.
 */
export function useWeeklyBackup(db: FormerlyDb, settings: Settings | undefined): string {
  const [notice, setNotice] = useState('');
  const due = settings !== undefined && weeklyBackupDue(settings, now());
  useEffect(() => {
    if (!due) return;
    void (async () => {
      try {
        // Claimed before the work, so the popup and the dashboard opened together save one.
        await updateSettings({ lastWeeklyBackupAt: toInstant(now()) });
        const file = await buildExport(db, 'backup', now());
        downloadText(file.fileName, file.text, file.mime);
        setNotice(t('data.weeklyBackupSaved', { file: file.fileName }));
      } catch (error) {
        setNotice(t('data.weeklyBackupFailed', { error: errorText(explainDbError(error)) }));
      }
    })();
  }, [db, due]);
  return notice;
}
