import { useCallback, useState } from 'react';
import { downloadText } from '@/adapters/download';
import { now } from '@/lib/clock';
import { explainDbError, type FormerlyDb } from '@/lib/db';
import { buildExport, type ExportFormat } from '@/lib/exports';

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
        const file = await buildExport(db, format, now());
        downloadText(file.fileName, file.text, file.mime);
        setNotice(`Exported ${String(file.count)} contacts to ${file.fileName}`);
      } catch (error) {
        setNotice(explainDbError(error).message);
      }
    },
    [db],
  );
  return { notice, download };
}
