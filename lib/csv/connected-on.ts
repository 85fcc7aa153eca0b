import { format, isValid, parse } from 'date-fns';
import type { CalendarDate } from '@/lib/model';

/**
 * The shapes LinkedIn has written "Connected On" in: `14 Feb 2023` and `9 Jan 2024` today,
 * `7-Feb-22` in some exports, `02/14/2023` in the legacy file; `2/14/23` and ISO dates appear
 * once a spreadsheet has re-saved the file.
 */
const FORMATS = [
  'd MMM yyyy',
  'd MMMM yyyy',
  'd-MMM-yy',
  'd-MMM-yyyy',
  'd MMM yy',
  'M/d/yyyy',
  'M/d/yy',
  'yyyy-MM-dd',
] as const;

/**
 * date-fns reads a two-digit year as the one within 50 years of the reference date; with 2050
 * every `yy` becomes 20yy, right for a site that started in 2003.
 */
const TWO_DIGIT_YEAR_REFERENCE = new Date(2050, 0, 1);

/** `YYYY-MM-DD`, or null when `raw` is none of the known shapes or no real day (31 Feb). */
export function parseConnectedOn(raw: string): CalendarDate | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return null;
  for (const pattern of FORMATS) {
    const date = parse(text, pattern, TWO_DIGIT_YEAR_REFERENCE);
    if (isValid(date) && date.getFullYear() >= 1900) return format(date, 'yyyy-MM-dd');
  }
  return null;
}
