import { useId, useState } from 'react';
import { t, uiDateLocale } from '@/adapters/i18n';
import type { SaveProfileInput } from '@/lib/contacts';
import { sharedEmployerIn } from '@/lib/i18n/format';
import { ROLE_INLINE_KEYS } from '@/lib/i18n/labels';
import { ROLES, type Role, type SharedEmployer } from '@/lib/model';
import type { LookupResult } from '@/lib/messages';
import type { ProfileData } from '@/lib/profile/schema';
import { ReviewFields, type Review, reviewOf, applyReview } from './ReviewFields';

interface Props {
  profile: ProfileData;
  lookup: LookupResult;
  busy: boolean;
  onSave: (input: SaveProfileInput) => void;
  onThisIsMe: () => void;
}

const OTHER_ROLES = ROLES.filter((role) => role !== 'former-manager');

function sharedOf(lookup: LookupResult, role: Role): SharedEmployer[] {
  return lookup.sharedEmployers.map((line) => ({
    company: line.company,
    from: line.from,
    to: line.to,
    managedMe: role === 'former-manager' || role === 'skip-level-manager',
  }));
}

/** Before saving: what Formerly found, and one click to save (other roles one menu away). */
export function UnsavedView({
  profile,
  lookup,
  busy,
  onSave,
  onThisIsMe,
}: Props): React.JSX.Element {
  const [review, setReview] = useState<Review>(() => reviewOf(profile));
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const needsReview = profile.missing.some((field) => field in review);
  const canSave = review.name.trim() !== '' && !busy;
  const save = (role: Role): void => {
    onSave({
      profile: applyReview(profile, review),
      roles: [role],
      sharedEmployers: sharedOf(lookup, role),
    });
  };
  return (
    <div className="section">
      {lookup.sharedEmployers.map((line) => (
        <p key={line.text} className="overlap">
          {t('card.bothWorkedAt', { employer: sharedEmployerIn(line, uiDateLocale(), t) })}
        </p>
      ))}
      {lookup.contact?.status === 'network' && <p className="muted">{t('card.connected')}</p>}
      {needsReview && (
        <ReviewFields review={review} missing={profile.missing} onChange={setReview} />
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={!canSave}
          onClick={() => {
            save('former-manager');
          }}
        >
          {t('card.saveAsFormerBoss')}
        </button>
        <button
          type="button"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={() => {
            setMenuOpen(!menuOpen);
          }}
        >
          {t('card.otherRole')}
        </button>
      </div>
      {menuOpen && (
        <ul
          id={menuId}
          className="menu"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setMenuOpen(false);
          }}
        >
          {OTHER_ROLES.map((role) => (
            <li key={role}>
              <button
                type="button"
                disabled={!canSave}
                onClick={() => {
                  save(role);
                }}
              >
                {t('card.saveAs', { role: t(ROLE_INLINE_KEYS[role]) })}
              </button>
            </li>
          ))}
          <li>
            <button type="button" disabled={busy} onClick={onThisIsMe}>
              {t('card.thisIsMe')}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
