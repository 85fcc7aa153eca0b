import type { ContactsPage } from '@/hooks/use-contacts-page';
import { ROLE_LABELS } from '@/lib/model';

interface Props {
  page: ContactsPage | undefined;
  search: string;
  onSearch: (search: string) => void;
  onMore: () => void;
  onOpen: (id: string) => void;
}

/** The contacts, tracked and imported, filtered by the search box. */
export function ContactsTable({
  page,
  search,
  onSearch,
  onMore,
  onOpen,
}: Props): React.JSX.Element {
  return (
    <section aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">Contacts</h2>
      <label className="search">
        Search contacts
        <input
          type="search"
          value={search}
          onChange={(e) => {
            onSearch(e.target.value);
          }}
        />
      </label>
      {page === undefined && <p className="muted">Loading…</p>}
      {page?.rows.length === 0 && (
        <p className="empty">
          {search
            ? 'No contact matches your search.'
            : 'No contacts yet. Save someone from their LinkedIn profile, or import your Connections.csv below.'}
        </p>
      )}
      {page && page.rows.length > 0 && (
        <table aria-labelledby="contacts-heading">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Company</th>
              <th scope="col">Title</th>
              <th scope="col">Relationship</th>
              <th scope="col">Next follow-up</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((c) => (
              <tr key={c.id}>
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
                <td>
                  {c.status === 'network'
                    ? 'Connection'
                    : c.roles.map((r) => ROLE_LABELS[r]).join(', ')}
                </td>
                <td>{c.nextDueAt ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page && page.rows.length < page.total && page.rows.length > 0 && (
        <button type="button" onClick={onMore}>
          Show more
        </button>
      )}
    </section>
  );
}
