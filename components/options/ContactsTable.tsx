import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { t, uiDateLocale } from '@/adapters/i18n';
import type { ContactsPage } from '@/lib/contact-query';
import { formatDay } from '@/lib/i18n/format';
import { ROLE_KEYS } from '@/lib/i18n/labels';
import type { Contact } from '@/lib/model';

interface Props {
  page: ContactsPage | undefined;
  filtered: boolean;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onMore: () => void;
  onOpen: (id: string) => void;
}

const ROW_HEIGHT = 37;

function relationship(c: Contact): string {
  if (c.status === 'network') return t('contacts.connection');
  return c.roles.map((r) => t(ROLE_KEYS[r])).join(', ');
}

/** The contacts, tracked and imported: only the rows in view are rendered, more load on scroll. */
export function ContactsTable({
  page,
  filtered,
  selected,
  onToggle,
  onMore,
  onOpen,
}: Props): React.JSX.Element {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = page?.rows ?? [];
  // eslint-disable-next-line react-hooks/incompatible-library -- nothing memoised reads it
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1000, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];
  const nearEnd = page?.more === true && last !== undefined && last.index >= rows.length - 10;
  useEffect(() => {
    if (nearEnd) onMore();
  }, [nearEnd, onMore]);
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (last?.end ?? 0);
  if (page === undefined) return <p className="muted">{t('common.loading')}</p>;
  if (rows.length === 0) {
    return <p className="empty">{filtered ? t('contacts.noMatch') : t('contacts.none')}</p>;
  }
  return (
    <div ref={scroller} className="table-scroll">
      <table aria-labelledby="contacts-heading">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('contacts.selectedColumn')}</span>
            </th>
            <th scope="col">{t('common.name')}</th>
            <th scope="col">{t('common.company')}</th>
            <th scope="col">{t('common.title')}</th>
            <th scope="col">{t('common.relationship')}</th>
            <th scope="col">{t('common.nextFollowUp')}</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {items.map((item) => {
            const c = rows[item.index];
            if (!c) return null;
            return (
              <tr key={c.id} style={{ height: ROW_HEIGHT }}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('contacts.select', { name: c.name })}
                    checked={selected.has(c.id)}
                    onChange={() => {
                      onToggle(c.id);
                    }}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      onOpen(c.id);
                    }}
                  >
                    {c.name}
                  </button>
                </td>
                <td>{c.currentCompany}</td>
                <td>{c.currentTitle}</td>
                <td>{relationship(c)}</td>
                <td>{c.nextDueAt ? formatDay(c.nextDueAt, uiDateLocale()) : ''}</td>
              </tr>
            );
          })}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
