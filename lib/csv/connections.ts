import { parseConnectedOn } from './connected-on';
import { ConnectionRow, type RowIssue } from './connection-row';
import { locateConnectionsTable, type ConnectionsTable } from './connections-header';
import { cellReader, isBlankRecord } from './locate-table';
import { canonicalProfileUrl } from './profile-url';
import { problemText } from '../i18n/problems';

export interface ConnectionsParse {
  rows: ConnectionRow[];
  /** Rows left out, by spreadsheet row number; row 0 means the file as a whole. */
  errors: RowIssue[];
  /** Rows imported with a cell left empty (an odd date or address), by row number. */
  warnings: RowIssue[];
}

export const NOT_CONNECTIONS_FILE = problemText('notConnections');

interface RowOutcome {
  row?: ConnectionRow;
  error?: string;
  warnings: string[];
}

function extraCellsError(record: readonly string[], table: ConnectionsTable): string | null {
  const width = table.records[table.headerIndex]?.length ?? 0;
  const extra = record.slice(width).filter((cell) => cell.trim() !== '');
  if (extra.length === 0) return null;
  return problemText('cellCount', { cells: String(record.length), width: String(width) });
}

/** Reads one record; text is kept as written (formula-like cells are data until exported). */
function readRecord(
  record: readonly string[],
  rowNumber: number,
  table: ConnectionsTable,
): RowOutcome {
  const extraError = extraCellsError(record, table);
  if (extraError !== null) return { error: extraError, warnings: [] };
  const cell = cellReader(table, record);
  const warnings: string[] = [];
  const rawUrl = cell('url');
  const profileUrl = canonicalProfileUrl(rawUrl);
  if (rawUrl !== '' && profileUrl === null) {
    warnings.push(problemText('notProfileUrl', { url: rawUrl }));
  }
  const rawDate = cell('connectedOn');
  const connectedOn = parseConnectedOn(rawDate);
  if (rawDate !== '' && connectedOn === null) {
    warnings.push(problemText('notDate', { date: rawDate }));
  }
  const [firstName, lastName] = [cell('firstName'), cell('lastName')];
  const parsed = ConnectionRow.safeParse({
    row: rowNumber,
    firstName,
    lastName,
    name: [firstName, lastName].filter(Boolean).join(' '),
    profileUrl,
    email: cell('email') || null,
    company: cell('company') || null,
    position: cell('position') || null,
    connectedOn,
  });
  if (!parsed.success)
    return { error: parsed.error.issues[0]?.message ?? problemText('invalidRow'), warnings };
  return { row: parsed.data, warnings };
}

const BROKEN_QUOTES = problemText('brokenQuotes');

/**
 * LinkedIn's Connections.csv (current or legacy layout) as checked rows plus the rows that
 * failed, by the row numbers a spreadsheet shows. Never throws, whatever the text.
 */
export function parseConnectionsCsv(text: string): ConnectionsParse {
  const table = locateConnectionsTable(text);
  if (table === null) {
    return { rows: [], errors: [{ row: 0, reason: NOT_CONNECTIONS_FILE }], warnings: [] };
  }
  const result: ConnectionsParse = { rows: [], errors: [], warnings: [] };
  table.records.forEach((record, index) => {
    if (index <= table.headerIndex || isBlankRecord(record)) return;
    const rowNumber = index + 1;
    if (table.brokenRecords.has(index)) {
      result.errors.push({ row: rowNumber, reason: BROKEN_QUOTES });
      return;
    }
    const outcome = readRecord(record, rowNumber, table);
    if (outcome.error !== undefined) {
      result.errors.push({ row: rowNumber, reason: outcome.error });
      return;
    }
    if (outcome.row) result.rows.push(outcome.row);
    for (const reason of outcome.warnings) result.warnings.push({ row: rowNumber, reason });
  });
  return result;
}
