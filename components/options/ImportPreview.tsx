import { t } from '@/adapters/i18n';
import { describeCountsIn } from '@/lib/i18n/format';
import { problemIn } from '@/lib/i18n/problems';
import type { ImportIssue, PreparedImport } from '@/lib/imports/prepared';

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

/** Rows left out, or notes on what was imported: the first 50, by row, in the UI's language. */
function IssueList({
  issues,
  summary,
}: {
  issues: readonly ImportIssue[];
  summary: string;
}): React.JSX.Element | null {
  if (issues.length === 0) return null;
  return (
    <details>
      <summary>{summary}</summary>
      <ul>
        {issues.slice(0, SHOWN_ERRORS).map((issue) => (
          <li key={`${String(issue.row)}:${issue.reason}`}>
            {issue.row > 0 && `${t('imports.row', { row: issue.row })} `}
            {problemIn(issue.reason, t)}
          </li>
        ))}
      </ul>
      {issues.length > SHOWN_ERRORS && (
        <p>{t('imports.andMore', { count: issues.length - SHOWN_ERRORS })}</p>
      )}
    </details>
  );
}

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
      <IssueList
        issues={preview.errors}
        summary={t('imports.leftOut', { count: preview.errors.length })}
      />
      <IssueList
        issues={preview.notes}
        summary={t('imports.notes', { count: preview.notes.length })}
      />
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
