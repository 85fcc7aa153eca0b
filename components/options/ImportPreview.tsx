import type { PreparedImport } from '@/lib/imports/prepared';
import { describeCounts } from '@/lib/imports/prepared';

interface Props {
  preview: PreparedImport;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

const SHOWN_ERRORS = 50;

/** What an import would do, before it does it. */
export function ImportPreview({ preview, busy, onConfirm, onCancel }: Props): React.JSX.Element {
  return (
    <div className="preview" role="region" aria-label="Import preview">
      <h3>{preview.title}: preview</h3>
      <p>{describeCounts(preview.counts)}</p>
      {preview.errors.length > 0 && (
        <details>
          <summary>Rows that will be left out ({preview.errors.length})</summary>
          <ul>
            {preview.errors.slice(0, SHOWN_ERRORS).map((issue) => (
              <li key={`${String(issue.row)}:${issue.reason}`}>
                {issue.row > 0 ? `Row ${String(issue.row)}: ` : ''}
                {issue.reason}
              </li>
            ))}
          </ul>
          {preview.errors.length > SHOWN_ERRORS && (
            <p>…and {preview.errors.length - SHOWN_ERRORS} more.</p>
          )}
        </details>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={onConfirm}>
          Confirm import
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
