import Papa from 'papaparse';

/**
 * LinkedIn writes commas; a spreadsheet that re-saved the file in a European locale writes
 * semicolons, and "Unicode text" uses tabs.
 */
const DELIMITERS = [',', ';', '\t'] as const;

/** Past a preamble the header is near the top; a data row saying "First Name" is not one. */
const HEADER_SEARCH_ROWS = 50;

export interface LocatedTable<C extends string> {
  /** Every record of the file, preamble included, so index + 1 is the spreadsheet row. */
  records: string[][];
  headerIndex: number;
  /** Where each known column is; unknown columns are ignored. */
  columns: Partial<Record<C, number>>;
  /** Indexes of records Papa Parse could not read cleanly (an unclosed quote). */
  brokenRecords: Set<number>;
}

export interface TableShape<C extends string> {
  /** Header names, lower-cased, to the column each stands for. */
  names: Readonly<Record<string, C>>;
  /** The columns a row must name to count as the header. */
  required: readonly C[];
}

function columnsOf<C extends string>(
  record: readonly string[],
  shape: TableShape<C>,
): Partial<Record<C, number>> {
  const columns: Partial<Record<C, number>> = {};
  record.forEach((cell, index) => {
    const column = shape.names[cell.trim().toLowerCase()];
    if (column !== undefined && columns[column] === undefined) columns[column] = index;
  });
  return columns;
}

function tryDelimiter<C extends string>(
  text: string,
  delimiter: string,
  shape: TableShape<C>,
): LocatedTable<C> | null {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  const limit = Math.min(parsed.data.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const columns = columnsOf(parsed.data[index] ?? [], shape);
    if (!shape.required.every((column) => columns[column] !== undefined)) continue;
    const brokenRecords = new Set<number>();
    for (const error of parsed.errors) {
      if (error.type === 'Quotes' && error.row !== undefined) brokenRecords.add(error.row);
    }
    return { records: parsed.data, headerIndex: index, columns, brokenRecords };
  }
  return null;
}

/**
 * The records of a CSV export and where its header row is (the first row naming every
 * required column, after any preamble such as LinkedIn's `Notes:`), or null when none does.
 */
export function locateTable<C extends string>(
  text: string,
  shape: TableShape<C>,
): LocatedTable<C> | null {
  const withoutBom = text.replace(/^\uFEFF/, '');
  for (const delimiter of DELIMITERS) {
    const table = tryDelimiter(withoutBom, delimiter, shape);
    if (table !== null) return table;
  }
  return null;
}

/** Reads cells of a located table by column, trimmed; a missing column or cell reads ''. */
export function cellReader<C extends string>(
  table: LocatedTable<C>,
  record: readonly string[],
): (column: C) => string {
  return (column) => {
    const index = table.columns[column];
    return index === undefined ? '' : (record[index] ?? '').trim();
  };
}

/** True for a record with nothing in it (a blank line, or only delimiters). */
export function isBlankRecord(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}
