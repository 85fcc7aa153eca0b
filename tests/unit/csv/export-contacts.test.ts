import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  contactCells,
  contactsToCsv,
  exportFileName,
  formatSharedEmployer,
} from '@/lib/csv/export-contacts';
import { guardCell } from '@/lib/csv/formula-guard';
import type { Contact, SharedEmployer } from '@/lib/model';
import { contactsArbitrary } from './arbitraries';
import { CREATED, makeContact, makeTracked } from './make-contact';

const HEADER_LINE =
  'Name,First name,Last name,Headline,Company,Title,Location,Profile URL,Relationship,' +
  'Shared employers,Warmth,Reference,Last contacted,Next follow-up,Follow up every (days),' +
  'Tags,Notes,Created,Updated';

/** Parses an export back into rows of cells (BOM and the final CRLF removed). */
function readBack(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    newline: '\r\n',
    delimiter: ',',
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data.at(-1)).toEqual(['']);
  return parsed.data.slice(0, -1);
}

function cellsByHeader(csv: string): Record<string, string>[] {
  const [header = [], ...rows] = readBack(csv);
  return rows.map((row) =>
    Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])),
  );
}

describe('contactsToCsv', () => {
  it('should start with a UTF-8 BOM and the contract 5 header, ending in CRLF', () => {
    const actual = contactsToCsv([]);

    expect(actual).toBe(`\uFEFF${HEADER_LINE}\r\n`);
  });

  it('should end every record, the last one too, in CRLF', () => {
    const contacts = [makeTracked(), makeContact({ name: 'Wei Chen' })];

    const actual = contactsToCsv(contacts).split('\r\n');

    expect(actual).toHaveLength(4);
    expect(actual.at(-1)).toBe('');
    expect(actual.slice(0, 3).every((line) => !line.includes('\n'))).toBe(true);
  });

  it('should write a tracked contact with English labels and `; ` between values', () => {
    const expected = {
      Name: 'Jane Doe',
      'First name': 'Jane',
      'Last name': 'Doe',
      Headline: 'VP Engineering at Acme',
      Company: 'Acme',
      Title: 'VP Engineering',
      Location: 'Berlin',
      'Profile URL': 'https://www.linkedin.com/in/jane-doe/',
      Relationship: 'Former manager; Mentor',
      'Shared employers': 'Acme (2019-03 – 2021-06)',
      Warmth: 'Warm',
      Reference: 'Yes',
      'Last contacted': '2026-08-01',
      'Next follow-up': '2026-10-30',
      'Follow up every (days)': '90',
      Tags: 'berlin; mentor',
      Notes: 'Met at the offsite',
      Created: CREATED,
      Updated: CREATED,
    };

    const [actual] = cellsByHeader(contactsToCsv([makeTracked()]));

    expect(actual).toEqual(expected);
  });

  it('should leave the tracking cells of a network connection empty', () => {
    const connection = makeTracked({ status: 'network' });

    const [actual] = cellsByHeader(contactsToCsv([connection]));

    expect(actual).toMatchObject({
      Name: 'Jane Doe',
      Company: 'Acme',
      Relationship: '',
      Warmth: '',
      Reference: '',
      'Last contacted': '',
      'Next follow-up': '',
      'Follow up every (days)': '',
    });
  });

  it.each([
    ['neutral', 'maybe', 'Neutral', 'Maybe'],
    ['strained', 'no', 'Strained', 'No'],
    ['warm', 'unknown', 'Warm', 'Unknown'],
    [null, null, '', ''],
  ] as const)(
    'should write warmth %s and reference %s as words',
    (warmth, reference, expectedWarmth, expectedReference) => {
      const [actual] = cellsByHeader(contactsToCsv([makeTracked({ warmth, reference })]));

      expect([actual?.Warmth, actual?.Reference]).toEqual([expectedWarmth, expectedReference]);
    },
  );

  it('should skip deleted contacts', () => {
    const contacts = [makeTracked({ deletedAt: CREATED }), makeContact({ name: 'Wei Chen' })];

    const actual = cellsByHeader(contactsToCsv(contacts)).map((row) => row.Name);

    expect(actual).toEqual(['Wei Chen']);
  });

  it.each([
    ['a formula', '=HYPERLINK("http://evil")', '"\'=HYPERLINK(""http://evil"")"'],
    ['a plus', '+Corp', "'+Corp"],
    ['an at sign', '@Title', "'@Title"],
    ['a minus', '-5', "'-5"],
    ['a comma', 'Kestrel Freight, Inc.', '"Kestrel Freight, Inc."'],
    ['quotes', 'Amara "Ami"', '"Amara ""Ami"""'],
    ['a CRLF', 'line one\r\nline two', '"line one\r\nline two"'],
    ['a bare LF', 'line one\nline two', '"line one\nline two"'],
    ['right-to-left text', 'شركة الخليج', 'شركة الخليج'],
    ['emoji', 'Zoë 🚀', 'Zoë 🚀'],
  ])('should write notes with %s as %j', (_, notes, expected) => {
    const contact = makeTracked({ notes, updatedAt: '2026-01-01T00:00:00.000Z' });

    const actual = contactsToCsv([contact]);

    expect(actual.endsWith(`,${expected},${CREATED},2026-01-01T00:00:00.000Z\r\n`)).toBe(true);
  });

  it('should give the original cell values back when parsed, guard prefix aside', () => {
    fc.assert(
      fc.property(contactsArbitrary, (contacts: Contact[]) => {
        const expected = contacts
          .filter((c) => c.deletedAt === null)
          .map((c) => contactCells(c).map(guardCell));

        const [, ...actual] = readBack(contactsToCsv(contacts));

        expect(actual).toEqual(expected);
        for (const [index, contact] of contacts.filter((c) => c.deletedAt === null).entries()) {
          expect(actual[index]?.[0]).toBe(guardCell(contact.name));
          expect(actual[index]?.[16]).toBe(guardCell(contact.notes));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatSharedEmployer', () => {
  it.each<[SharedEmployer, string]>([
    [{ company: 'Acme', from: '2019-03', to: '2021-06' }, 'Acme (2019-03 – 2021-06)'],
    [{ company: 'Acme', from: '2019', to: null }, 'Acme (2019 – present)'],
    [{ company: 'Acme', from: null, to: '2021' }, 'Acme (? – 2021)'],
    [{ company: 'Acme', from: null, to: null }, 'Acme'],
    [
      { company: 'Acme', from: '2019-03', to: '2021-06', managedMe: true },
      'Acme (2019-03 – 2021-06, managed me)',
    ],
    [{ company: 'Acme', from: null, to: null, managedMe: true }, 'Acme (managed me)'],
  ])('should write %j as %j', (employer, expected) => {
    const actual = formatSharedEmployer(employer);

    expect(actual).toBe(expected);
  });
});

describe('exportFileName', () => {
  it.each([
    ['formerly-contacts', 'csv', new Date(2026, 10, 23, 9, 30), 'formerly-contacts-2026-11-23.csv'],
    ['formerly-backup', 'json', new Date(2026, 0, 1, 0, 0), 'formerly-backup-2026-01-01.json'],
    [
      'formerly-follow-ups',
      '.ics',
      new Date(2026, 11, 31, 23, 59),
      'formerly-follow-ups-2026-12-31.ics',
    ],
  ])('should name %s.%s after the local calendar day', (prefix, ext, now, expected) => {
    const actual = exportFileName(prefix, ext, now);

    expect(actual).toBe(expected);
  });
});
