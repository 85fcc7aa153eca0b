import { toInstant } from '../clock';
import type { FormerlyDb } from '../db';
import type { Contact, ContactEvent } from '../model';
import type { ProfileData } from '../profile/schema';
import { newId } from '../ids';
import { findContact } from './find';
import { detectJobChange } from './job-change';
import { withSchedule } from './schedule';
import { applyScraped, isUnchanged, scrapedFromProfile } from './scraped';

export interface Visit {
  contact: Contact | null;
  /** The newest job change on record, the one just seen included. */
  jobChange: ContactEvent | null;
}

/**
 * A profile was opened: refresh what the page says about a stored person and record a job
 * change against the last snapshot. Nothing is written for a person who is not stored.
 */
export async function recordVisit(db: FormerlyDb, profile: ProfileData, now: Date): Promise<Visit> {
  const scraped = scrapedFromProfile(profile);
  return db.transaction('rw', db.contacts, db.events, async () => {
    const existing = await findContact(db, scraped.profileUrl, scraped.memberId);
    if (!existing || existing.deletedAt) return { contact: null, jobChange: null };
    const seen = { title: scraped.currentTitle, company: scraped.currentCompany };
    const change = detectJobChange(existing.snapshot, seen);
    let contact = existing;
    if (change || !isUnchanged(existing, scraped)) {
      const updated = applyScraped(existing, scraped);
      contact = withSchedule({
        ...updated,
        snapshot: change ? change.to : existing.snapshot,
        jobChangedAt: change ? toInstant(now) : existing.jobChangedAt,
        updatedAt: toInstant(now),
      });
      await db.contacts.put(contact);
    }
    if (change) {
      const event: ContactEvent = {
        id: newId(),
        contactId: contact.id,
        at: toInstant(now),
        kind: 'job-change',
        detail: change.detail,
        from: change.from,
        to: change.to,
      };
      await db.events.add(event);
      return { contact, jobChange: event };
    }
    return { contact, jobChange: await latestJobChange(db, contact.id) };
  });
}

export async function latestJobChange(
  db: FormerlyDb,
  contactId: string,
): Promise<ContactEvent | null> {
  const events = await db.events.where('contactId').equals(contactId).toArray();
  const changes = events
    .filter((e) => e.kind === 'job-change')
    .sort((a, b) => (a.at < b.at ? 1 : -1));
  return changes[0] ?? null;
}
