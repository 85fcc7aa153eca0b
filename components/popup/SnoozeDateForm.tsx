import { useState } from 'react';
import { t } from '@/adapters/i18n';
import type { Contact } from '@/lib/model';

interface Props {
  contact: Contact;
  today: string;
  onSubmit: (date: string) => void;
  onCancel: () => void;
}

export function SnoozeDateForm({ contact, today, onSubmit, onCancel }: Props): React.JSX.Element {
  const [date, setDate] = useState('');
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        if (date) onSubmit(date);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label>
        {t('popup.snoozeUntil', { name: contact.name })}
        <input
          type="date"
          required
          min={today}
          value={date}
          autoFocus
          onChange={(e) => {
            setDate(e.target.value);
          }}
        />
      </label>
      <div className="actions">
        <button type="submit" className="primary">
          {t('popup.snooze')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
