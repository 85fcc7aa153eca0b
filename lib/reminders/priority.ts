import { ROLE_LABELS, type Contact, type Role } from '../model';
import { calendarDate, daysBetween } from './dates';
import { computeNextDueAt, dueState } from './schedule';
import { relativeDays, spanOf } from './wording';

const RECENT_JOB_CHANGE_DAYS = 90;
const WARMTH_SCORE = { warm: 300, neutral: 150, strained: 0 } as const;
const ROLE_SCORE: Partial<Record<Role, number>> = {
  'former-manager': 200,
  'skip-level-manager': 150,
  mentor: 150,
};
const REFERENCE_SCORE = { yes: 150, maybe: 50, no: 0, unknown: 0 } as const;

export interface Priority {
  score: number;
  reason: string;
}

function hasRecentJobChange(contact: Contact, now: Date): boolean {
  const since = now.getTime() - RECENT_JOB_CHANGE_DAYS * 86_400_000;
  return contact.jobChangedAt !== null && Date.parse(contact.jobChangedAt) >= since;
}

function usefulRole(contact: Contact): Role | undefined {
  return [...contact.roles].sort((a, b) => (ROLE_SCORE[b] ?? 0) - (ROLE_SCORE[a] ?? 0))[0];
}

function lateness(contact: Contact, now: Date): { days: number; text: string } {
  const next = computeNextDueAt(contact);
  if (next === undefined) return { days: 0, text: '' };
  const days = daysBetween(next, calendarDate(now));
  const state = dueState(contact, now);
  if (state === 'overdue') return { days, text: `${spanOf(days)} overdue` };
  return { days, text: days === 0 ? 'due today' : `due ${relativeDays(-days)}` };
}

/**
 * Who to reach out to first: warm and useful ties (former managers, willing references) before
 * how late a follow-up is, and a recent job change as the best reason to get in touch.
 * The reason reads "warm · former manager · 3 weeks overdue · changed jobs".
 */
export function priority(contact: Contact, now: Date): Priority {
  const role = usefulRole(contact);
  const late = lateness(contact, now);
  const changed = hasRecentJobChange(contact, now);
  const score =
    WARMTH_SCORE[contact.warmth ?? 'neutral'] +
    (role ? (ROLE_SCORE[role] ?? 0) : 0) +
    REFERENCE_SCORE[contact.reference ?? 'unknown'] +
    Math.min(Math.max(late.days, 0), 365) +
    (changed ? 250 : 0);
  const parts = [
    contact.warmth ?? '',
    role ? ROLE_LABELS[role].toLocaleLowerCase('en') : '',
    contact.reference === 'yes' ? 'would give a reference' : '',
    late.text,
    changed ? 'changed jobs' : '',
  ];
  return { score, reason: parts.filter(Boolean).join(' · ') };
}

/** "Saved · last contacted 4 months ago · next follow-up in 3 weeks". */
export function relativeSummary(contact: Contact, now: Date): string {
  const today = calendarDate(now);
  const last = contact.lastContactedAt
    ? `last contacted ${relativeDays(daysBetween(today, contact.lastContactedAt))}`
    : 'not contacted yet';
  const next = computeNextDueAt(contact);
  const state = dueState(contact, now);
  let follow = contact.paused ? 'reminders paused' : '';
  if (next !== undefined) {
    const days = daysBetween(today, next);
    follow =
      days > 0
        ? `next follow-up ${relativeDays(days)}`
        : state === 'overdue'
          ? 'follow-up overdue'
          : 'follow-up due now';
  }
  return ['Saved', last, follow].filter(Boolean).join(' · ');
}
