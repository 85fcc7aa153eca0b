import { format } from 'date-fns';
import { seedPerson } from './person';

const PREAMBLE = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
];
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

/** RFC 4180: quoted only when the cell needs it, as LinkedIn writes it. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** `14 Feb 2023`, LinkedIn's current "Connected On". */
function connectedOnText(day: string): string {
  return format(new Date(`${day}T12:00:00`), 'dd MMM yyyy');
}

/**
 * LinkedIn's Connections.csv for the first `count` people of `seed` (the same people
 * seedContacts gives): BOM, the Notes: preamble, a blank line, the header, CRLF throughout.
 */
export function seedConnectionsCsv(count: number, seed: number): string {
  const lines = [...PREAMBLE, HEADER];
  for (let index = 0; index < count; index += 1) {
    const person = seedPerson(seed, index);
    const cells = [
      person.firstName,
      person.lastName,
      // LinkedIn writes the URL without the trailing slash.
      person.profileUrl.replace(/\/$/, ''),
      person.email ?? '',
      person.company,
      person.title,
      connectedOnText(person.connectedOn),
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
