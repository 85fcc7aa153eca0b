import { t } from '@/adapters/i18n';
import type { PlainKey } from '@/lib/i18n/translate';
import type { ProfileData, ProfileField } from '@/lib/profile/schema';

export interface Review {
  name: string;
  headline: string;
  currentTitle: string;
  currentCompany: string;
}

const LABELS: Record<keyof Review, PlainKey> = {
  name: 'common.name',
  headline: 'card.headline',
  currentTitle: 'card.currentTitle',
  currentCompany: 'card.currentCompany',
};

export function reviewOf(profile: ProfileData): Review {
  return {
    name: profile.name,
    headline: profile.headline ?? '',
    currentTitle: profile.currentTitle ?? '',
    currentCompany: profile.currentCompany ?? '',
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The profile with what the user typed in the review form in place of the missing fields. */
export function applyReview(profile: ProfileData, review: Review): ProfileData {
  return {
    ...profile,
    name: review.name.trim(),
    headline: orNull(review.headline),
    currentTitle: orNull(review.currentTitle),
    currentCompany: orNull(review.currentCompany),
  };
}

interface Props {
  review: Review;
  missing: ProfileField[];
  onChange: (review: Review) => void;
}

/** Shown when the page did not give every field: the user fills the gaps before saving. */
export function ReviewFields({ review, missing, onChange }: Props): React.JSX.Element {
  const fields = (Object.keys(LABELS) as (keyof Review)[]).filter((key) => missing.includes(key));
  return (
    <fieldset className="review">
      <legend>{t('card.reviewLegend')}</legend>
      {fields.map((key) => (
        <label key={key}>
          {t(LABELS[key])}
          <input
            value={review[key]}
            required={key === 'name'}
            onChange={(e) => {
              onChange({ ...review, [key]: e.target.value });
            }}
          />
        </label>
      ))}
    </fieldset>
  );
}
