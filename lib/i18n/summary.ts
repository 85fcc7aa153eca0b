import type { Locale } from 'date-fns';
import type { Contact } from '../model';
import { calendarDate, computeNextDueAt, daysBetween, dueState } from '../reminders';
import { relativeIn } from './relative';
import type { Translate } from './translate';

function lastContacted(contact: Contact, today: string, locale: Locale, t: Translate): string {
  if (contact.lastContactedAt === null) return t('summary.notContacted');
  // A date typed in the future reads as today, as in lib/reminders' summary.
  const days = Math.min(daysBetween(today, contact.lastContactedAt), 0);
  return t('summary.lastContacted', { when: relativeIn(days, locale, t) });
}

function followUp(contact: Contact, now: Date, locale: Locale, t: Translate): string {
  const state = dueState(contact, now);
  const next = computeNextDueAt(contact);
  if (state === 'paused') return t('summary.paused');
  if (next === undefined) return t('summary.noReminders');
  const days = daysBetween(calendarDate(now), next);
  if (state === 'overdue') return t('summary.overdue');
  if (days === 0) return t('summary.dueToday');
  if (days < 0) return t('summary.dueNow');
  return t('summary.next', { when: relativeIn(days, locale, t) });
}

/**
 * "last contacted 4 months ago · next follow-up in 3 weeks" in the catalogue's language: the
 * card's line after "Saved", the same facts as lib/reminders' `relativeSummary`.
 */
export function savedSummaryIn(contact: Contact, now: Date, locale: Locale, t: Translate): string {
  const today = calendarDate(now);
  return [lastContacted(contact, today, locale, t), followUp(contact, now, locale, t)].join(' · ');
}
