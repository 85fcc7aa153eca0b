import { z } from 'zod';
import { ROLES, type Role, type Warmth } from '../model';

const Days = z.number().int().min(1).max(3660);
const ByRole = z.object(
  Object.fromEntries(ROLES.map((role) => [role, Days])) as Record<Role, typeof Days>,
);

/** Default follow-up cadence in days, by warmth and role (a setting the user can change). */
export const CadenceSettings = z.object({ warm: ByRole, neutral: ByRole, strained: ByRole });
export type CadenceSettings = z.infer<typeof CadenceSettings>;

function row(
  manager: number,
  skipLevel: number,
  mentor: number,
  others: number,
): Record<Role, number> {
  return {
    'former-manager': manager,
    'skip-level-manager': skipLevel,
    mentor,
    colleague: others,
    'former-report': others,
    'hr-recruiter': others,
    client: others,
    other: others,
  };
}

/**
 * | warmth   | former manager | skip-level | mentor | everyone else |
 * |----------|----------------|------------|--------|---------------|
 * | warm     | 90             | 120        | 90     | 180           |
 * | neutral  | 120            | 150        | 120    | 180           |
 * | strained | 365            | 365        | 365    | 365           |
 * Warm ties to the people who vouch for you get a quarterly note; strained ones a yearly one,
 * so they are not forgotten but never pushed. No warmth yet reads as neutral.
 */
export const DEFAULT_CADENCES: CadenceSettings = {
  warm: row(90, 120, 90, 180),
  neutral: row(120, 150, 120, 180),
  strained: row(365, 365, 365, 365),
};

/** The cadence of the contact's most frequent role (the shortest), for their warmth. */
export function defaultCadence(
  roles: readonly Role[],
  warmth: Warmth | null,
  settings: CadenceSettings,
): number {
  const table = settings[warmth ?? 'neutral'];
  const days = (roles.length > 0 ? roles : (['other'] as const)).map((role) => table[role]);
  return Math.min(...days);
}
