import { useState } from 'react';
import { t } from '@/adapters/i18n';
import type { BulkChange } from '@/lib/contacts';

interface Props {
  count: number;
  onApply: (change: BulkChange) => void;
  onClear: () => void;
}

/** Actions on every selected contact at once. */
export function BulkBar({ count, onApply, onClear }: Props): React.JSX.Element | null {
  const [days, setDays] = useState('90');
  const [tag, setTag] = useState('');
  if (count === 0) return null;
  return (
    <div className="bulk" role="group" aria-label={t('bulk.label')}>
      <strong>{t('bulk.selected', count)}</strong>
      <label>
        {t('common.followUpEveryDays')}
        <input
          type="number"
          min={1}
          max={3660}
          value={days}
          onChange={(e) => {
            setDays(e.target.value);
          }}
        />
      </label>
      <button
        type="button"
        onClick={() => {
          const n = Number.parseInt(days, 10);
          if (n > 0 && n <= 3660) onApply({ kind: 'cadence', days: n });
        }}
      >
        {t('bulk.setCadence')}
      </button>
      <label>
        {t('bulk.tag')}
        <input
          value={tag}
          onChange={(e) => {
            setTag(e.target.value);
          }}
        />
      </label>
      <button
        type="button"
        onClick={() => {
          if (tag.trim()) onApply({ kind: 'tag', tag: tag.trim() });
        }}
      >
        {t('bulk.addTag')}
      </button>
      <button
        type="button"
        className="danger"
        onClick={() => {
          onApply({ kind: 'delete' });
        }}
      >
        {t('bulk.deleteSelected')}
      </button>
      <button type="button" onClick={onClear}>
        {t('bulk.clearSelection')}
      </button>
    </div>
  );
}
