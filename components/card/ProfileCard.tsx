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
    <section className="card" aria-label="Formerly">
      <header>
        <span className="brand">Formerly</span>
        <button type="button" className="close" aria-label="Hide Formerly" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="person">{profile.name}</p>
      {profile.headline && <p className="headline muted">{profile.headline}</p>}
      {state.status === 'loading' && <p className="muted">Looking this person up…</p>}
      {state.status === 'error' && <p role="alert">{state.message}</p>}
      {state.status === 'ready' && contact && tracked && (
        <SavedView
          contact={contact}
          lookup={state.lookup}
          now={now}
          busy={api.busy}
          onUpdate={(patch) => void api.update(patch)}
          onLogTouch={(touch) => void api.logTouch(touch)}
        />
      )}
      {state.status === 'ready' && state.lookup.isMe && (
        <div className="section">
          <p className="muted">This is your profile.</p>
          <button type="button" disabled={api.busy} onClick={() => void api.thisIsMe()}>
            Update my work history
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
      <p className="visually-hidden" role="status" aria-live="polite">
        {api.notice}
      </p>
    </section>
  );
}
