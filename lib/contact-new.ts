import { toInstant } from './clock';
import { newId } from './ids';
import type { Contact } from './model';

/** What a caller must say about a new person; everything else gets an empty default. */
export type NewContactFields = Pick<Contact, 'name'> & Partial<Omit<Contact, 'id'>>;

/** Splits a display name into first and last name the way LinkedIn's exports do. */
export function splitName(name: string): { firstName: string; lastName: string } {
  const parts = name.trim().split(/\s+/);
  const firstName = parts.shift() ?? '';
  return { firstName, lastName: parts.join(' ') };
}

/**
 * A complete network contact (not yet tracked: no reminders) with `fields` applied.
 * Tracking and due dates are set by lib/contacts.ts, never here.
 */
export function newContact(fields: NewContactFields, now: Date): Contact {
  const stamp = toInstant(now);
  const names = splitName(fields.name);
  return {
    id: newId(),
    aliases: [],
    memberId: null,
    firstName: names.firstName,
    lastName: names.lastName,
    headline: null,
    photoUrl: null,
    location: null,
    currentTitle: null,
    currentCompany: null,
    email: null,
    connectedOn: null,
    roles: [],
    sharedEmployers: [],
    warmth: null,
    reference: null,
    canVouchFor: '',
    notes: '',
    tags: [],
    cadenceDays: null,
    lastContactedAt: null,
    snoozedUntil: null,
    paused: false,
    status: 'network',
    jobChangedAt: null,
    snapshot: { title: fields.currentTitle ?? null, company: fields.currentCompany ?? null },
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    ...fields,
  };
}
