import { useEffect, useRef, useState } from 'react';
import { t, uiDateLocale } from '@/adapters/i18n';
import type { ContactPatch, TouchInput } from '@/lib/contacts';
import { savedSummaryIn } from '@/lib/i18n/summary';
import type { LookupResult } from '@/lib/messages';
import type { Contact } from '@/lib/model';
import { toCalendarDate } from '@/lib/clock';
import { TouchForm } from '../TouchForm';
import { ContactForm } from './ContactForm';
import { jobChangeIn } from '@/lib/i18n/job-change';

interface Props {
  contact: Contact;
  lookup: LookupResult;
  now: Date;
  busy: boolean;
  onUpdate: (patch: ContactPatch) => void;
  onLogTouch: (touch: TouchInput) => void;
  /** Move the focus into the form (right after saving), so keyboard users land where they act next. */
  focusForm: boolean;
}

/** After saving: the relationship at a glance, the details form, and a way to log a touch. */
export function SavedView({
  contact,
  lookup,
  now,
  busy,
  onUpdate,
  onLogTouch,
  focusForm,
}: Props): React.JSX.Element {
  const [touching, setTouching] = useState(false);
  const section = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusForm) section.current?.querySelector<HTMLElement>('form select, form input')?.focus();
  }, [focusForm]);
  return (
    <div className="section" ref={section}>
      <p className="saved">
        <strong>{t('card.saved')}</strong>
        <span className="muted"> · {savedSummaryIn(contact, now, uiDateLocale(), t)}</span>
      </p>
      {lookup.jobChange && (
        <p className="news">
          {t('card.changedJobs', {
            detail:
              lookup.jobChange.from && lookup.jobChange.to
                ? jobChangeIn(lookup.jobChange.from, lookup.jobChange.to, t)
                : lookup.jobChange.detail,
          })}
        </p>
      )}
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
          {t('common.logATouch')}
        </button>
      )}
      <ContactForm key={contact.updatedAt} contact={contact} busy={busy} onSubmit={onUpdate} />
    </div>
  );
}
