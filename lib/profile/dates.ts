import type { YearMonth } from './schema';
import { monthNumber } from './months';
import { foldText, normalizeText, splitDots } from './text';
import { LESS_THAN_A_YEAR, PRESENT_WORDS, RANGE_WORDS } from './vocab';

export interface DateRange {
  start: YearMonth;
  /** null while the role is ongoing. */
  end: YearMonth | null;
  isCurrent: boolean;
  /** The visible duration after the middle dot (`2 yrs 10 mos`), as displayed. */
  durationText: string | null;
}

/** A hyphen or dash between two dates, or the words screen readers get instead. */
const RANGE_SEPARATOR = new RegExp(
  `^(.+?)(?:\\s*[-–—]\\s*|\\s+(?:${RANGE_WORDS.join('|')})\\s+)(.+)$`,
  'i',
);
const YEAR = /^\d{4}$/;
/** Connectors between month and year: `jan. de 2020` (pt), `enero de 2019` (es). */
const CONNECTORS = new Set(['de', 'del', 'di']);

/** One side of a range: `Mar 2022`, `ene. 2019`, `mei 2019`, `2014`. */
export function parseYearMonth(text: string): YearMonth | null {
  const tokens = normalizeText(text)
    .split(' ')
    .filter((token) => !CONNECTORS.has(token.toLowerCase()));
  const last = tokens[tokens.length - 1];
  if (last === undefined || !YEAR.test(last)) return null;
  const year = Number(last);
  if (tokens.length === 1) return { year, month: null };
  const first = tokens[0];
  if (tokens.length !== 2 || first === undefined) return null;
  const month = monthNumber(first);
  return month === null ? null : { year, month };
}

function isPresent(text: string): boolean {
  return PRESENT_WORDS.has(foldText(text));
}

/**
 * A LinkedIn date line: `Mar 2022 - Present · 2 yrs 10 mos`, `ene. 2019 - actualidad`,
 * `2010 – 2013 · 3 yrs`, `2014 · Less than a year` (start = end). The whole range part must
 * parse, so description text that merely contains a date is rejected.
 */
export function parseDateRange(line: string): DateRange | null {
  const [range, ...rest] = splitDots(normalizeText(line));
  if (range === undefined) return null;
  const durationText = rest.length > 0 ? rest.join(' · ') : null;
  const match = RANGE_SEPARATOR.exec(range);
  if (match === null) {
    const single = parseYearMonth(range);
    return single === null ? null : { start: single, end: single, isCurrent: false, durationText };
  }
  const start = parseYearMonth(match[1] ?? '');
  if (start === null) return null;
  const endText = match[2] ?? '';
  if (isPresent(endText)) return { start, end: null, isCurrent: true, durationText };
  const end = parseYearMonth(endText);
  return end === null ? null : { start, end, isCurrent: false, durationText };
}

/** `5 yrs 2 mos`, `7 meses`, `Less than a year`: the duration part of a group header. */
export function isDurationText(text: string): boolean {
  const folded = foldText(text);
  return /^\d+\s*\p{L}/u.test(folded) || LESS_THAN_A_YEAR.has(folded);
}
