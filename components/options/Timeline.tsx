import { useState } from 'react';
import type { TouchInput } from '@/lib/contacts';
import type { ContactEvent, Interaction } from '@/lib/model';
import { TouchForm } from '../TouchForm';

interface Props {
  interactions: Interaction[];
  events: ContactEvent[];
  today: string;
  onAdd: (touch: TouchInput) => void;
  onEdit: (id: string, touch: TouchInput) => void;
  onDelete: (id: string) => void;
}

const INTENT: Record<Interaction['intent'], string> = {
  give: 'gave',
  ask: 'asked',
  neutral: 'caught up',
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
      <h3 id="timeline-heading">Timeline</h3>
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
          Log a touch
        </button>
      )}
      {interactions.length === 0 && <p className="muted">No touches logged yet.</p>}
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
              <strong>{touch.at}</strong> · {touch.kind} · {INTENT[touch.intent]}
              {touch.note && <span> — {touch.note}</span>}{' '}
              <button
                type="button"
                aria-label={`Edit touch of ${touch.at}`}
                onClick={() => {
                  setEditing(touch.id);
                }}
              >
                Edit
              </button>{' '}
              <button
                type="button"
                aria-label={`Delete touch of ${touch.at}`}
                onClick={() => {
                  onDelete(touch.id);
                }}
              >
                Delete
              </button>
            </li>
          ),
        )}
      </ul>
      {jobChanges.length > 0 && (
        <>
          <h3>Job changes</h3>
          <ul>
            {jobChanges.map((event) => (
              <li key={event.id}>
                <strong>{event.at.slice(0, 10)}</strong> · {event.detail}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
