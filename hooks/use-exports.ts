import { useCallback, useState } from 'react';
import { downloadText } from '@/adapters/download';
import { errorText, t } from '@/adapters/i18n';
import { now } from '@/lib/clock';
import { explainDbError, type FormerlyDb } from '@/lib/db';
import { buildExport, type ExportFormat } from '@/lib/exports';
import { icsWordsIn } from '@/lib/i18n/ics-words';

export interface Exports {
  notice: string;
  download: (format: ExportFormat) => Promise<void>;
}

/** Every export: build the file from the database, then hand it to the browser's downloads. */
export function useExports(db: FormerlyDb): Exports {
  const [notice, setNotice] = useState('');
  const download = useCallback(
    async (format: ExportFormat) => {
      try {
        const file = await buildExport(db, format, now(), icsWordsIn(t));
        downloadText(file.fileName, file.text, file.mime);
        setNotice(t('options.exported', file.count, { file: file.fileName }));
      } catch (error) {
        setNotice(errorText(explainDbError(error)));
      }
    },
    [db],
  );
  return { notice, download };
}
