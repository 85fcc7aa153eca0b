import { ROLE_LABELS, type Contact } from '@/lib/model';
import { writeCsv } from './write-csv';

/**
 * The columns of Google Contacts' own export ("Google CSV"), which its import reads by name;
 * the unused ones (phonetic names, phones, addresses…) are left out.
 */
export const GOOGLE_CSV_HEADER = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Nickname',
  'File As',
  'Organization Name',
  'Organization Title',
  'Notes',
  'Labels',
  'E-mail 1 - Label',
  'E-mail 1 - Value',
  'Website 1 - Label',
  'Website 1 - Value',
] as const;

/** Google joins several values of one cell with ` ::: `. */
const GOOGLE_SEPARATOR = ' ::: ';

/** Every card is labelled Formerly, then its relationship and tags, so it is easy to find. */
function labels(contact: Contact): string {
  const roles = contact.status === 'tracked' ? contact.roles.map((role) => ROLE_LABELS[role]) : [];
  return ['Formerly', ...roles, ...contact.tags].join(GOOGLE_SEPARATOR);
}

function googleCells(contact: Contact): string[] {
  return [
    contact.firstName,
    '',
    contact.lastName,
    '',
    // Someone without split names (a company page, one-word names) is still filed by full name.
    contact.firstName || contact.lastName ? '' : contact.name,
    contact.currentCompany ?? '',
    contact.currentTitle ?? '',
    contact.notes,
    labels(contact),
    contact.email ? '* Other' : '',
    contact.email ?? '',
    contact.profileUrl ? 'LinkedIn' : '',
    contact.profileUrl ?? '',
  ];
}

/**
 * A CSV that Google Contacts imports: contacts not deleted, formula guard applied, CRLF, and
 * no BOM (Google would read it as part of "First Name").
 */
export function contactsToGoogleCsv(contacts: readonly Contact[]): string {
  const rows = contacts.filter((contact) => contact.deletedAt === null).map(googleCells);
  return writeCsv(GOOGLE_CSV_HEADER, rows, { bom: false });
}
