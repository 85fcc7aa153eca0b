import { z } from 'zod';
import { toInstant } from '../clock';
import type { FormerlyDb } from '../db';
import { type Contact, Contact as ContactSchema } from '../model';
import { withSchedule } from './schedule';
import { problemText } from '../i18n/problems';

/** The fields a person edits; everything else is derived or scraped. */
export const ContactPatch = ContactSchema.pick({
  name: true,
  headline: true,
  currentTitle: true,
  currentCompany: true,
  location: true,
  roles: true,
  sharedEmployers: true,
  warmth: true,
  reference: true,
  canVouchFor: true,
  notes: true,
  tags: true,
  cadenceDays: true,
  lastContactedAt: true,
  snoozedUntil: true,
  paused: true,
  status: true,
}).partial();
export type ContactPatch = z.infer<typeof ContactPatch>;

export class ContactNotFoundError extends Error {
  constructor(id: string) {
    super(problemText('contactGone', { id }));
    this.name = 'ContactNotFoundError';
  }
}

/** Reads, changes and writes one contact in a single transaction, then returns it. */
export async function changeContact(
  db: FormerlyDb,
  id: string,
  change: (contact: Contact) => Contact,
  now: Date,
): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const stored = await db.contacts.get(id);
    if (!stored) throw new ContactNotFoundError(id);
    const contact = withSchedule({ ...change(stored), updatedAt: toInstant(now) });
    await db.contacts.put(contact);
    return contact;
  });
}

/** Only the fields of `patch` whose value differs from `contact`'s: what the user changed. */
export function changedFields(patch: ContactPatch, contact: Contact): ContactPatch {
  return Object.fromEntries(
    Object.entries(patch).filter(
      ([key, value]) => JSON.stringify(value) !== JSON.stringify(contact[key as keyof Contact]),
    ),
  );
}

/** The contact was changed elsewhere (another window, the popup) after this edit began. */
export class EditConflictError extends Error {
  constructor(readonly fields: string[]) {
    super(problemText('editConflict', { fields: fields.join(', ') }));
    this.name = 'EditConflictError';
  }
}

function conflicts(stored: Contact, base: Contact, patch: ContactPatch): string[] {
  return (Object.keys(patch) as (keyof ContactPatch)[]).filter(
    (key) => JSON.stringify(stored[key]) !== JSON.stringify(base[key]),
  );
}

/**
 * Applies `patch`. With `base` (the contact as the editor showed it), a field that changed in
 * the store since then is not overwritten: the edit is refused with the fields named, so no
 * change made elsewhere — a Done in the popup, another tab — is lost silently.
 */
export function updateContact(
  db: FormerlyDb,
  id: string,
  patch: ContactPatch,
  now: Date,
  base?: Contact,
): Promise<Contact> {
  return changeContact(
    db,
    id,
    (stored) => {
      const clashes = base ? conflicts(stored, base, patch) : [];
      if (clashes.length > 0) throw new EditConflictError(clashes);
      return { ...stored, ...patch };
    },
    now,
  );
}

export function snoozeContact(
  db: FormerlyDb,
  id: string,
  until: string,
  now: Date,
): Promise<Contact> {
  return changeContact(db, id, (c) => ({ ...c, snoozedUntil: until }), now);
}

/** Soft delete: the row stays, without reminders, until purged, so Undo can bring it back. */
export function deleteContact(db: FormerlyDb, id: string, now: Date): Promise<Contact> {
  return changeContact(db, id, (c) => ({ ...c, deletedAt: toInstant(now) }), now);
}

export function undeleteContact(db: FormerlyDb, id: string, now: Date): Promise<Contact> {
  return changeContact(db, id, (c) => ({ ...c, deletedAt: null }), now);
}
