import { useState } from 'react';
import { t } from '@/adapters/i18n';
import { ProfileCard } from '@/components/card/ProfileCard';
import { useProfileCard } from '@/hooks/use-profile-card';
import { now } from '@/lib/clock';
import type { ProfileData } from '@/lib/profile/schema';

/** One profile's card; remounted (by key) whenever the page shows another person. */
export function CardApp({ profile }: { profile: ProfileData }): React.JSX.Element {
  const api = useProfileCard(profile);
  const [hidden, setHidden] = useState(false);
  if (hidden) {
    return (
      <button
        type="button"
        className="pill"
        onClick={() => {
          setHidden(false);
        }}
      >
        {t('card.show')}
      </button>
    );
  }
  return (
    <ProfileCard
      profile={profile}
      api={api}
      now={now()}
      onClose={() => {
        setHidden(true);
      }}
    />
  );
}
