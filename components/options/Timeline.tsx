import { useState } from 'react';
import { t, uiDateLocale } from '@/adapters/i18n';
import type { TouchInput } from '@/lib/contacts';
import { formatDay } from '@/lib/i18n/format';
import { jobChangeIn } from '@/lib/i18n/job-change';
import { KIND_KEYS } from '@/lib/i18n/labels';
import type { PlainKey } from '@/lib/i18n/translate';
import type { ContactEvent, Interaction } from '@/lib/model';
import { TouchForm } from '../TouchForm';

/** A job change in the UI's language when the event kept both jobs; its stored text otherwise. */
function eventDetail(event: ContactEvent): string {
  return event.from && event.to ? jobChangeIn(event.from, event.to, t) : event.detail;
}

interface Props {
  interactions: Interaction[];
  events: ContactEvent[];
  today: string;
  onAdd: (touch: TouchInput) => void;
  onEdit: (id: string, touch: TouchInput) => void;
  onDelete: (id: string) => void;
}

const INTENT: Record<Interaction['intent'], PlainKey> = {
  give: 'timeline.gave',
  ask: 'timeline.asked',
  neutral: 'timeline.caughtUp',
};

/** Touches (newest first) and the job changes seen on the person's profile. */
export function Timeline({
  interactions,
  events,
  today,
  onAdd,
  onEdit,
  onDelete,
}: Props): React.JSX.Element {
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const jobChanges = events.filter((e) => e.kind === 'job-change');
  return (
    <section aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">{t('timeline.heading')}</h3>
      {adding ? (
        <TouchForm
          today={today}
          busy={false}
          onCancel={() => {
            setAdding(false);
          }}
          onSubmit={(t) => {
            setAdding(false);
            onAdd(t);
          }}
        />
      ) : (
        <button
          type="button"
          onClick={() => {
            setAdding(true);
          }}
        >
          {t('common.logATouch')}
        </button>
      )}
      {interactions.length === 0 && <p className="muted">{t('timeline.none')}</p>}
      <ul className="timeline">
        {interactions.map((touch) =>
          editing === touch.id ? (
            <li key={touch.id}>
              <TouchForm
                today={today}
                busy={false}
                initial={touch}
                onCancel={() => {
                  setEditing(null);
                }}
                onSubmit={(t) => {
                  setEditing(null);
                  onEdit(touch.id, t);
                }}
              />
            </li>
          ) : (
            <li key={touch.id}>
              <strong>{formatDay(touch.at, uiDateLocale())}</strong> · {t(KIND_KEYS[touch.kind])} ·{' '}
              {t(INTENT[touch.intent])}
              {touch.note && <span> — {touch.note}</span>}{' '}
              <button
                type="button"
                aria-label={t('timeline.editTouch', { date: formatDay(touch.at, uiDateLocale()) })}
                onClick={() => {
                  setEditing(touch.id);
                }}
              >
                {t('common.edit')}
              </button>{' '}
              <button
                type="button"
                aria-label={t('timeline.deleteTouch', {
                  date: formatDay(touch.at, uiDateLocale()),
                })}
                onClick={() => {
                  onDelete(touch.id);
                }}
              >
                {t('common.delete')}
              </button>
            </li>
          ),
        )}
      </ul>
      {jobChanges.length > 0 && (
        <>
          <h3>{t('timeline.jobChanges')}</h3>
          <ul>
            {jobChanges.map((event) => (
              <li key={event.id}>
                <strong>{formatDay(event.at.slice(0, 10), uiDateLocale())}</strong> ·{' '}
                {eventDetail(event)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
