import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readImportText } from '@/lib/csv/read-text';

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

function utf16(text: string, littleEndian: boolean): number[] {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(littleEndian ? pair : pair.reverse()));
  }
  return bytes;
}

describe('readImportText', () => {
  it.each([
    ['UTF-8 without BOM', utf8('First Name,Hélène'), 'utf-8', 'First Name,Hélène'],
    ['UTF-8 with BOM', [0xef, 0xbb, 0xbf, ...utf8('Notes:\r\nZoë')], 'utf-8', 'Notes:\r\nZoë'],
    ['UTF-16 LE with BOM', [0xff, 0xfe, ...utf16('Tomás,شركة', true)], 'utf-16le', 'Tomás,شركة'],
    ['UTF-16 BE with BOM', [0xfe, 0xff, ...utf16('Tomás,شركة', false)], 'utf-16be', 'Tomás,شركة'],
    [
      'Windows-1252',
      [0x54, 0x6f, 0x6d, 0xe1, 0x73, 0x2c, 0x80, 0x93, 0x81, 0x9f],
      'windows-1252',
      'Tomás,€“\u0081Ÿ',
    ],
    ['an empty file', [], 'utf-8', ''],
  ])('should read %s', (_, bytes, expectedEncoding, expectedText) => {
    const actual = readImportText(new Uint8Array(bytes));

    expect(actual).toMatchObject({ ok: true, encoding: expectedEncoding, text: expectedText });
  });

  it('should add a note when it falls back to Windows-1252', () => {
    const actual = readImportText(new Uint8Array([0x48, 0xe9, 0x6c]));

    expect(actual.ok && actual.note).toMatch(/not UTF-8.*Windows-1252/);
  });

  it('should not add a note to a UTF-8 file', () => {
    const actual = readImportText(new Uint8Array(utf8('Hélène')));

    expect(actual.ok && actual.note).toBeUndefined();
  });

  it.each([
    ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]],
    ['text with a NUL byte', utf8('First Name\u0000,Last Name')],
  ])('should refuse %s as not text', (_, bytes) => {
    const actual = readImportText(new Uint8Array(bytes));

    expect(actual).toEqual({
      ok: false,
      error: expect.stringMatching(/not a text file/) as unknown,
    });
  });

  it('should refuse a file over the size limit, saying how big it is', () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1);

    const actual = readImportText(bytes);

    expect(actual).toEqual({
      ok: false,
      error: 'The file is 50.1 MB; files up to 50 MB can be imported.',
    });
  });

  it('should accept a file exactly at the size limit', () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES).fill(0x41);

    const actual = readImportText(bytes);

    expect(actual.ok).toBe(true);
  });
});
