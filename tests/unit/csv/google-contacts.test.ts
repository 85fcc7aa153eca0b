import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contactsToGoogleCsv } from '@/lib/csv/google-contacts';
import type { Contact } from '@/lib/model';
import { CREATED, makeContact, makeTracked } from './make-contact';

function rowsOf(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, {
    header: true,
    skipEmptyLines: true,
    delimiter: ',',
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('contactsToGoogleCsv', () => {
  it('should start with Google’s header, without a BOM, ending records in CRLF', () => {
    const actual = contactsToGoogleCsv([]);

    expect(actual).toBe(
      'First Name,Middle Name,Last Name,Nickname,File As,Organization Name,Organization Title,' +
        'Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,Website 1 - Label,Website 1 - Value\r\n',
    );
  });

  it('should fill names, job, notes, labels, e-mail and profile link', () => {
    const contact = makeTracked({ email: 'jane@mail.example' });

    const [actual] = rowsOf(contactsToGoogleCsv([contact]));

    expect(actual).toMatchObject({
      'First Name': 'Jane',
      'Last Name': 'Doe',
      'Organization Name': 'Acme',
      'Organization Title': 'VP Engineering',
      Notes: 'Met at the offsite',
      Labels: 'Formerly ::: Former manager ::: Mentor ::: berlin ::: mentor',
      'E-mail 1 - Label': '* Other',
      'E-mail 1 - Value': 'jane@mail.example',
      'Website 1 - Label': 'LinkedIn',
      'Website 1 - Value': 'https://www.linkedin.com/in/jane-doe/',
    });
  });

  it.each<[string, Partial<Contact>, Record<string, string>]>([
    ['a network connection', { status: 'network', tags: [] }, { Labels: 'Formerly' }],
    ['no e-mail', { email: null }, { 'E-mail 1 - Label': '', 'E-mail 1 - Value': '' }],
    ['a one-word name', { name: 'Madonna', firstName: '', lastName: '' }, { 'File As': 'Madonna' }],
    ['a formula in the notes', { notes: '=HYPERLINK("x")' }, { Notes: '\'=HYPERLINK("x")' }],
    ['a plus in the company', { currentCompany: '+Corp' }, { 'Organization Name': "'+Corp" }],
    ['a line break in the notes', { notes: 'one\r\ntwo' }, { Notes: 'one\r\ntwo' }],
  ])('should write %s', (_, fields, expected) => {
    const [actual] = rowsOf(contactsToGoogleCsv([makeTracked(fields)]));

    expect(actual).toMatchObject(expected);
  });

  it('should skip deleted contacts', () => {
    const contacts = [makeTracked({ deletedAt: CREATED }), makeContact({ name: 'Wei Chen' })];

    const actual = rowsOf(contactsToGoogleCsv(contacts)).map((row) => row['First Name']);

    expect(actual).toEqual(['Wei']);
  });
});
