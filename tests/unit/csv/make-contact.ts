import { newContact, type NewContactFields } from '@/lib/contact-new';
import type { Contact } from '@/lib/model';

export const NOW = new Date(2026, 10, 23, 9, 30);
export const CREATED = '2025-01-15T08:00:00.000Z';

let counter = 0;

/** A complete contact with a readable id and fixed timestamps, `fields` applied last. */
export function makeContact({ id, ...fields }: NewContactFields & { id?: string }): Contact {
  counter += 1;
  return {
    ...newContact({ createdAt: CREATED, updatedAt: CREATED, ...fields }, NOW),
    id: id ?? `c${String(counter)}`,
  };
}

/** A tracked former manager, every field the CSV shows filled in. */
export function makeTracked(
  fields: Partial<Omit<Contact, 'name'>> & { name?: string } = {},
): Contact {
  return makeContact({
    name: 'Jane Doe',
    firstName: 'Jane',
    lastName: 'Doe',
    headline: 'VP Engineering at Acme',
    currentCompany: 'Acme',
    currentTitle: 'VP Engineering',
    location: 'Berlin',
    profileUrl: 'https://www.linkedin.com/in/jane-doe/',
    roles: ['former-manager', 'mentor'],
    sharedEmployers: [{ company: 'Acme', from: '2019-03', to: '2021-06' }],
    warmth: 'warm',
    reference: 'yes',
    lastContactedAt: '2026-08-01',
    nextDueAt: '2026-10-30',
    cadenceDays: 90,
    tags: ['berlin', 'mentor'],
    notes: 'Met at the offsite',
    status: 'tracked',
    ...fields,
  });
}
