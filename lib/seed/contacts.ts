import { subDays, subMinutes } from 'date-fns';
import { toInstant } from '@/lib/clock';
import { newContact } from '@/lib/contact-new';
import { withSchedule } from '@/lib/contacts/schedule';
import type { Contact, ContactEvent, Interaction } from '@/lib/model';
import { seedPerson, type SeedPerson } from './person';
import { createRandom, mixSeed, seededId, type Random } from './random';
import { seedEvents, seedInteractions, trackingFields } from './tracked';

export interface SeedData {
  contacts: Contact[];
  interactions: Interaction[];
  events: ContactEvent[];
}

/** About one contact in ten is tracked; the rest are imported connections. */
export const TRACKED_SHARE = 0.1;
const TRACKING_STREAM = 1;

function instantDaysAgo(random: Random, now: Date, maxDays: number): Date {
  return subMinutes(subDays(now, random.int(1, maxDays)), random.int(0, 1439));
}

/** A contact as a Connections.csv import leaves it: network, no reminders. */
function networkContact(random: Random, person: SeedPerson, now: Date): Contact {
  const created = instantDaysAgo(random, now, 900);
  const contact = newContact(
    {
      name: `${person.firstName} ${person.lastName}`,
      firstName: person.firstName,
      lastName: person.lastName,
      profileUrl: person.profileUrl,
      email: person.email,
      connectedOn: person.connectedOn,
      currentCompany: person.company,
      currentTitle: person.title,
      status: 'network',
    },
    created,
  );
  return { ...contact, id: seededId(random) };
}

/** A saved person: scraped fields, what the user set, and the schedule derived from both. */
function trackedContact(random: Random, person: SeedPerson, now: Date): Contact {
  const base = networkContact(random, person, now);
  const created = instantDaysAgo(random, now, 1500);
  const updated = subMinutes(
    now,
    random.int(0, Math.floor((now.getTime() - created.getTime()) / 60_000)),
  );
  return withSchedule({
    ...base,
    ...trackingFields(random, now),
    headline: `${person.title} at ${person.company}`,
    location: person.location,
    createdAt: toInstant(created),
    updatedAt: toInstant(updated),
  });
}

/**
 * `count` contacts with their interactions and events, the same for the same `seed` and
 * `now` (dates are relative to `now`, so the share of due follow-ups stays the same whenever
 * it runs). Profile URLs are unique and canonical.
 */
export function seedContacts(count: number, seed: number, now: Date): SeedData {
  const data: SeedData = { contacts: [], interactions: [], events: [] };
  for (let index = 0; index < count; index += 1) {
    const person = seedPerson(seed, index);
    const random = createRandom(mixSeed(seed, index, TRACKING_STREAM));
    if (!random.chance(TRACKED_SHARE)) {
      data.contacts.push(networkContact(random, person, now));
      continue;
    }
    const contact = trackedContact(random, person, now);
    data.contacts.push(contact);
    data.interactions.push(...seedInteractions(random, contact, now));
    data.events.push(...seedEvents(random, contact));
  }
  return data;
}
