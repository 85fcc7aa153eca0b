import fc from 'fast-check';
import { ROLES, type Contact, type ContactEvent, type Interaction, type MyJob } from '@/lib/model';

const instant = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T23:59:59Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());
const calendarDate = instant.map((iso) => iso.slice(0, 10));
const monthDate = fc.oneof(
  instant.map((iso) => iso.slice(0, 7)),
  instant.map((iso) => iso.slice(0, 4)),
);

/** Cells that break naive CSV writers and readers, mixed into random text. */
export const trickyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '=HYPERLINK("http://x","y")',
    '+Corp',
    '-5',
    '@Title',
    '\tTabbed',
    '\rReturn',
    'a,b',
    'say "hi"',
    'line one\r\nline two',
    'line one\nline two',
    ' padded ',
    "'quoted",
    'شركة الخليج',
    'Zoë 🚀',
  ),
);
const name = trickyText.filter((text) => text.length > 0 && text.length <= 500);
const nullableText = fc.option(trickyText, { nil: null });

const REQUIRED_KEYS = [
  'id',
  'aliases',
  'memberId',
  'name',
  'firstName',
  'lastName',
  'headline',
  'photoUrl',
  'location',
  'currentTitle',
  'currentCompany',
  'email',
  'connectedOn',
  'roles',
  'sharedEmployers',
  'warmth',
  'reference',
  'canVouchFor',
  'notes',
  'tags',
  'cadenceDays',
  'lastContactedAt',
  'snoozedUntil',
  'paused',
  'status',
  'snapshot',
  'jobChangedAt',
  'createdAt',
  'updatedAt',
  'deletedAt',
] as const;

/** Plain objects only: JSON gives back plain objects, and toStrictEqual compares prototypes. */
const plain = { noNullPrototype: true } as const;
const snapshot = fc.record({ title: nullableText, company: nullableText }, plain);

const contactArbitrary: fc.Arbitrary<Contact> = fc.record(
  {
    id: fc.constant('contact'),
    profileUrl: fc
      .stringMatching(/^[a-z0-9-]{1,20}$/)
      .map((slug) => `https://www.linkedin.com/in/${slug}/`),
    aliases: fc.array(fc.constant('https://www.linkedin.com/in/old/'), { maxLength: 1 }),
    memberId: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{4,12}$/), { nil: null }),
    name,
    firstName: trickyText,
    lastName: trickyText,
    headline: nullableText,
    photoUrl: fc.option(fc.webUrl(), { nil: null }),
    location: nullableText,
    currentTitle: nullableText,
    currentCompany: nullableText,
    email: fc.option(fc.emailAddress(), { nil: null }),
    connectedOn: fc.option(calendarDate, { nil: null }),
    roles: fc.uniqueArray(fc.constantFrom(...ROLES), { maxLength: 3 }),
    sharedEmployers: fc.array(
      fc.record(
        {
          company: name,
          from: fc.option(monthDate, { nil: null }),
          to: fc.option(monthDate, { nil: null }),
          managedMe: fc.boolean(),
        },
        { ...plain, requiredKeys: ['company', 'from', 'to'] },
      ),
      { maxLength: 2 },
    ),
    warmth: fc.option(fc.constantFrom('warm', 'neutral', 'strained'), { nil: null }),
    reference: fc.option(fc.constantFrom('yes', 'maybe', 'no', 'unknown'), { nil: null }),
    canVouchFor: trickyText,
    notes: trickyText,
    tags: fc.array(
      name.filter((text) => text.length <= 100),
      { maxLength: 3 },
    ),
    cadenceDays: fc.option(fc.integer({ min: 1, max: 3660 }), { nil: null }),
    lastContactedAt: fc.option(calendarDate, { nil: null }),
    nextDueAt: calendarDate,
    overdueFrom: calendarDate,
    snoozedUntil: fc.option(calendarDate, { nil: null }),
    paused: fc.boolean(),
    status: fc.constantFrom('tracked', 'network'),
    snapshot,
    jobChangedAt: fc.option(instant, { nil: null }),
    createdAt: instant,
    updatedAt: instant,
    deletedAt: fc.option(instant, { nil: null, freq: 5 }),
  },
  // profileUrl, nextDueAt and overdueFrom are sometimes absent altogether, as Dexie stores them.
  { ...plain, requiredKeys: [...REQUIRED_KEYS] },
);

/** Gives the i-th contact its own id, URL and old alias, the way a store keeps them unique. */
function makeDistinct(contact: Contact, index: number): Contact {
  const distinct: Contact = {
    ...contact,
    id: `contact-${String(index)}`,
    aliases: contact.aliases.map(() => `https://www.linkedin.com/in/old-${String(index)}/`),
  };
  if (contact.profileUrl !== undefined) {
    distinct.profileUrl = contact.profileUrl.replace(/\/$/, `-${String(index)}/`);
  }
  return distinct;
}

/** Valid contacts with distinct ids and profile URLs, like a real store. */
export const contactsArbitrary: fc.Arbitrary<Contact[]> = fc
  .array(contactArbitrary, { maxLength: 8 })
  .map((contacts) => contacts.map(makeDistinct));

/** `contactId` holds an index for now; storeArbitrary points it at a real contact. */
const interactionArbitrary: fc.Arbitrary<Interaction> = fc.record(
  {
    id: fc.constant('interaction'),
    contactId: fc.nat({ max: 99 }).map(String),
    at: calendarDate,
    kind: fc.constantFrom('message', 'email', 'call', 'meeting', 'coffee', 'other'),
    intent: fc.constantFrom('give', 'ask', 'neutral'),
    note: trickyText,
    createdAt: instant,
  },
  plain,
);

const eventArbitrary: fc.Arbitrary<ContactEvent> = fc.record(
  {
    id: fc.constant('event'),
    contactId: fc.nat({ max: 99 }).map(String),
    at: instant,
    kind: fc.constantFrom('job-change', 'saved', 'imported', 'other'),
    detail: trickyText,
    from: snapshot,
    to: snapshot,
  },
  { ...plain, requiredKeys: ['id', 'contactId', 'at', 'kind', 'detail'] },
);

export const myJobArbitrary: fc.Arbitrary<MyJob> = fc.record(
  {
    id: fc.uuid(),
    company: name,
    companyKey: fc.string(),
    title: fc.option(name, { nil: null }),
    from: fc.option(monthDate, { nil: null }),
    to: fc.option(monthDate, { nil: null }),
    companyUrl: fc.option(fc.webUrl(), { nil: null }),
  },
  plain,
);

function linkTo<T extends { id: string; contactId: string }>(
  records: readonly T[],
  contacts: readonly Contact[],
): T[] {
  if (contacts.length === 0) return [];
  return records.map((record, index) => ({
    ...record,
    id: `${record.id}-${String(index)}`,
    contactId: contacts[Number(record.contactId) % contacts.length]?.id ?? '',
  }));
}

/** A whole store: contacts plus interactions and events that point at them. */
export const storeArbitrary = fc
  .record({
    contacts: contactsArbitrary,
    interactions: fc.array(interactionArbitrary, { maxLength: 4 }),
    events: fc.array(eventArbitrary, { maxLength: 4 }),
    myJobs: fc.uniqueArray(myJobArbitrary, { maxLength: 3, selector: (job) => job.id }),
  })
  .map((store) => ({
    ...store,
    interactions: linkTo(store.interactions, store.contacts),
    events: linkTo(store.events, store.contacts),
  }));
