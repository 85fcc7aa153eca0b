import type { ProfileData, ProfileField } from '@/lib/profile/schema';

export interface Review {
  name: string;
  headline: string;
  currentTitle: string;
  currentCompany: string;
}

const LABELS: Record<keyof Review, string> = {
  name: 'Name',
  headline: 'Headline',
  currentTitle: 'Current title',
  currentCompany: 'Current company',
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
      <legend>Formerly could not read everything on this page. Check before saving:</legend>
      {fields.map((key) => (
        <label key={key}>
          {LABELS[key]}
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
