import { useState } from 'react';
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
    <div className="bulk" role="group" aria-label="Selected contacts">
      <strong>{count} selected</strong>
      <label>
        Follow up every (days)
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
        Set cadence
      </button>
      <label>
        Tag
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
        Add tag
      </button>
      <button
        type="button"
        className="danger"
        onClick={() => {
          onApply({ kind: 'delete' });
        }}
      >
        Delete selected
      </button>
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
