import { useRef, useState } from 'react';
import { t, uiDateLocale } from '@/adapters/i18n';
import type { FollowUpActions } from '@/hooks/use-follow-up-actions';
import { formatDay } from '@/lib/i18n/format';
import { reasonIn } from '@/lib/i18n/reason';
import { fromCalendarDate } from '@/lib/reminders';
import type { FollowUps } from '@/hooks/use-follow-ups';
import type { Contact } from '@/lib/model';
import { FollowUpItem } from './FollowUpItem';
import { SnoozeDateForm } from './SnoozeDateForm';

interface Props {
  followUps: FollowUps | undefined;
  actions: FollowUpActions;
  today: string;
  /** What the weekly backup just did, if it ran on this opening. */
  backupNotice?: string;
  /** Asks for every due contact, not only the first ones. */
  onShowAll: () => void;
  onOpenDashboard: () => void;
}

function ComingDate({ date }: { date: string | undefined }): React.JSX.Element | null {
  if (date === undefined) return null;
  return (
    <time className="muted" dateTime={date}>
      {formatDay(date, uiDateLocale())}
    </time>
  );
}

/**
 * The popup: who is due, by priority, then who is coming up in the next two weeks. It shows
 * what it was given (the first due contacts, or all after "Show all") and the counts.
 */
export function FollowUpsView({
  followUps,
  actions,
  today,
  backupNotice = '',
  onShowAll,
  onOpenDashboard,
}: Props): React.JSX.Element {
  const [picking, setPicking] = useState<Contact | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // After Done the item leaves the list: keyboard users go back to the top of the list.
  const listActions: FollowUpActions = {
    ...actions,
    done: async (contact, touch) => {
      await actions.done(contact, touch);
      heading.current?.focus();
    },
  };
  const due = followUps?.due ?? [];
  const dueCount = followUps?.dueCount ?? 0;
  const hiddenComingUp = followUps ? followUps.comingUpCount - followUps.comingUp.length : 0;
  return (
    <main className="popup">
      <h1 ref={heading} tabIndex={-1}>
        {t('popup.heading')}
      </h1>
      {actions.failure && (
        <p className="failure" role="alert">
          {actions.failure}
        </p>
      )}
      {followUps === undefined && <p className="muted">{t('common.loading')}</p>}
      {followUps?.due.length === 0 && (
        <p className="empty">
          {t('popup.emptyBefore')} <strong>{t('card.saveAsFormerBoss')}</strong>
          {t('popup.emptyAfter')}
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
          {due.map(({ contact }) => (
            <FollowUpItem
              key={contact.id}
              contact={contact}
              reason={reasonIn(contact, fromCalendarDate(today), uiDateLocale(), t)}
              actions={listActions}
              today={today}
              onPickDate={setPicking}
            />
          ))}
        </ul>
      )}
      {due.length > 0 && due.length < dueCount && (
        <button type="button" onClick={onShowAll}>
          {t('popup.showAll', { count: dueCount })}
        </button>
      )}
      <h2>{t('popup.comingUp')}</h2>
      {followUps?.comingUp.length === 0 && <p className="muted">{t('popup.nothingComingUp')}</p>}
      {followUps && followUps.comingUp.length > 0 && (
        <ul className="list coming">
          {followUps.comingUp.map((contact) => (
            <li key={contact.id}>
              <span>{contact.name}</span> <ComingDate date={contact.nextDueAt} />
            </li>
          ))}
        </ul>
      )}
      {hiddenComingUp > 0 && <p className="muted">{t('popup.comingUpMore', hiddenComingUp)}</p>}
      <footer>
        {backupNotice && <p className="muted">{backupNotice}</p>}
        <button type="button" onClick={onOpenDashboard}>
          {t('popup.openDashboard')}
        </button>
      </footer>
      <p className="visually-hidden" role="status" aria-live="polite">
        {actions.notice}
      </p>
    </main>
  );
}
