import type { Contact } from '@/lib/model';

/** RFC 6350 §3.2: a content line is folded after 75 octets of UTF-8. */
const MAX_LINE_OCTETS = 75;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const encoder = new TextEncoder();

/** RFC 6350 §3.4 text escaping: backslash, comma, semicolon, and line breaks as `\n`. */
export function escapeVcardText(value: string): string {
  return value.replace(/[\\,;]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

function octets(text: string): number {
  return encoder.encode(text).length;
}

/**
 * Splits a content line into CRLF-joined pieces of at most 75 octets (a continuation's
 * leading space counts), never inside a character: one UTF-8 sequence stays on one line.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    if (octets(current) + octets(char) > limit) {
      pieces.push(current);
      current = '';
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

function property(name: string, value: string | null | undefined): string[] {
  return value ? [foldLine(`${name}:${value}`)] : [];
}

function vcardOf(contact: Contact): string[] {
  const name = [contact.lastName, contact.firstName, '', '', ''].map(escapeVcardText).join(';');
  return [
    'BEGIN:VCARD',
    'VERSION:4.0',
    foldLine(`FN:${escapeVcardText(contact.name)}`),
    foldLine(`N:${name}`),
    ...property('UID', UUID.test(contact.id) ? `urn:uuid:${contact.id.toLowerCase()}` : null),
    ...property('ORG', contact.currentCompany && escapeVcardText(contact.currentCompany)),
    ...property('TITLE', contact.currentTitle && escapeVcardText(contact.currentTitle)),
    ...property('EMAIL', contact.email && escapeVcardText(contact.email)),
    // A URI, not text: its commas and semicolons are part of the address, so no text escaping.
    ...property('URL', contact.profileUrl),
    ...property('NOTE', contact.notes && escapeVcardText(contact.notes)),
    'END:VCARD',
  ];
}

/**
 * vCard 4.0 for address books (Apple Contacts, Outlook, Google): one card per contact that is
 * not deleted, CRLF line ends, text escaped and long lines folded.
 */
export function contactsToVcard(contacts: readonly Contact[]): string {
  return contacts
    .filter((contact) => contact.deletedAt === null)
    .flatMap(vcardOf)
    .map((line) => `${line}\r\n`)
    .join('');
}
