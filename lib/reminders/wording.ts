/** "3 days", "3 weeks", "4 months", "2 years": a span as people say it. */
export function spanOf(days: number): string {
  const d = Math.abs(days);
  const plural = (n: number, unit: string): string => `${String(n)} ${unit}${n === 1 ? '' : 's'}`;
  if (d < 14) return plural(d, 'day');
  if (d < 61) return plural(Math.round(d / 7), 'week');
  if (d < 365 * 2) return plural(Math.round(d / 30.44), 'month');
  return plural(Math.floor(d / 365.25), 'year');
}

/** "4 months ago", "in 3 weeks", "today". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  return days < 0 ? `${spanOf(days)} ago` : `in ${spanOf(days)}`;
}

/** Badge text: '' for none, the count, or '99+' past 99. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/** The badge tooltip: "No follow-ups due", "1 follow-up due", "3 follow-ups due". */
export function badgeTitle(count: number): string {
  if (count <= 0) return 'No follow-ups due';
  return count === 1 ? '1 follow-up due' : `${String(count)} follow-ups due`;
}
