import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { afterWrite } from '@/adapters/after-write';
import { errorText, t } from '@/adapters/i18n';
import { now } from '@/lib/clock';
import {
  deleteContact,
  deleteInteraction,
  editInteraction,
  logTouch,
  undeleteContact,
  updateContact,
  changedFields,
  type ContactPatch,
  type TouchInput,
} from '@/lib/contacts';
import { explainDbError, type FormerlyDb } from '@/lib/db';
import type { Contact, ContactEvent, Interaction } from '@/lib/model';

export interface ContactDetail {
  contact: Contact;
  interactions: Interaction[];
  events: ContactEvent[];
}

export interface ContactDetailApi {
  detail: ContactDetail | null | undefined;
  notice: string;
  /** Set after a delete until undone or dismissed. */
  deleted: Contact | null;
  update: (patch: ContactPatch) => Promise<void>;
  addTouch: (touch: TouchInput) => Promise<void>;
  editTouch: (id: string, touch: TouchInput) => Promise<void>;
  deleteTouch: (id: string) => Promise<void>;
  remove: () => Promise<void>;
  undo: () => Promise<void>;
}

/** One contact with its timeline, live, and every change written through lib/. */
export function useContactDetail(db: FormerlyDb, id: string): ContactDetailApi {
  const [notice, setNotice] = useState('');
  const [deleted, setDeleted] = useState<Contact | null>(null);
  const detail = useLiveQuery(async (): Promise<ContactDetail | null> => {
    const contact = await db.contacts.get(id);
    if (!contact) return null;
    const [interactions, events] = await Promise.all([
      db.interactions.where('contactId').equals(id).reverse().sortBy('at'),
      db.events.where('contactId').equals(id).reverse().sortBy('at'),
    ]);
    return { contact, interactions, events };
  }, [db, id]);

  const run = useCallback(async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setNotice(done);
      await afterWrite();
    } catch (error) {
      setNotice(errorText(explainDbError(error)));
    }
  }, []);

  return {
    detail,
    notice,
    deleted,
    // Only the changed fields, checked against the contact as shown (see updateContact).
    update: (patch) =>
      run(() => {
        const shown = detail?.contact;
        return updateContact(db, id, shown ? changedFields(patch, shown) : patch, now(), shown);
      }, t('common.changesSaved')),
    addTouch: (touch) => run(() => logTouch(db, id, touch, now()), t('common.touchLogged')),
    editTouch: (touchId, touch) =>
      run(() => editInteraction(db, touchId, touch, now()), t('contact.touchChanged')),
    deleteTouch: (touchId) =>
      run(() => deleteInteraction(db, touchId, now()), t('contact.touchDeleted')),
    remove: () =>
      run(async () => {
        setDeleted(await deleteContact(db, id, now()));
      }, t('contact.deleted')),
    undo: () =>
      run(async () => {
        await undeleteContact(db, id, now());
        setDeleted(null);
      }, t('contact.restored')),
  };
}
