import { de, enUS, es, fr, it, nl, pt } from 'date-fns/locale';
import type { Locale, Month } from 'date-fns';
import { foldText } from './text';

const LOCALES: readonly Locale[] = [enUS, de, fr, es, pt, it, nl];
const WIDTHS = ['abbreviated', 'wide'] as const;
const CONTEXTS = ['formatting', 'standalone'] as const;
const MIN_PREFIX = 3;
const MONTH_INDEXES: readonly Month[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/**
 * Month names from date-fns locales, folded, mapped to 1–12. LinkedIn's abbreviations do not
 * always match date-fns' (`sept.`, `Sept.`), so every unambiguous prefix of at least three
 * letters of a full name is accepted too (`jui` is left out: juin or juillet).
 */
function buildMonthTable(): ReadonlyMap<string, number> {
  const exact = new Map<string, number>();
  const prefixes = new Map<string, number>();
  for (const locale of LOCALES) {
    for (const index of MONTH_INDEXES) {
      for (const width of WIDTHS) {
        for (const context of CONTEXTS) {
          const name = foldText(locale.localize.month(index, { width, context }));
          exact.set(name, index + 1);
          if (width === 'wide') addPrefixes(prefixes, name, index + 1);
        }
      }
    }
  }
  const table = new Map<string, number>();
  for (const [prefix, month] of prefixes) if (month > 0) table.set(prefix, month);
  for (const [name, month] of exact) table.set(name, month);
  return table;
}

function addPrefixes(prefixes: Map<string, number>, name: string, month: number): void {
  for (let length = MIN_PREFIX; length <= name.length; length += 1) {
    const prefix = name.slice(0, length);
    const known = prefixes.get(prefix);
    // 0 marks a prefix two months share.
    prefixes.set(prefix, known === undefined || known === month ? month : 0);
  }
}

const MONTHS = buildMonthTable();

/** `Mar`, `mrt.`, `ene.`, `März`, `août`, `sept.` → 1–12, or null. */
export function monthNumber(token: string): number | null {
  return MONTHS.get(foldText(token)) ?? null;
}
