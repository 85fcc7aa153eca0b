import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_CONNECTIONS_FILE, parseConnectionsCsv } from '@/lib/csv/connections';
import { readImportText } from '@/lib/csv/read-text';
import { readCsvFixture } from './fixtures';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const url = (slug: string): string => `https://www.linkedin.com/in/${slug}/`;

describe('parseConnectionsCsv', () => {
  describe('on the Connections.csv sample', () => {
    const actual = parseConnectionsCsv(readCsvFixture('Connections.csv'));

    it('should read all nine people without an error', () => {
      expect(actual.rows).toHaveLength(9);
      expect(actual.errors).toEqual([]);
      expect(actual.warnings).toEqual([]);
    });

    it('should number rows as a spreadsheet does, past the preamble and the blank row', () => {
      const expected = [5, 6, 7, 8, 9, 11, 12, 13, 14];

      expect(actual.rows.map((row) => row.row)).toEqual(expected);
    });

    it('should read quoted commas and doubled quotes', () => {
      expect(actual.rows[1]).toEqual({
        row: 6,
        firstName: 'Tomás',
        lastName: 'Ibarra Lindqvist',
        name: 'Tomás Ibarra Lindqvist',
        profileUrl: url('tomas-ibarra-lindqvist-4a2b1c'),
        email: 'tomas.il@mail.example',
        company: 'Kestrel Freight, Inc.',
        position: 'VP, Engineering',
        connectedOn: '2021-11-03',
      });
      expect(actual.rows[6]).toMatchObject({
        name: 'Amara Nwosu "Ami"',
        position: 'Engineering Manager, Payments',
        connectedOn: '2022-02-07',
      });
    });

    it('should read every date format as YYYY-MM-DD', () => {
      const expected = [
        '2023-02-14',
        '2021-11-03',
        '2019-06-27',
        '2024-01-09',
        '2024-03-12',
        '2020-04-01',
        '2022-02-07',
        '2018-12-30',
        '2022-08-15',
      ];

      expect(actual.rows.map((row) => row.connectedOn)).toEqual(expected);
    });

    it('should keep a person with no company, with null company and position', () => {
      expect(actual.rows[4]).toMatchObject({
        name: "Dara O'Neill",
        company: null,
        position: null,
        email: null,
      });
    });

    it('should keep formula-like cells literally', () => {
      expect(actual.rows[5]).toMatchObject({
        row: 11,
        firstName: '=cmd',
        name: '=cmd Injection',
        company: '+Corp',
        position: '@Title',
      });
    });

    it('should keep right-to-left text as written', () => {
      expect(actual.rows[8]).toMatchObject({ row: 14, company: 'شركة النخيل', position: 'مدير' });
    });

    it('should give canonical profile URLs', () => {
      expect(actual.rows.map((row) => row.profileUrl)).toContain(url('priya-raman-okafor'));
      expect(actual.rows.every((row) => row.profileUrl?.endsWith('/'))).toBe(true);
    });
  });

  describe('on the legacy sample', () => {
    const actual = parseConnectionsCsv(readCsvFixture('Connections-legacy.csv'));

    it('should read three people without URLs, with MM/DD/YYYY dates', () => {
      expect(actual.errors).toEqual([]);
      expect(
        actual.rows.map((row) => [row.row, row.name, row.profileUrl, row.connectedOn]),
      ).toEqual([
        [2, 'Priya Raman-Okafor', null, '2023-02-14'],
        [3, 'Jonas Berg', null, '2018-12-30'],
        [4, 'Sam Keller', null, '2016-07-04'],
      ]);
      expect(actual.rows[2]).toMatchObject({
        email: 'sam@mail.example',
        company: 'Kestrel Freight, Inc.',
      });
    });
  });

  it.each([
    ['an empty file', ''],
    [
      'Positions.csv',
      'Company Name,Title,Description,Location,Started On,Finished On\r\nAcme,Dev,,,Mar 2019,\r\n',
    ],
    ['a header without Connected On', 'First Name,Last Name,URL\r\nJane,Doe,\r\n'],
  ])('should reject %s with a clear error', (_, text) => {
    const actual = parseConnectionsCsv(text);

    expect(actual).toEqual({
      rows: [],
      errors: [{ row: 0, reason: NOT_CONNECTIONS_FILE }],
      warnings: [],
    });
  });

  it.each([
    ['LF line ends', `${HEADER}\nJane,Doe,,,Acme,CTO,1 Jan 2024\n`, { row: 2, name: 'Jane Doe' }],
    [
      'old Mac CR line ends',
      `${HEADER}\rJane,Doe,,,Acme,CTO,1 Jan 2024\r`,
      { row: 2, name: 'Jane Doe' },
    ],
    [
      'no final line end',
      `${HEADER}\r\nJane,Doe,,,Acme,CTO,1 Jan 2024`,
      { row: 2, connectedOn: '2024-01-01' },
    ],
    [
      'semicolons (a European spreadsheet)',
      `${HEADER.replaceAll(',', ';')}\r\nJane;Doe;;;Acme, Inc.;CTO;1 Jan 2024`,
      { company: 'Acme, Inc.' },
    ],
    [
      'tabs',
      `${HEADER.replaceAll(',', '\t')}\r\nJane\tDoe\t\t\tAcme\tCTO\t1 Jan 2024`,
      { company: 'Acme' },
    ],
    [
      'columns in another order',
      'Connected On,Company,Last Name,First Name\r\n1 Jan 2024,Acme,Doe,Jane',
      { name: 'Jane Doe', profileUrl: null, email: null },
    ],
    [
      'lower-case headers',
      'first name,last name,connected on\r\nJane,Doe,',
      { name: 'Jane Doe', connectedOn: null },
    ],
    [
      'a line break in a quoted cell',
      `${HEADER}\r\nJane,Doe,,,"Acme\r\nLabs",CTO,1 Jan 2024\r\nWei,Chen,,,,,`,
      { company: 'Acme\r\nLabs' },
    ],
    [
      'only a first name',
      `${HEADER}\r\nMadonna,,,,,,1 Jan 2024`,
      { name: 'Madonna', lastName: '' },
    ],
    [
      'spaces around cells',
      `${HEADER}\r\n Jane , Doe ,,, Acme ,,`,
      { name: 'Jane Doe', company: 'Acme' },
    ],
    [
      'a short row',
      `${HEADER}\r\nJane,Doe`,
      { name: 'Jane Doe', company: null, connectedOn: null },
    ],
    [
      'a country URL',
      `${HEADER}\r\nJane,Doe,https://fr.linkedin.com/in/Jane-D,,,,`,
      { profileUrl: url('jane-d') },
    ],
  ])('should read a file with %s', (_, text, expected) => {
    const actual = parseConnectionsCsv(text);

    expect(actual.errors).toEqual([]);
    expect(actual.rows[0]).toMatchObject(expected);
  });

  it.each([
    [
      'a row without a name',
      `${HEADER}\r\n,,${url('x')},,Acme,CTO,1 Jan 2024`,
      2,
      'No first or last name',
    ],
    ['an extra cell', `${HEADER}\r\nJane,Doe,,,Acme,Inc,CTO,1 Jan 2024`, 2, 'missing its quotes'],
    [
      'an unclosed quote',
      `${HEADER}\r\nJane,Doe,,,,,1 Jan 2024\r\nWei,"Chen,,,,,`,
      3,
      'never closed',
    ],
    [
      'a name over 500 characters',
      `${HEADER}\r\n${'x'.repeat(501)},Doe,,,,,`,
      2,
      'longer than 500',
    ],
  ])('should report %s by its row number', (_, text, expectedRow, expectedReason) => {
    const actual = parseConnectionsCsv(text);

    expect(actual.errors).toEqual([
      { row: expectedRow, reason: expect.stringContaining(expectedReason) as unknown },
    ]);
  });

  it('should keep reading after a bad row', () => {
    const text = `${HEADER}\r\nJane,Doe,,,,,\r\n,,,,Acme,,\r\nWei,Chen,,,,,`;

    const actual = parseConnectionsCsv(text);

    expect(actual.rows.map((row) => [row.row, row.name])).toEqual([
      [2, 'Jane Doe'],
      [4, 'Wei Chen'],
    ]);
    expect(actual.errors.map((error) => error.row)).toEqual([3]);
  });

  it.each([
    [
      'an odd date',
      `${HEADER}\r\nJane,Doe,,,,,sometime in 2020`,
      { connectedOn: null },
      'not a date',
    ],
    [
      'a URL that is not a profile',
      `${HEADER}\r\nJane,Doe,https://example.com/jane,,,,`,
      { profileUrl: null },
      'not a LinkedIn profile',
    ],
  ])('should import a row with %s and warn about it', (_, text, expectedRow, expectedWarning) => {
    const actual = parseConnectionsCsv(text);

    expect(actual.rows[0]).toMatchObject({ row: 2, ...expectedRow });
    expect(actual.warnings).toEqual([
      { row: 2, reason: expect.stringContaining(expectedWarning) as unknown },
    ]);
  });

  it('should never throw on arbitrary text', () => {
    const csvish = fc
      .array(fc.oneof(fc.string(), fc.constantFrom(',', '"', '\r\n', '\n', HEADER, 'Notes:')), {
        maxLength: 30,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), csvish), (text) => {
        const actual = parseConnectionsCsv(text);

        expect(actual.rows.every((row) => row.name.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('should never throw on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = readImportText(bytes);

        const actual = decoded.ok ? parseConnectionsCsv(decoded.text) : null;

        expect(actual === null || Array.isArray(actual.rows)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
