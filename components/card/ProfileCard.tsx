import { t } from '@/adapters/i18n';
import type { ProfileCardApi } from '@/hooks/use-profile-card';
import type { ProfileData } from '@/lib/profile/schema';
import { SavedView } from './SavedView';
import { UnsavedView } from './UnsavedView';

interface Props {
  profile: ProfileData;
  api: ProfileCardApi;
  now: Date;
  onClose: () => void;
}

/** The card Formerly shows on a LinkedIn profile. Page text is only ever rendered as text. */
export function ProfileCard({ profile, api, now, onClose }: Props): React.JSX.Element {
  const { state } = api;
  const contact = state.status === 'ready' ? state.lookup.contact : null;
  const tracked = contact !== null && contact.status === 'tracked';
  return (
    <section className="card" lang={t('meta.locale')} aria-label={t('extName')}>
      <header>
        <span className="brand">{t('extName')}</span>
        <button type="button" className="close" aria-label={t('card.hide')} onClick={onClose}>
          ×
        </button>
      </header>
      <p className="person">{profile.name}</p>
      {profile.headline && <p className="headline muted">{profile.headline}</p>}
      {state.status === 'loading' && <p className="muted">{t('card.lookingUp')}</p>}
      {state.status === 'error' && <p role="alert">{state.message}</p>}
      {state.status === 'ready' && contact && tracked && (
        <SavedView
          contact={contact}
          lookup={state.lookup}
          now={now}
          busy={api.busy}
          onUpdate={(patch) => void api.update(patch)}
          onLogTouch={(touch) => void api.logTouch(touch)}
          focusForm={api.justSaved}
        />
      )}
      {state.status === 'ready' && state.lookup.isMe && (
        <div className="section">
          <p className="muted">{t('card.yourProfile')}</p>
          <button type="button" disabled={api.busy} onClick={() => void api.thisIsMe()}>
            {t('card.updateMyWorkHistory')}
          </button>
        </div>
      )}
      {state.status === 'ready' && !tracked && !state.lookup.isMe && (
        <UnsavedView
          profile={profile}
          lookup={state.lookup}
          busy={api.busy}
          onSave={(input) => void api.save(input)}
          onThisIsMe={() => void api.thisIsMe()}
        />
      )}
      {api.failure && (
        <p className="failure" role="alert">
          {api.failure}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {api.notice}
      </p>
    </section>
  );
}
