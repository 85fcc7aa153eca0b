import type { Locale } from 'date-fns';
import type { Contact, Role } from '../model';
import { calendarDate, computeNextDueAt, daysBetween, dueState } from '../reminders';
import { ROLE_INLINE_KEYS, WARMTH_INLINE_KEYS } from './labels';
import { relativeIn, spanIn } from './relative';
import type { Translate } from './translate';

// TODO(2026-06-01): these two mirror lib/reminders/priority.ts, which exports only the English
// line; once it exports the reason's parts, build this from them instead.
const ROLE_POINTS: Partial<Record<Role, number>> = {
  'former-manager': 2,
  'skip-level-manager': 1.5,
  mentor: 1.5,
};
const RECENT_JOB_CHANGE_DAYS = 90;

function usefulRole(contact: Contact): Role | undefined {
  return [...contact.roles].sort((a, b) => (ROLE_POINTS[b] ?? 0) - (ROLE_POINTS[a] ?? 0))[0];
}

function changedJobsRecently(contact: Contact, now: Date): boolean {
  if (contact.jobChangedAt === null) return false;
  const days = daysBetween(calendarDate(new Date(contact.jobChangedAt)), calendarDate(now));
  return days >= 0 && days <= RECENT_JOB_CHANGE_DAYS;
}

function lateness(contact: Contact, now: Date, locale: Locale, t: Translate): string {
  const next = computeNextDueAt(contact);
  if (next === undefined) return '';
  const days = daysBetween(next, calendarDate(now));
  if (dueState(contact, now) === 'overdue')
    return t('reason.overdue', { span: spanIn(days, locale) });
  if (days === 0) return t('reason.dueToday');
  return t('reason.due', { when: relativeIn(-days, locale, t) });
}

/** The popup's one line, "warm · former manager · 3 weeks overdue", in the catalogue's language. */
export function reasonIn(contact: Contact, now: Date, locale: Locale, t: Translate): string {
  const role = usefulRole(contact);
  const parts = [
    contact.warmth ? t(WARMTH_INLINE_KEYS[contact.warmth]) : '',
    role ? t(ROLE_INLINE_KEYS[role]) : '',
    contact.reference === 'yes' ? t('reason.wouldGiveReference') : '',
    lateness(contact, now, locale, t),
    changedJobsRecently(contact, now) ? t('reason.changedJobs') : '',
  ];
  return parts.filter(Boolean).join(' · ');
}
