import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { toCalendarDate } from '@/lib/clock';
import {
  type ContactFilter,
  type ContactSort,
  type ContactsPage,
  queryContacts,
} from '@/lib/contact-query';
import type { FormerlyDb } from '@/lib/db';

export type { ContactsPage } from '@/lib/contact-query';

/** Companies the user has left: the network worth keeping, per the dashboard's filter. */
function useFormerEmployers(db: FormerlyDb): ReadonlySet<string> {
  const keys = useLiveQuery(
    async () => (await db.myJobs.toArray()).filter((j) => j.to !== null).map((j) => j.companyKey),
    [db],
  );
  return useMemo(() => new Set(keys ?? []), [keys]);
}

/** One live page of contacts; undefined while loading. */
export function useContactsPage(
  db: FormerlyDb,
  filter: ContactFilter,
  sort: ContactSort,
  limit: number,
  now: Date,
): ContactsPage | undefined {
  const formerEmployers = useFormerEmployers(db);
  const today = toCalendarDate(now);
  return useLiveQuery(
    () => queryContacts(db, filter, sort, limit, { now, formerEmployers }),
    // `today`, not `now`: due states change by the day, so `now` matters only through `today`.
    [db, filter, sort, limit, today, formerEmployers],
  );
}
