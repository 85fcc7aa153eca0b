import { useCallback, useState } from 'react';
import { afterWrite } from '@/adapters/after-write';
import { errorText, t } from '@/adapters/i18n';
import { now } from '@/lib/clock';
import { explainDbError } from '@/lib/db';
import type { PreparedImport } from '@/lib/imports/prepared';
import { importDoneIn } from '@/lib/i18n/import-done';

export type Prepare = (bytes: Uint8Array, now: Date) => Promise<PreparedImport>;

export interface Imports {
  preview: PreparedImport | null;
  /** The name of the file being previewed. */
  source: string;
  busy: boolean;
  /** Rows written of the total while Confirm import is writing; null otherwise. */
  progress: { written: number; total: number } | null;
  /** What happened, for the live region and the message under the import controls. */
  notice: string;
  choose: (file: File, prepare: Prepare) => Promise<void>;
  confirm: () => Promise<void>;
  cancel: () => void;
}

/** Every import and restore: read and plan first, show the preview, write on Confirm only. */
export function useImports(): Imports {
  const [preview, setPreview] = useState<PreparedImport | null>(null);
  const [source, setSource] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [progress, setProgress] = useState<Imports['progress']>(null);

  const choose = useCallback(async (file: File, prepare: Prepare) => {
    setBusy(true);
    setPreview(null);
    setSource(file.name);
    setNotice(t('imports.reading', { file: file.name }));
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      setPreview(await prepare(bytes, now()));
      setNotice('');
    } catch (error) {
      setNotice(t('imports.failed', { file: file.name, error: errorText(explainDbError(error)) }));
    } finally {
      setBusy(false);
    }
  }, []);

  const confirm = useCallback(async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const done = await preview.commit((written, total) => {
        setProgress({ written, total });
      });
      setNotice(importDoneIn(done, t));
      setPreview(null);
      await afterWrite();
    } catch (error) {
      setNotice(t('imports.failedConfirm', { error: errorText(explainDbError(error)) }));
    } finally {
      setProgress(null);
      setBusy(false);
    }
  }, [preview]);

  const cancel = useCallback(() => {
    setPreview(null);
    setNotice(t('imports.cancelled'));
  }, []);

  return { preview, source, busy, progress, notice, choose, confirm, cancel };
}
