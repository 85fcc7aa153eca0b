import { normalizeCompany } from '../employers';
import type { Snapshot } from '../model';

export interface JobChange {
  from: Snapshot;
  to: Snapshot;
  detail: string;
}

export function sameCompany(a: string | null, b: string | null): boolean {
  return normalizeCompany(a ?? '') === normalizeCompany(b ?? '');
}

function sameTitle(a: string | null, b: string | null): boolean {
  return (a ?? '').trim().toLocaleLowerCase() === (b ?? '').trim().toLocaleLowerCase();
}

/**
 * What changed between the job last seen and the job shown now, or null. A side the page did
 * not show (null) is not a change: a half-rendered page must never invent a move.
 */
export function detectJobChange(before: Snapshot, now: Snapshot): JobChange | null {
  if (now.company === null && now.title === null) return null;
  if (before.company === null && before.title === null) return null;
  const companyChanged = now.company !== null && !sameCompany(before.company, now.company);
  const titleChanged = now.title !== null && !sameTitle(before.title, now.title);
  if (!companyChanged && !titleChanged) return null;
  const to: Snapshot = { title: now.title ?? before.title, company: now.company ?? before.company };
  return { from: before, to, detail: describeJobChange(before, to, companyChanged) };
}

function describeJobChange(before: Snapshot, to: Snapshot, companyChanged: boolean): string {
  const as = to.title ? ` as ${to.title}` : '';
  if (companyChanged && before.company && to.company) {
    return `moved from ${before.company} to ${to.company}${as}`;
  }
  if (companyChanged && to.company) return `joined ${to.company}${as}`;
  const at = to.company ? ` at ${to.company}` : '';
  return `now ${to.title ?? 'in a new role'}${at}`;
}
