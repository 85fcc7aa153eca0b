import { useState } from 'react';
import type { StorageInfo } from '@/adapters/storage-estimate';

interface Props {
  storage: StorageInfo | undefined;
  onPersist: () => void;
  onExportBackup: () => void;
  onDeleteAll: () => void;
}

function megabytes(bytes: number | null): string {
  return bytes === null ? '?' : `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** Storage used, protection from eviction, and deleting everything (with a backup offered first). */
export function DataSection({
  storage,
  onPersist,
  onExportBackup,
  onDeleteAll,
}: Props): React.JSX.Element {
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p>
        Stored in this browser: {megabytes(storage?.usedBytes ?? null)} of{' '}
        {megabytes(storage?.quotaBytes ?? null)} available.{' '}
        {storage?.persisted ? (
          'The browser will not clear it to free space.'
        ) : (
          <button type="button" onClick={onPersist}>
            Protect from automatic clean-up
          </button>
        )}
      </p>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="delete-heading" className="preview">
          <h3 id="delete-heading">Delete every contact, note and touch?</h3>
          <p>This cannot be undone. Export a backup first if you might want them back.</p>
          <div className="actions">
            <button type="button" onClick={onExportBackup}>
              Export a backup first
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirming(false);
                onDeleteAll();
              }}
            >
              Delete everything
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="danger"
          onClick={() => {
            setConfirming(true);
          }}
        >
          Delete all data…
        </button>
      )}
    </section>
  );
}
