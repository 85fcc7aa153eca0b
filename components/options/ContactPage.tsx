import type { ContactDetailApi } from '@/hooks/use-contact-detail';
import { ContactEditor } from './ContactEditor';
import { Timeline } from './Timeline';

interface Props {
  api: ContactDetailApi;
  today: string;
  onBack: () => void;
}

/** One person: every field, the timeline, and delete with Undo. */
export function ContactPage({ api, today, onBack }: Props): React.JSX.Element {
  const { detail } = api;
  return (
    <section aria-labelledby="contact-heading" className="contact-page">
      <button type="button" onClick={onBack}>
        Back to contacts
      </button>
      {detail === undefined && <p className="muted">Loading…</p>}
      {detail === null && <p>This contact no longer exists.</p>}
      {detail && (
        <>
          <h2 id="contact-heading">{detail.contact.name}</h2>
          {detail.contact.headline && <p className="muted">{detail.contact.headline}</p>}
          {detail.contact.profileUrl && (
            <p>
              <a href={detail.contact.profileUrl} target="_blank" rel="noreferrer">
                Open LinkedIn profile
              </a>
            </p>
          )}
          {api.deleted ? (
            <p role="alert">
              {detail.contact.name} was deleted.{' '}
              <button type="button" onClick={() => void api.undo()}>
                Undo
              </button>
            </p>
          ) : (
            <>
              <ContactEditor
                key={detail.contact.updatedAt}
                contact={detail.contact}
                onSubmit={(patch) => void api.update(patch)}
              />
              <Timeline
                interactions={detail.interactions}
                events={detail.events}
                today={today}
                onAdd={(t) => void api.addTouch(t)}
                onEdit={(id, t) => void api.editTouch(id, t)}
                onDelete={(id) => void api.deleteTouch(id)}
              />
              <button type="button" className="danger" onClick={() => void api.remove()}>
                Delete contact
              </button>
            </>
          )}
        </>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {api.notice}
      </p>
    </section>
  );
}
