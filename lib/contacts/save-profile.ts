import { z } from 'zod';
import { toInstant } from '../clock';
import { newContact } from '../contact-new';
import type { FormerlyDb } from '../db';
import { type Contact, ContactEvent, Role, SharedEmployer } from '../model';
import { ProfileData } from '../profile/schema';
import { defaultCadence } from '../reminders';
import type { Settings } from '../settings';
import { findContact } from './find';
import { applyScraped, scrapedFromProfile } from './scraped';
import { withSchedule } from './schedule';
import { newId } from '../ids';

export const SaveProfileInput = z.object({
  profile: ProfileData,
  roles: z.array(Role).min(1),
  sharedEmployers: z.array(SharedEmployer),
});
export type SaveProfileInput = z.infer<typeof SaveProfileInput>;

/**
 * Tracks the person on this profile: creates them, or turns an imported connection or a
 * deleted contact into a tracked one. What the user set before (roles, warmth, notes…) is
 * kept; the find and the write share one transaction, so two tabs saving at once give one
 * contact.
 */
export async function saveProfile(
  db: FormerlyDb,
  input: SaveProfileInput,
  settings: Settings,
  now: Date,
): Promise<Contact> {
  const scraped = scrapedFromProfile(input.profile);
  return db.transaction('rw', db.contacts, db.events, async () => {
    const existing = await findContact(db, scraped.profileUrl, scraped.memberId);
    const base = existing ?? newContact({ name: scraped.name }, now);
    const merged = trackContact(applyScraped(base, scraped), input, settings);
    const contact = withSchedule({
      ...merged,
      snapshot: { title: merged.currentTitle, company: merged.currentCompany },
      updatedAt: toInstant(now),
    });
    await db.contacts.put(contact);
    if (!existing || existing.status !== 'tracked' || existing.deletedAt) {
      await db.events.add(savedEvent(contact, now));
    }
    return contact;
  });
}

function trackContact(contact: Contact, input: SaveProfileInput, settings: Settings): Contact {
  const roles = [...new Set([...contact.roles, ...input.roles])];
  const warmth = contact.warmth ?? 'neutral';
  return {
    ...contact,
    status: 'tracked',
    deletedAt: null,
    roles,
    warmth,
    reference: contact.reference ?? 'unknown',
    cadenceDays: contact.cadenceDays ?? defaultCadence(roles, warmth, settings.cadences),
    sharedEmployers:
      contact.sharedEmployers.length > 0 ? contact.sharedEmployers : input.sharedEmployers,
  };
}

function savedEvent(contact: Contact, now: Date): ContactEvent {
  return { id: newId(), contactId: contact.id, at: toInstant(now), kind: 'saved', detail: '' };
}
