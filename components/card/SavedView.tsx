import { useState } from 'react';
import type { ContactPatch, TouchInput } from '@/lib/contacts';
import type { LookupResult } from '@/lib/messages';
import type { Contact } from '@/lib/model';
import { relativeSummary } from '@/lib/reminders';
import { toCalendarDate } from '@/lib/clock';
import { TouchForm } from '../TouchForm';
import { ContactForm } from './ContactForm';

interface Props {
  contact: Contact;
  lookup: LookupResult;
  now: Date;
  busy: boolean;
  onUpdate: (patch: ContactPatch) => void;
  onLogTouch: (touch: TouchInput) => void;
}

/** After saving: the relationship at a glance, the details form, and a way to log a touch. */
export function SavedView({
  contact,
  lookup,
  now,
  busy,
  onUpdate,
  onLogTouch,
}: Props): React.JSX.Element {
  const [touching, setTouching] = useState(false);
  return (
    <div className="section">
      <p className="saved">
        <strong>Saved</strong>
        <span className="muted"> · {relativeSummary(contact, now).replace(/^Saved · /, '')}</span>
      </p>
      {lookup.jobChange && <p className="news">Changed jobs: {lookup.jobChange.detail}</p>}
      {touching ? (
        <TouchForm
          today={toCalendarDate(now)}
          busy={busy}
          onSubmit={(touch) => {
            onLogTouch(touch);
            setTouching(false);
          }}
          onCancel={() => {
            setTouching(false);
          }}
        />
      ) : (
        <button
          type="button"
          onClick={() => {
            setTouching(true);
          }}
        >
          Log a touch
        </button>
      )}
      <ContactForm key={contact.updatedAt} contact={contact} busy={busy} onSubmit={onUpdate} />
    </div>
  );
}
