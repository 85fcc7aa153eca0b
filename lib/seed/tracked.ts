import { addDays, subDays, subMinutes } from 'date-fns';
import { toCalendarDate, toInstant } from '@/lib/clock';
import type { Contact, ContactEvent, Interaction, Role, SharedEmployer } from '@/lib/model';
import { seededId, type Random } from './random';
import {
  INTENT_WEIGHTS,
  KIND_WEIGHTS,
  REFERENCE_WEIGHTS,
  ROLE_WEIGHTS,
  WARMTH_WEIGHTS,
} from './weights';
import { COMPANIES, INTERACTION_NOTES, NOTES, TAGS, TITLES, VOUCH_FOR } from './vocabulary';

const CADENCES = [30, 60, 90, 90, 180, 180] as const;

/**
 * Where the follow-up falls: most tracked contacts are due (the case the popup and badge must
 * handle at scale), some come up within the fortnight the popup previews, a few later.
 */
function daysSinceContact(random: Random, cadence: number): number {
  const when = random.weighted([
    ['due', 90],
    ['soon', 7],
    ['later', 3],
  ] as const);
  if (when === 'due') return cadence + random.int(0, Math.floor(cadence * 1.5));
  if (when === 'soon') return cadence - random.int(1, 14);
  return cadence - random.int(15, cadence - 1);
}

function sharedEmployers(random: Random, roles: readonly Role[]): SharedEmployer[] {
  const count = random.weighted([
    [1, 80],
    [2, 20],
  ] as const);
  return Array.from({ length: count }, () => {
    const from = random.int(2008, 2021);
    const to = from + random.int(1, 5);
    const employer: SharedEmployer = {
      company: random.pick(COMPANIES),
      from: `${String(from)}-${String(random.int(1, 12)).padStart(2, '0')}`,
      to: random.chance(0.1)
        ? String(to)
        : `${String(to)}-${String(random.int(1, 12)).padStart(2, '0')}`,
    };
    if (roles.includes('former-manager')) employer.managedMe = true;
    return employer;
  });
}

/** The fields a person sets when they track someone, with the last touch `daysAgo` days back. */
export function trackingFields(random: Random, now: Date): Partial<Contact> {
  const first = random.weighted(ROLE_WEIGHTS);
  const roles = random.chance(0.15)
    ? [...new Set([first, random.weighted(ROLE_WEIGHTS)])]
    : [first];
  const cadenceDays = random.pick(CADENCES);
  const fields: Partial<Contact> = {
    status: 'tracked',
    roles,
    sharedEmployers: sharedEmployers(random, roles),
    warmth: random.weighted(WARMTH_WEIGHTS),
    reference: random.weighted(REFERENCE_WEIGHTS),
    canVouchFor: random.chance(0.3) ? random.pick(VOUCH_FOR) : '',
    notes: random.chance(0.4) ? random.pick(NOTES) : '',
    tags: random.chance(0.3) ? [random.pick(TAGS)] : [],
    cadenceDays,
    lastContactedAt: toCalendarDate(subDays(now, daysSinceContact(random, cadenceDays))),
    snoozedUntil: random.chance(0.04) ? toCalendarDate(addDays(now, random.int(1, 13))) : null,
    paused: random.chance(0.01),
  };
  return fields;
}

/** One to three touches, the newest on the contact's Last contacted day. */
export function seedInteractions(random: Random, contact: Contact, now: Date): Interaction[] {
  if (contact.lastContactedAt === null) return [];
  const count = random.int(1, 3);
  const newest = new Date(`${contact.lastContactedAt}T12:00:00`);
  let day = newest;
  return Array.from({ length: count }, (_, i) => {
    if (i > 0) day = subDays(day, random.int(20, 200));
    const at = day > now ? now : day;
    return {
      id: seededId(random),
      contactId: contact.id,
      at: toCalendarDate(at),
      kind: random.weighted(KIND_WEIGHTS),
      intent: random.weighted(INTENT_WEIGHTS),
      note: random.pick(INTERACTION_NOTES),
      createdAt: toInstant(subMinutes(at, random.int(0, 600))),
    };
  });
}

/** "Saved" when tracking began, and for some a job change seen since. */
export function seedEvents(random: Random, contact: Contact): ContactEvent[] {
  const saved: ContactEvent = {
    id: seededId(random),
    contactId: contact.id,
    at: contact.createdAt,
    kind: 'saved',
    detail: '',
  };
  if (!random.chance(0.15)) return [saved];
  const from = { title: random.pick(TITLES), company: random.pick(COMPANIES) };
  const to = { title: contact.currentTitle, company: contact.currentCompany };
  const change: ContactEvent = {
    id: seededId(random),
    contactId: contact.id,
    at: contact.updatedAt,
    kind: 'job-change',
    detail: `moved from ${from.company} to ${to.company ?? 'a new company'} as ${to.title ?? 'before'}`,
    from,
    to,
  };
  return [saved, change];
}
