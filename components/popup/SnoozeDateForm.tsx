import { useState } from 'react';
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
        Snooze {contact.name} until
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
          Snooze
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
