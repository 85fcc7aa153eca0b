import { useCallback, useState } from 'react';
import { afterWrite } from '@/adapters/after-write';
import { errorText, t } from '@/adapters/i18n';
import { logTouch, quickTouch, snoozeContact, type TouchInput } from '@/lib/contacts';
import { explainDbError, type FormerlyDb } from '@/lib/db';
import type { Contact } from '@/lib/model';
import { snoozeUntil } from '@/lib/reminders';
import {
  giveAskText,
  giveAskWarning,
  isAsk,
  renderTemplate,
  type TemplateKind,
} from '@/lib/templates';

export type SnoozeOption = Parameters<typeof snoozeUntil>[0];

export interface FollowUpActions {
  /** What just happened, for the live region. */
  notice: string;
  /** What went wrong with the last action, shown (not only announced) until the next one. */
  failure: string;
  /** One click: a neutral message, today. `touch` records what the small form says instead. */
  done: (contact: Contact, touch?: TouchInput) => Promise<void>;
  snooze: (contact: Contact, option: SnoozeOption) => Promise<void>;
  /** Copies a starter; for an ask that would tip the balance, returns the warning instead unless `force`. */
  copy: (contact: Contact, kind: TemplateKind, force?: boolean) => Promise<string | null>;
}

export function templateContext(
  contact: Contact,
  myFirstName: string | null,
): Parameters<typeof renderTemplate>[1] {
  return {
    firstName: contact.firstName || contact.name,
    sharedEmployer: contact.sharedEmployers[0]?.company ?? null,
    newCompany: contact.currentCompany,
    myFirstName,
  };
}

/** Done, Snooze and Copy message for the popup, written through lib/ and then recounted. */
export function useFollowUpActions(
  db: FormerlyDb,
  now: () => Date,
  myFirstName: string | null,
): FollowUpActions {
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState('');
  const report = useCallback((text: string) => {
    setNotice('');
    setFailure(text);
  }, []);
  const run = useCallback(
    async (work: () => Promise<unknown>, done: string) => {
      setFailure('');
      try {
        await work();
        setNotice(done);
        await afterWrite();
      } catch (error) {
        report(errorText(explainDbError(error)));
      }
    },
    [report],
  );

  const done = useCallback(
    (contact: Contact, touch?: TouchInput) =>
      run(
        () => logTouch(db, contact.id, touch ?? quickTouch(now()), now()),
        t('popup.markedDone', { name: contact.name }),
      ),
    [db, now, run],
  );
  const snooze = useCallback(
    (contact: Contact, option: SnoozeOption) =>
      run(
        () => snoozeContact(db, contact.id, snoozeUntil(option, now()), now()),
        t('popup.snoozed', { name: contact.name }),
      ),
    [db, now, run],
  );
  const copy = useCallback(
    async (contact: Contact, kind: TemplateKind, force = false): Promise<string | null> => {
      if (isAsk(kind) && !force) {
        const touches = await db.interactions.where('contactId').equals(contact.id).toArray();
        const warning = giveAskWarning(touches, now());
        if (warning) return giveAskText(warning, contact.firstName || contact.name, t);
      }
      setFailure('');
      try {
        await navigator.clipboard.writeText(
          renderTemplate(kind, templateContext(contact, myFirstName), t),
        );
        setNotice(t('popup.copied'));
      } catch {
        report(t('popup.copyFailed'));
      }
      return null;
    },
    [db, now, myFirstName, report],
  );
  return { notice, failure, done, snooze, copy };
}
