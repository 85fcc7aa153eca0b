import { useCallback, useState } from 'react';
import { afterWrite } from '@/adapters/after-write';
import { errorText, t } from '@/adapters/i18n';
import { now } from '@/lib/clock';
import { type ContactFilter, type ContactSort, NO_FILTER } from '@/lib/contact-query';
import { bulkChange, type BulkChange } from '@/lib/contacts';
import { explainDbError, type FormerlyDb } from '@/lib/db';
import { type ContactsPage, useContactsPage } from './use-contacts-page';

const PAGE = 200;

export interface ContactList {
  page: ContactsPage | undefined;
  filter: ContactFilter;
  sort: ContactSort;
  selected: ReadonlySet<string>;
  notice: string;
  /** Ids just deleted in bulk, until undone. */
  lastDeleted: string[];
  setFilter: (filter: ContactFilter) => void;
  setSort: (sort: ContactSort) => void;
  more: () => void;
  toggle: (id: string) => void;
  clear: () => void;
  apply: (change: BulkChange) => Promise<void>;
  undoDelete: () => Promise<void>;
}

/** The dashboard's contact list: filters, sort, paging, selection and bulk actions. */
export function useContactList(db: FormerlyDb): ContactList {
  const [filter, setFilterState] = useState<ContactFilter>(NO_FILTER);
  const [sort, setSortState] = useState<ContactSort>('name');
  const [limit, setLimit] = useState(PAGE);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState('');
  const [lastDeleted, setLastDeleted] = useState<string[]>([]);
  const page = useContactsPage(db, filter, sort, limit, now());

  const run = useCallback(
    async (ids: string[], change: BulkChange, done: (n: number) => string) => {
      try {
        setNotice(done(await bulkChange(db, ids, change, now())));
        await afterWrite();
      } catch (error) {
        setNotice(errorText(explainDbError(error)));
      }
    },
    [db],
  );

  return {
    page,
    filter,
    sort,
    selected,
    notice,
    lastDeleted,
    setFilter: (next) => {
      setFilterState(next);
      setLimit(PAGE);
    },
    setSort: (next) => {
      setSortState(next);
      setLimit(PAGE);
    },
    more: useCallback(() => {
      setLimit((current) => current + PAGE);
    }, []),
    toggle: (id) => {
      setSelected((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      });
    },
    clear: () => {
      setSelected(new Set());
    },
    apply: async (change) => {
      const ids = [...selected];
      await run(ids, change, (n) =>
        change.kind === 'delete' ? t('bulk.deleted', n) : t('bulk.updated', n),
      );
      if (change.kind === 'delete') {
        setLastDeleted(ids);
        setSelected(new Set());
      }
    },
    undoDelete: async () => {
      await run(lastDeleted, { kind: 'undelete' }, (n) => t('bulk.restored', n));
      setLastDeleted([]);
    },
  };
}
