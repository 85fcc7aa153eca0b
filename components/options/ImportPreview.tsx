import { t } from '@/adapters/i18n';
import { describeCountsIn } from '@/lib/i18n/format';
import type { PreparedImport } from '@/lib/imports/prepared';

interface Props {
  preview: PreparedImport;
  /** The chosen file's name, for the heading. */
  source: string;
  busy: boolean;
  /** Rows written so far while confirming; null before. */
  progress: { written: number; total: number } | null;
  onConfirm: () => void;
  onCancel: () => void;
}

const SHOWN_ERRORS = 50;

/** What an import would do, before it does it. */
export function ImportPreview({
  preview,
  source,
  busy,
  progress,
  onConfirm,
  onCancel,
}: Props): React.JSX.Element {
  return (
    <div className="preview" role="region" aria-label={t('imports.previewLabel')}>
      <h3>{t('imports.previewHeading', { file: source })}</h3>
      <p>{describeCountsIn(preview.counts, t)}</p>
      {preview.errors.length > 0 && (
        <details>
          <summary>{t('imports.leftOut', { count: preview.errors.length })}</summary>
          <ul>
            {preview.errors.slice(0, SHOWN_ERRORS).map((issue) => (
              <li key={`${String(issue.row)}:${issue.reason}`}>
                {issue.row > 0 && `${t('imports.row', { row: issue.row })} `}
                {issue.reason}
              </li>
            ))}
          </ul>
          {preview.errors.length > SHOWN_ERRORS && (
            <p>{t('imports.andMore', { count: preview.errors.length - SHOWN_ERRORS })}</p>
          )}
        </details>
      )}
      {progress && (
        <p>
          <progress
            max={progress.total}
            value={progress.written}
            aria-label={t('imports.progressLabel')}
          />{' '}
          {t('imports.progress', {
            written: progress.written.toLocaleString(t('meta.locale')),
            total: progress.total.toLocaleString(t('meta.locale')),
          })}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={onConfirm}>
          {t('imports.confirm')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
