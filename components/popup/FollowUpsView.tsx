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
export function FollowUpsView({
  followUps,
  actions,
  today,
  onOpenDashboard,
}: Props): React.JSX.Element {
  const [picking, setPicking] = useState<Contact | null>(null);
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
          {followUps.due.map(({ contact, reason }) => (
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
