import { useState } from 'react';
import type { FollowUpActions } from '@/hooks/use-follow-up-actions';
import type { FollowUps } from '@/hooks/use-follow-ups';
import type { Contact } from '@/lib/model';
import { FollowUpItem } from './FollowUpItem';
import { SnoozeDateForm } from './SnoozeDateForm';

interface Props {
  followUps: FollowUps | undefined;
  actions: FollowUpActions;
  today: string;
  onOpenDashboard: () => void;
}

/** The popup: who is due, by priority, then who is coming up in the next two weeks. */
/** Enough to act on today; the rest one click away (and the popup paints fast at any size). */
const FIRST_SHOWN = 25;

export function FollowUpsView({
  followUps,
  actions,
  today,
  onOpenDashboard,
}: Props): React.JSX.Element {
  const [picking, setPicking] = useState<Contact | null>(null);
  const [showAll, setShowAll] = useState(false);
  const due = followUps?.due ?? [];
  const shown = showAll ? due : due.slice(0, FIRST_SHOWN);
  return (
    <main className="popup">
      <h1>Follow-ups</h1>
      {followUps === undefined && <p className="muted">Loading…</p>}
      {followUps?.due.length === 0 && (
        <p className="empty">
          Nobody is due. Open a former boss’s LinkedIn profile and click{' '}
          <strong>Save as former boss</strong> to start keeping in touch.
        </p>
      )}
      {picking && (
        <SnoozeDateForm
          contact={picking}
          today={today}
          onCancel={() => {
            setPicking(null);
          }}
          onSubmit={(date) => {
            setPicking(null);
            void actions.snooze(picking, { date });
          }}
        />
      )}
      {followUps && followUps.due.length > 0 && (
        <ul className="list">
          {shown.map(({ contact, reason }) => (
            <FollowUpItem
              key={contact.id}
              contact={contact}
              reason={reason}
              actions={actions}
              onPickDate={setPicking}
            />
          ))}
        </ul>
      )}
      {!showAll && due.length > FIRST_SHOWN && (
        <button
          type="button"
          onClick={() => {
            setShowAll(true);
          }}
        >
          Show all {due.length}
        </button>
      )}
      <h2>Coming up</h2>
      {followUps?.comingUp.length === 0 && <p className="muted">Nothing in the next 14 days.</p>}
      {followUps && followUps.comingUp.length > 0 && (
        <ul className="list coming">
          {followUps.comingUp.map((contact) => (
            <li key={contact.id}>
              <span>{contact.name}</span> <span className="muted">{contact.nextDueAt}</span>
            </li>
          ))}
        </ul>
      )}
      <footer>
        <button type="button" onClick={onOpenDashboard}>
          Open dashboard
        </button>
      </footer>
      <p className="visually-hidden" role="status" aria-live="polite">
        {actions.notice}
      </p>
    </main>
  );
}
