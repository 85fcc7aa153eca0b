import type { Locale } from 'date-fns';
import type { Translate } from './translate';

type Unit = 'xDays' | 'xWeeks' | 'xMonths' | 'xYears';

/** The unit people would use for a span, as lib/reminders' wording chooses it. */
function unitOf(days: number): { token: Unit; count: number } {
  const d = Math.abs(days);
  if (d < 14) return { token: 'xDays', count: d };
  if (d < 61) return { token: 'xWeeks', count: Math.round(d / 7) };
  if (d < 365 * 2) return { token: 'xMonths', count: Math.round(d / 30.44) };
  return { token: 'xYears', count: Math.floor(d / 365.25) };
}

/** "3 weeks", "3 Wochen", "3 semaines": a span of days in the locale's words. */
export function spanIn(days: number, locale: Locale): string {
  const { token, count } = unitOf(days);
  return locale.formatDistance(token, count);
}

/** "4 months ago", "vor 4 Monaten", "dans 3 semaines", or the catalogue's "today". */
export function relativeIn(days: number, locale: Locale, t: Translate): string {
  if (days === 0) return t('relative.today');
  const { token, count } = unitOf(days);
  return locale.formatDistance(token, count, { addSuffix: true, comparison: days > 0 ? 1 : -1 });
}
