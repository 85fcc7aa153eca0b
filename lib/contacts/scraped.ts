import { splitName } from '../contact-new';
import type { Contact } from '../model';
import type { ProfileData } from '../profile/schema';

/** What the page says about a person: refreshed on every visit, never what the user typed. */
export interface Scraped {
  profileUrl: string;
  memberId: string | null;
  name: string;
  headline: string | null;
  photoUrl: string | null;
  location: string | null;
  currentTitle: string | null;
  currentCompany: string | null;
}

export function scrapedFromProfile(profile: ProfileData): Scraped {
  return {
    profileUrl: profile.profileUrl,
    memberId: profile.memberId ?? null,
    name: profile.name,
    headline: profile.headline,
    photoUrl: profile.photoUrl,
    location: profile.location,
    currentTitle: profile.currentTitle,
    currentCompany: profile.currentCompany,
  };
}

/**
 * The contact updated with what the page shows now. A value the page did not give keeps the
 * stored one; a new slug becomes the canonical URL and the old one an alias.
 */
export function applyScraped(contact: Contact, scraped: Scraped): Contact {
  const next: Contact = { ...contact };
  if (scraped.name) {
    next.name = scraped.name;
    Object.assign(next, splitName(scraped.name));
  }
  next.headline = scraped.headline ?? contact.headline;
  next.photoUrl = scraped.photoUrl ?? contact.photoUrl;
  next.location = scraped.location ?? contact.location;
  next.currentTitle = scraped.currentTitle ?? contact.currentTitle;
  next.currentCompany = scraped.currentCompany ?? contact.currentCompany;
  next.memberId = scraped.memberId ?? contact.memberId;
  if (contact.profileUrl !== scraped.profileUrl) {
    const aliases = new Set(contact.aliases);
    if (contact.profileUrl) aliases.add(contact.profileUrl);
    aliases.delete(scraped.profileUrl);
    next.aliases = [...aliases];
    next.profileUrl = scraped.profileUrl;
  }
  return next;
}

/** True when applying `scraped` would change nothing stored. */
export function isUnchanged(contact: Contact, scraped: Scraped): boolean {
  const next = applyScraped(contact, scraped);
  return (Object.keys(next) as (keyof Contact)[]).every(
    (key) => JSON.stringify(next[key]) === JSON.stringify(contact[key]),
  );
}
