import { problemText } from '../i18n/problems';

/** Larger than any real export (30,000 connections are about 3 MB); protects the page's memory. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type ReadTextResult =
  | { ok: true; text: string; encoding: TextEncodingName; note?: string }
  | { ok: false; error: string };

const LATIN_NOTE = problemText('notUtf8');

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function decode(bytes: Uint8Array, encoding: TextEncodingName, fatal: boolean): string {
  // ignoreBOM keeps the mark in the output so it is removed in one place below, for every encoding.
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (WHATWG table; the five unassigned bytes keep
 * their code point). Some Node versions decode "windows-1252" as Latin-1 and leave C1
 * controls there, so they are mapped here; in a browser this changes nothing.
 */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return decode(bytes, 'windows-1252', false).replace(
    /[\u0080-\u009F]/g,
    (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80] ?? char,
  );
}

function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Rounded up, so a file just over the limit never reads as "50 MB; up to 50 MB". */
function megabytes(bytes: number): string {
  return `${Math.ceil((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** The UTF-16 variant a byte-order mark announces, or null. */
function utf16ByBom(bytes: Uint8Array): TextEncodingName | null {
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

/**
 * The text of an imported file: UTF-8 (with or without BOM), UTF-16 with a BOM (what
 * spreadsheets save as "Unicode text"), or, when the bytes are not valid UTF-8, Windows-1252
 * with a note. Binary files (a ZIP, an .xlsx) and oversized files get a clear error instead.
 */
export function readImportText(bytes: Uint8Array): ReadTextResult {
  if (bytes.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: problemText('tooLarge', {
        size: megabytes(bytes.length),
        max: megabytes(MAX_IMPORT_BYTES),
      }),
    };
  }
  const utf16 = utf16ByBom(bytes);
  if (utf16 !== null) {
    return { ok: true, text: withoutBom(decode(bytes, utf16, false)), encoding: utf16 };
  }
  if (bytes.includes(0)) {
    return {
      ok: false,
      error: problemText('notText'),
    };
  }
  try {
    return { ok: true, text: withoutBom(decode(bytes, 'utf-8', true)), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252', note: LATIN_NOTE };
  }
}
