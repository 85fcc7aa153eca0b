import { useState } from 'react';
import { t } from '@/adapters/i18n';
import type { StorageInfo } from '@/adapters/storage-estimate';

interface Props {
  storage: StorageInfo | undefined;
  onPersist: () => void;
  onExportBackup: () => void;
  onDeleteAll: () => void;
}

function megabytes(bytes: number | null): string {
  if (bytes === null) return '?';
  const amount = (bytes / 1_048_576).toLocaleString(t('meta.locale'), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return t('data.megabytes', { amount });
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
      <h2 id="data-heading">{t('data.heading')}</h2>
      <p>
        {t('data.stored', {
          used: megabytes(storage?.usedBytes ?? null),
          quota: megabytes(storage?.quotaBytes ?? null),
        })}{' '}
        {storage?.persisted ? (
          t('data.persisted')
        ) : (
          <button type="button" onClick={onPersist}>
            {t('data.protect')}
          </button>
        )}
      </p>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="delete-heading" className="preview">
          <h3 id="delete-heading">{t('data.confirmHeading')}</h3>
          <p>{t('data.cannotUndo')}</p>
          <div className="actions">
            <button type="button" onClick={onExportBackup}>
              {t('data.exportFirst')}
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirming(false);
                onDeleteAll();
              }}
            >
              {t('data.deleteEverything')}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t('common.cancel')}
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
          {t('data.deleteAll')}
        </button>
      )}
    </section>
  );
}
