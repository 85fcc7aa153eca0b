import { t } from '@/adapters/i18n';
import { REFERENCE_KEYS, WARMTH_KEYS } from '@/lib/i18n/labels';
import type { Reference, Warmth } from '@/lib/model';
import type { Choice } from './SelectField';

/** Warmth and reference choices in the UI language, for the card and the contact page. */
export function warmthChoices(): Choice<Warmth>[] {
  return (Object.keys(WARMTH_KEYS) as Warmth[]).map((w) => [w, t(WARMTH_KEYS[w])]);
}

export function referenceChoices(): Choice<Reference>[] {
  return (Object.keys(REFERENCE_KEYS) as Reference[]).map((r) => [r, t(REFERENCE_KEYS[r])]);
}
