import { addDays, format } from 'date-fns';
import type { CalendarDate } from '@/lib/model';
import { createRandom, mixSeed } from './random';
import { COMPANIES, FIRST_NAMES, LAST_NAMES, LOCATIONS, TITLES } from './vocabulary';

/** What LinkedIn's Connections.csv knows about one person. */
export interface SeedPerson {
  firstName: string;
  lastName: string;
  /** Canonical `https://www.linkedin.com/in/<slug>/`, unique per index. */
  profileUrl: string;
  email: string | null;
  company: string;
  title: string;
  location: string;
  connectedOn: CalendarDate;
}

/** Connections span LinkedIn's history; fixed, so a person never depends on "now". */
const FIRST_CONNECTION = new Date(2006, 0, 1);
const CONNECTION_SPAN_DAYS = 7_300;

/** The stream number for a person's own fields; other streams describe tracking. */
export const PERSON_STREAM = 0;

/** `Hélène O'Neill` → `helene-oneill`: what LinkedIn makes of a name in a slug. */
function slugOf(firstName: string, lastName: string): string {
  return `${firstName} ${lastName}`
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Person `index` of seed `seed`: always the same, whatever else is generated, so
 * seedContacts and seedConnectionsCsv describe the same people.
 */
export function seedPerson(seed: number, index: number): SeedPerson {
  const random = createRandom(mixSeed(seed, index, PERSON_STREAM));
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  // The index keeps slugs unique; the hex tail looks like the ones LinkedIn appends.
  const slug = slugOf(firstName, lastName) || 'member';
  const profileUrl = `https://www.linkedin.com/in/${slug}-${index.toString(36)}${random.hex(4)}/`;
  const hasEmail = random.chance(0.2);
  const email = hasEmail ? `${slug.replace(/-/g, '.')}@mail.example` : null;
  const connected = addDays(FIRST_CONNECTION, random.int(0, CONNECTION_SPAN_DAYS));
  return {
    firstName,
    lastName,
    profileUrl,
    email,
    company: random.pick(COMPANIES),
    title: random.pick(TITLES),
    location: random.pick(LOCATIONS),
    connectedOn: format(connected, 'yyyy-MM-dd'),
  };
}
