import type { Education, Position, ProfileSource } from './schema';

/**
 * What one source (JSON-LD, Voyager JSON, page structure, meta tags) found. A field left
 * undefined means the source does not know it; merge.ts picks field by field.
 */
export interface Layer {
  source: ProfileSource;
  name?: string | null;
  headline?: string | null;
  location?: string | null;
  photoUrl?: string | null;
  /** The section was on the page (even if empty); undefined = not shown by this source. */
  experience?: Position[];
  experienceIsPartial?: boolean;
  education?: Education[];
  memberId?: string | null;
  /** The top card's "Current company" label, used only when no experience list is available. */
  currentCompany?: string | null;
}
