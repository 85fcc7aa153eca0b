import { readImportText } from '../csv/read-text';
import { problemText, type ProblemKey } from '../i18n/problems';
/** One problem in an import file, by the row number a spreadsheet shows (0: the whole file). */
export interface ImportIssue {
  row: number;
  reason: string;
}

/**
 * An import that has been read, validated and planned but not written. The preview shows
 * `counts` (always with `new` first, "N new") and `errors`; nothing is written until `commit`.
 */
export interface PreparedImport {
  title: string;
  counts: { new: number } & Record<string, number>;
  errors: ImportIssue[];
  /** Imported, but worth knowing: how the file was read, fields left out of a row. */
  notes: ImportIssue[];
  /**
   * Writes everything in one transaction, in chunks so the page can show `onProgress` (rows
   * written of the total) between them; resolves with what was written, to announce.
   */
  commit: (onProgress?: ImportProgress) => Promise<ImportDone>;
}

export type ImportProgress = (written: number, total: number) => void;

/** Rows per `bulkPut` inside an import's transaction: small enough to show progress often. */
export const WRITE_CHUNK = 2000;

/**
 * `bulkPut` of `rows` in chunks, reporting after each. Call inside the import's transaction:
 * the chunks commit together or not at all.
 */
export async function putInChunks<T>(
  table: { bulkPut: (rows: T[]) => PromiseLike<unknown> },
  rows: readonly T[],
  onProgress?: ImportProgress,
): Promise<void> {
  for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
    await table.bulkPut(rows.slice(start, start + WRITE_CHUNK));
    onProgress?.(Math.min(start + WRITE_CHUNK, rows.length), rows.length);
  }
}

/** What a confirmed import wrote; the dashboard says it in the user's language. */
export type ImportDone =
  | { kind: 'connections'; new: number; updated: number }
  | { kind: 'positions'; added: number }
  | { kind: 'restore'; contacts: number; new: number };

/** The decoder's note on the file (row 0), if it had to guess its encoding. */
export function fileNotes(decoded: { note?: string }): ImportIssue[] {
  return decoded.note === undefined ? [] : [{ row: 0, reason: decoded.note }];
}

/** The file could not be used at all; nothing was planned. */
export class ImportRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRejectedError';
  }
}

/** "3 new · 1 updated · 2 errors": the counts as the preview shows them. */
export function describeCounts(counts: PreparedImport['counts']): string {
  return Object.entries(counts)
    .map(([label, value]) => `${String(value)} ${label}`)
    .join(' · ');
}

/** LinkedIn caps a network at 30,000 connections; anything far beyond is not an export. */
export const MAX_IMPORT_ROWS = 100_000;

interface ParsedRows<R> {
  rows: R[];
  errors: ImportIssue[];
}

/**
 * Decodes a CSV import and parses it, refusing (nothing planned) a file that cannot be read,
 * is not the kind expected (a row-0 error from `parse`), or has more than MAX_IMPORT_ROWS rows.
 */
export function readCsvImport<R, P extends ParsedRows<R>>(
  bytes: Uint8Array,
  parse: (text: string) => P,
  problems: { empty: ProblemKey; tooMany: ProblemKey },
): { parsed: P; notes: ImportIssue[] } {
  const decoded = readImportText(bytes);
  if (!decoded.ok) throw new ImportRejectedError(decoded.error);
  const parsed = parse(decoded.text);
  if (parsed.rows.length === 0 && parsed.errors.some((issue) => issue.row === 0)) {
    throw new ImportRejectedError(parsed.errors[0]?.reason ?? problemText(problems.empty));
  }
  if (parsed.rows.length > MAX_IMPORT_ROWS) {
    throw new ImportRejectedError(
      problemText(problems.tooMany, {
        rows: String(parsed.rows.length),
        max: String(MAX_IMPORT_ROWS),
      }),
    );
  }
  return { parsed, notes: fileNotes(decoded) };
}
