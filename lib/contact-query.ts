import type { FormerlyDb } from './db';
import { normalizeCompany } from './employers';
import type { Contact, ContactStatus, Reference, Role, Warmth } from './model';
import { dueState, type DueState, priority } from './reminders';

export interface ContactFilter {
  search: string;
  role: Role | '';
  warmth: Warmth | '';
  reference: Reference | '';
  due: DueState | '';
  status: ContactStatus | '';
  /** Company text, matched against the current company and shared employers. */
  employer: string;
  /** Only people now at a company the user used to work for. */
  atMyFormerEmployers: boolean;
}

export const NO_FILTER: ContactFilter = {
  search: '',
  role: '',
  warmth: '',
  reference: '',
  due: '',
  status: '',
  employer: '',
  atMyFormerEmployers: false,
};

export type ContactSort = 'name' | 'next' | 'last' | 'priority';

export interface QueryContext {
  now: Date;
  /** Normalised names of the companies in the user's work history that they have left. */
  formerEmployers: ReadonlySet<string>;
}

function text(contact: Contact): string {
  const employers = contact.sharedEmployers.map((e) => e.company).join(' ');
  return [
    contact.name,
    contact.currentCompany,
    contact.currentTitle,
    contact.notes,
    contact.tags.join(' '),
    employers,
  ]
    .join('\n')
    .toLocaleLowerCase();
}

/** Whether a contact passes every filter that is set. */
export function matchesFilter(
  contact: Contact,
  filter: ContactFilter,
  context: QueryContext,
): boolean {
  if (contact.deletedAt !== null) return false;
  if (filter.status && contact.status !== filter.status) return false;
  if (filter.role && !contact.roles.includes(filter.role)) return false;
  if (filter.warmth && contact.warmth !== filter.warmth) return false;
  if (filter.reference && contact.reference !== filter.reference) return false;
  if (filter.due && dueState(contact, context.now) !== filter.due) return false;
  if (
    filter.atMyFormerEmployers &&
    !context.formerEmployers.has(normalizeCompany(contact.currentCompany ?? ''))
  ) {
    return false;
  }
  const employer = filter.employer.trim().toLocaleLowerCase();
  if (employer) {
    const companies = [
      contact.currentCompany ?? '',
      ...contact.sharedEmployers.map((e) => e.company),
    ];
    if (!companies.some((c) => c.toLocaleLowerCase().includes(employer))) return false;
  }
  const needle = filter.search.trim().toLocaleLowerCase();
  return needle === '' || text(contact).includes(needle);
}

export interface ContactsPage {
  rows: Contact[];
  /** Every stored contact, from `count()`; the page never reads all rows to know it. */
  total: number;
  /** True when more matching rows exist past `limit`. */
  more: boolean;
}

/**
 * One page of contacts. Name and next follow-up order come straight from an index, so the
 * first page paints without reading every row; last-contacted and priority order need the
 * whole set and read it once.
 */
export async function queryContacts(
  db: FormerlyDb,
  filter: ContactFilter,
  sort: ContactSort,
  limit: number,
  context: QueryContext,
): Promise<ContactsPage> {
  const keep = (c: Contact): boolean => matchesFilter(c, filter, context);
  const total = await db.contacts.count();
  if (sort === 'name' || sort === 'next') {
    const index = sort === 'name' ? 'name' : 'nextDueAt';
    const rows = await db.contacts
      .orderBy(index)
      .filter(keep)
      .limit(limit + 1)
      .toArray();
    return { rows: rows.slice(0, limit), total, more: rows.length > limit };
  }
  const all = (await db.contacts.toArray()).filter(keep);
  const key =
    sort === 'last'
      ? (c: Contact): string => c.lastContactedAt ?? ''
      : (c: Contact): number => priority(c, context.now).score;
  const sorted = all.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? 1 : ka > kb ? -1 : a.name.localeCompare(b.name);
  });
  return { rows: sorted.slice(0, limit), total, more: sorted.length > limit };
}
