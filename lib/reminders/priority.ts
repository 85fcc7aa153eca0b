import { ROLE_LABELS, type CalendarDate, type Contact, type Role, type Warmth } from '../model';
import { calendarDate, daysBetween } from './dates';
import { computeNextDueAt, isOverdue } from './schedule';
import { relativeDays, spanOf } from './wording';

/** A job change this recent is a reason to get in touch ("congratulations on the new role"). */
const RECENT_JOB_CHANGE_DAYS = 90;

/**
 * The relationship counts first: every relationship point outweighs any lateness, which is
 * capped at a year. A recent job change weighs as much as being three months later.
 */
const RELATIONSHIP_WEIGHT = 1000;
const MAX_LATE_DAYS = 365;
const JOB_CHANGE_BONUS = 90;
const WARMTH_POINTS: Record<Warmth, number> = { warm: 3, neutral: 1, strained: 0 };
const ROLE_POINTS: Partial<Record<Role, number>> = {
  'former-manager': 2,
  'skip-level-manager': 1.5,
  mentor: 1.5,
};
const REFERENCE_POINTS = { yes: 1, maybe: 0.5, no: 0, unknown: 0 } as const;

/**
 * The relationship points doubled, an integer from 0 to MAX_TIER: every point is a half, so
 * tiers are whole numbers and can be indexed (`[dueTier+nextDueAt]`, see readFollowUps).
 */
export function relationshipTier(contact: Pick<Contact, 'warmth' | 'roles' | 'reference'>): number {
  const role = usefulRole(contact);
  const points =
    WARMTH_POINTS[contact.warmth ?? 'neutral'] +
    (role ? (ROLE_POINTS[role] ?? 0) : 0) +
    REFERENCE_POINTS[contact.reference ?? 'unknown'];
  return Math.round(points * 2);
}

/** The highest tier: warm, a former manager, would give a reference. */
export const MAX_TIER = Math.round((3 + 2 + 1) * 2);
const TIER_WEIGHT = RELATIONSHIP_WEIGHT / 2;

/**
 * The highest score a due contact of `tier` whose follow-up fell due `lateDays` ago can have:
 * with a recent job change. Reading a tier most-overdue first, no later row can beat it.
 */
export function highestScore(tier: number, lateDays: number): number {
  return tier * TIER_WEIGHT + Math.min(Math.max(lateDays, 0), MAX_LATE_DAYS) + JOB_CHANGE_BONUS;
}

export interface Priority {
  score: number;
  /** One line: "warm · former manager · 3 weeks overdue · changed jobs". */
  reason: string;
}

export interface PrioritisedContact extends Priority {
  contact: Contact;
}

function hasRecentJobChange(contact: Contact, today: CalendarDate): boolean {
  if (contact.jobChangedAt === null) return false;
  const days = daysBetween(calendarDate(new Date(contact.jobChangedAt)), today);
  return days >= 0 && days <= RECENT_JOB_CHANGE_DAYS;
}

/** The role that makes the tie most useful to keep warm. */
function usefulRole(contact: Pick<Contact, 'roles'>): Role | undefined {
  let best: Role | undefined;
  for (const role of contact.roles) {
    if (best === undefined || (ROLE_POINTS[role] ?? 0) > (ROLE_POINTS[best] ?? 0)) best = role;
  }
  return best;
}

function lateness(contact: Contact, today: CalendarDate): { days: number; text: string } {
  const next = computeNextDueAt(contact);
  if (next === undefined || contact.cadenceDays === null) return { days: 0, text: '' };
  const days = daysBetween(next, today);
  if (isOverdue(days, contact.cadenceDays)) return { days, text: `${spanOf(days)} overdue` };
  return { days, text: days === 0 ? 'due today' : `due ${relativeDays(-days)}` };
}

/**
 * Who to reach out to first: warm and useful ties (former managers, willing references) before
 * how late a follow-up is, and a recent job change as a good reason to get in touch.
 */
export function priority(contact: Contact, now: Date | CalendarDate): Priority {
  const today = typeof now === 'string' ? now : calendarDate(now);
  const role = usefulRole(contact);
  const late = lateness(contact, today);
  const changed = hasRecentJobChange(contact, today);
  const score =
    relationshipTier(contact) * TIER_WEIGHT +
    Math.min(Math.max(late.days, 0), MAX_LATE_DAYS) +
    (changed ? JOB_CHANGE_BONUS : 0);
  const parts = [
    contact.warmth ?? '',
    role ? ROLE_LABELS[role].toLocaleLowerCase('en') : '',
    contact.reference === 'yes' ? 'would give a reference' : '',
    late.text,
    changed ? 'changed jobs' : '',
  ];
  return { score, reason: parts.filter(Boolean).join(' · ') };
}

const byName = new Intl.Collator().compare;

/**
 * Highest score first; equal scores by name, then by id, so the order is total: it never
 * flickers and never depends on which index the rows were read through.
 */
export function byPriority(a: PrioritisedContact, b: PrioritisedContact): number {
  return (
    b.score - a.score ||
    byName(a.contact.name, b.contact.name) ||
    (a.contact.id < b.contact.id ? -1 : a.contact.id > b.contact.id ? 1 : 0)
  );
}

/** Highest priority first; equal scores by name, so the order never flickers. */
export function sortByPriority(contacts: readonly Contact[], now: Date): PrioritisedContact[] {
  const today = calendarDate(now);
  return contacts.map((contact) => ({ contact, ...priority(contact, today) })).sort(byPriority);
}
