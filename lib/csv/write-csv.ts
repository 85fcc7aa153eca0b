import Papa from 'papaparse';
import { guardCell } from './formula-guard';

export const UTF8_BOM = '\uFEFF';

export interface CsvOptions {
  /** Excel needs the BOM to read UTF-8; Google Contacts would take it as part of a header. */
  bom: boolean;
}

/**
 * RFC 4180 CSV with every cell guarded against formulas and every record, the last one
 * included, ending in CRLF.
 */
export function writeCsv(
  header: readonly string[],
  rows: readonly string[][],
  options: CsvOptions,
): string {
  const records = [[...header], ...rows].map((row) => row.map(guardCell));
  const body = Papa.unparse(records, { newline: '\r\n', quotes: false, escapeFormulae: false });
  return `${options.bom ? UTF8_BOM : ''}${body}\r\n`;
}
