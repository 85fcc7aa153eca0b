import { t } from '@/adapters/i18n';
import type { ContactList } from '@/hooks/use-contact-list';
import { NO_FILTER } from '@/lib/contact-query';
import { BulkBar } from './BulkBar';
import { ContactFilters } from './ContactFilters';
import { ContactsTable } from './ContactsTable';

interface Props {
  list: ContactList;
  onOpen: (id: string) => void;
}

/** Contacts: search and filters, bulk actions on the selection, and the table. */
export function ContactsSection({ list, onOpen }: Props): React.JSX.Element {
  const filtered = JSON.stringify(list.filter) !== JSON.stringify(NO_FILTER);
  return (
    <section aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t('contacts.heading')}</h2>
      <ContactFilters
        filter={list.filter}
        sort={list.sort}
        onFilter={list.setFilter}
        onSort={list.setSort}
      />
      {list.page && (
        <p className="muted">
          {t('contacts.stored', list.page.total)}
          {list.sort === 'next' && ` · ${t('contacts.onlyTrackedHaveNext')}`}
        </p>
      )}
      <BulkBar
        count={list.selected.size}
        onApply={(change) => void list.apply(change)}
        onClear={list.clear}
      />
      {list.lastDeleted.length > 0 && (
        <p role="alert">
          {t('contacts.deletedUndo', list.lastDeleted.length)}{' '}
          <button type="button" onClick={() => void list.undoDelete()}>
            {t('common.undo')}
          </button>
        </p>
      )}
      <ContactsTable
        page={list.page}
        filtered={filtered}
        selected={list.selected}
        onToggle={list.toggle}
        onMore={list.more}
        onOpen={onOpen}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {list.notice}
      </p>
    </section>
  );
}
