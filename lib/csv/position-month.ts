import { format, isValid, parse } from 'date-fns';
import type { MonthDate } from '@/lib/model';

/** LinkedIn writes `Mar 2019`; a re-saved file may say `March 2019`, `3/2019` or `2019-03`. */
const MONTH_FORMATS = ['MMM yyyy', 'MMMM yyyy', 'M/yyyy', 'yyyy-MM'] as const;

/** `YYYY-MM`, `YYYY` for a year alone, or null when `raw` is neither. */
export function parsePositionMonth(raw: string): MonthDate | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (/^\d{4}$/.test(text)) return text;
  for (const pattern of MONTH_FORMATS) {
    const date = parse(text, pattern, new Date(2000, 0, 1));
    if (isValid(date) && date.getFullYear() >= 1900) return format(date, 'yyyy-MM');
  }
  return null;
}
