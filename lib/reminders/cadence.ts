import { z } from 'zod';
import { ROLES, type Role, type Warmth } from '../model';

const Days = z.number().int().min(1).max(3660);
const ByRole = z.object(
  Object.fromEntries(ROLES.map((role) => [role, Days])) as Record<Role, typeof Days>,
);

/** Default follow-up cadence in days, by warmth and role (a setting the user can change). */
export const CadenceSettings = z.object({ warm: ByRole, neutral: ByRole, strained: ByRole });
export type CadenceSettings = z.infer<typeof CadenceSettings>;

function row(managers: number, mentors: number, others: number): Record<Role, number> {
  return {
    'former-manager': managers,
    'skip-level-manager': managers + 30,
    mentor: mentors,
    colleague: others,
    'former-report': others,
    'hr-recruiter': 180,
    client: others,
    other: 180,
  };
}

/**
 * Warm ties to former managers every quarter; neutral ones every four months; most others
 * twice a year; strained ties once a year, so they are not forgotten but never pushed.
 */
export const DEFAULT_CADENCES: CadenceSettings = {
  warm: row(90, 90, 120),
  neutral: row(120, 120, 180),
  strained: { ...row(365, 365, 365), 'hr-recruiter': 365, other: 365 },
};

/** The cadence of the contact's most frequent role (the shortest), for their warmth. */
export function defaultCadence(
  roles: Role[],
  warmth: Warmth | null,
  settings: CadenceSettings,
): number {
  const table = settings[warmth ?? 'neutral'];
  const days = (roles.length > 0 ? roles : (['other'] as Role[])).map((role) => table[role]);
  return Math.min(...days);
}
