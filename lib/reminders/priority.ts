import { ROLE_LABELS, type Contact, type Role, type Warmth } from '../model';
import { calendarDate, daysBetween } from './dates';
import { computeNextDueAt, dueState } from './schedule';
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

export interface Priority {
  score: number;
  /** One line: "warm · former manager · 3 weeks overdue · changed jobs". */
  reason: string;
}

export interface PrioritisedContact extends Priority {
  contact: Contact;
}

function hasRecentJobChange(contact: Contact, now: Date): boolean {
  if (contact.jobChangedAt === null) return false;
  const days = daysBetween(calendarDate(new Date(contact.jobChangedAt)), calendarDate(now));
  return days >= 0 && days <= RECENT_JOB_CHANGE_DAYS;
}

/** The role that makes the tie most useful to keep warm. */
function usefulRole(contact: Contact): Role | undefined {
  return [...contact.roles].sort((a, b) => (ROLE_POINTS[b] ?? 0) - (ROLE_POINTS[a] ?? 0))[0];
}

function lateness(contact: Contact, now: Date): { days: number; text: string } {
  const next = computeNextDueAt(contact);
  if (next === undefined) return { days: 0, text: '' };
  const days = daysBetween(next, calendarDate(now));
  if (dueState(contact, now) === 'overdue') return { days, text: `${spanOf(days)} overdue` };
  return { days, text: days === 0 ? 'due today' : `due ${relativeDays(-days)}` };
}

/**
 * Who to reach out to first: warm and useful ties (former managers, willing references) before
 * how late a follow-up is, and a recent job change as a good reason to get in touch.
 */
export function priority(contact: Contact, now: Date): Priority {
  const role = usefulRole(contact);
  const late = lateness(contact, now);
  const changed = hasRecentJobChange(contact, now);
  const relationship =
    WARMTH_POINTS[contact.warmth ?? 'neutral'] +
    (role ? (ROLE_POINTS[role] ?? 0) : 0) +
    REFERENCE_POINTS[contact.reference ?? 'unknown'];
  const score =
    relationship * RELATIONSHIP_WEIGHT +
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

/** Highest priority first; equal scores by name, so the order never flickers. */
export function sortByPriority(contacts: readonly Contact[], now: Date): PrioritisedContact[] {
  return contacts
    .map((contact) => ({ contact, ...priority(contact, now) }))
    .sort((a, b) => b.score - a.score || a.contact.name.localeCompare(b.contact.name));
}
