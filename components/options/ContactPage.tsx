import { t } from '@/adapters/i18n';
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
        {t('contact.back')}
      </button>
      {detail === undefined && <p className="muted">{t('common.loading')}</p>}
      {detail === null && <p>{t('contact.gone')}</p>}
      {detail && (
        <>
          <h2 id="contact-heading">{detail.contact.name}</h2>
          {detail.contact.headline && <p className="muted">{detail.contact.headline}</p>}
          {detail.contact.profileUrl && (
            <p>
              <a href={detail.contact.profileUrl} target="_blank" rel="noreferrer">
                {t('contact.openProfile')}
              </a>
            </p>
          )}
          {api.deleted ? (
            <p role="alert">
              {t('contact.wasDeleted', { name: detail.contact.name })}{' '}
              <button type="button" onClick={() => void api.undo()}>
                {t('common.undo')}
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
                {t('contact.deleteContact')}
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
