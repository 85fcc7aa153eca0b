import { format, type Locale } from 'date-fns';
import type { CalendarDate } from '../model';
import { fromCalendarDate } from '../reminders';
import type { CountKey, Translate } from './translate';

/** "Jun 5, 2026", "05.06.2026", "5 juin 2026": a calendar date as the locale writes it. */
export function formatDay(date: CalendarDate, locale: Locale): string {
  return format(fromCalendarDate(date), 'PP', { locale });
}

/** "Jan 2017", "Jan. 2017", "janv. 2017" from "2017-01" (or a full date); "2017" stays a year. */
export function formatMonth(value: string, locale: Locale): string {
  const [year = 2000, month] = value.split('-').map(Number);
  if (month === undefined) return String(year);
  return format(new Date(year, month - 1, 1), 'MMM yyyy', { locale });
}

const COUNT_KEYS: Record<string, CountKey> = {
  new: 'counts.new',
  updated: 'counts.updated',
  unchanged: 'counts.unchanged',
  replaced: 'counts.replaced',
  kept: 'counts.kept',
  errors: 'counts.errors',
};

/** "3 new · 1 updated · 2 errors", an import preview's counts in the catalogue's language. */
export function describeCountsIn(counts: Record<string, number>, t: Translate): string {
  return Object.entries(counts)
    .map(([label, value]) => {
      const key = COUNT_KEYS[label];
      return key ? t(key, value) : `${String(value)} ${label}`;
    })
    .join(' · ');
}

/** "Acme, Jan 2017 – Dec 2018" or "Acme, since Jan 2017": one shared employer on the card. */
export function sharedEmployerIn(
  line: { company: string; from: string | null; to: string | null; text: string },
  locale: Locale,
  t: Translate,
): string {
  if (line.from === null) return line.text;
  const from = formatMonth(line.from, locale);
  if (line.to === null) return t('card.sharedSince', { company: line.company, from });
  return t('card.sharedPeriod', { company: line.company, from, to: formatMonth(line.to, locale) });
}
