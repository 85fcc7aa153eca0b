import { useLiveQuery } from 'dexie-react-hooks';
import type { FormerlyDb } from '@/lib/db';
import type { Contact } from '@/lib/model';

export interface ContactsPage {
  rows: Contact[];
  /** Contacts stored, deleted ones included: from `count()`, no row read. */
  total: number;
}

function matches(contact: Contact, needle: string): boolean {
  if (needle === '') return true;
  const haystack = [
    contact.name,
    contact.currentCompany,
    contact.currentTitle,
    contact.notes,
    contact.tags.join(' '),
    ...contact.sharedEmployers.map((e) => e.company),
  ]
    .join('\n')
    .toLocaleLowerCase();
  return haystack.includes(needle);
}

/** One page of contacts in name order, read through the name index; never every row. */
export function readContactsPage(
  db: FormerlyDb,
  search: string,
  limit: number,
): Promise<ContactsPage> {
  const needle = search.trim().toLocaleLowerCase();
  return db.transaction('r', db.contacts, async () => {
    const [rows, total] = await Promise.all([
      db.contacts
        .orderBy('name')
        .filter((c) => c.deletedAt === null && matches(c, needle))
        .limit(limit)
        .toArray(),
      db.contacts.count(),
    ]);
    return { rows, total };
  });
}

export function useContactsPage(
  db: FormerlyDb,
  search: string,
  limit: number,
): ContactsPage | undefined {
  return useLiveQuery(() => readContactsPage(db, search, limit), [db, search, limit]);
}
