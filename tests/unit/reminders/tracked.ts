import { newContact } from '@/lib/contact-new';
import type { Contact } from '@/lib/model';

/** Saved at local noon on 10 Jan 2026, so its local calendar day is the same in every TZ. */
export const SAVED_AT = new Date(2026, 0, 10, 12);

/** A tracked contact with a 90-day cadence; override what a test is about. */
export function tracked(fields: Partial<Contact> = {}): Contact {
  return {
    ...newContact({ name: 'Jane Doe' }, SAVED_AT),
    status: 'tracked',
    cadenceDays: 90,
    warmth: 'neutral',
    reference: 'unknown',
    ...fields,
  };
}

/** An ISO instant at local noon of a calendar day, the same day in every TZ. */
export function localNoon(year: number, month: number, day: number): string {
  return new Date(year, month - 1, day, 12).toISOString();
}
