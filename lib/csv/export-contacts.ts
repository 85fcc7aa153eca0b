import { toCalendarDate } from '@/lib/clock';
import {
  ROLE_LABELS,
  type Contact,
  type Reference,
  type SharedEmployer,
  type Warmth,
} from '@/lib/model';
import { writeCsv } from './write-csv';

/** Contract 5: the columns of Export CSV, in this order. */
export const CONTACT_CSV_HEADER = [
  'Name',
  'First name',
  'Last name',
  'Headline',
  'Company',
  'Title',
  'Location',
  'Profile URL',
  'Relationship',
  'Shared employers',
  'Warmth',
  'Reference',
  'Last contacted',
  'Next follow-up',
  'Follow up every (days)',
  'Tags',
  'Notes',
  'Created',
  'Updated',
] as const;

/**
 * English words, capitalised like the Relationship labels, so the file reads well in a
 * spreadsheet and stays the same whatever language the UI later speaks.
 */
export const WARMTH_LABELS: Record<Warmth, string> = {
  warm: 'Warm',
  neutral: 'Neutral',
  strained: 'Strained',
};
export const REFERENCE_LABELS: Record<Reference, string> = {
  yes: 'Yes',
  maybe: 'Maybe',
  no: 'No',
  unknown: 'Unknown',
};

export const MULTI_VALUE_SEPARATOR = '; ';

/** `Acme (2019-03 – 2021-06)`; an open end reads "present", an unknown start "?". */
export function formatSharedEmployer(employer: SharedEmployer): string {
  const managed = employer.managedMe ? ', managed me' : '';
  if (employer.from === null && employer.to === null) {
    return managed ? `${employer.company} (managed me)` : employer.company;
  }
  return `${employer.company} (${employer.from ?? '?'} – ${employer.to ?? 'present'}${managed})`;
}

interface TrackingCells {
  relationship: string;
  rest: [warmth: string, reference: string, last: string, next: string, cadence: string];
}

/** What only a tracked contact has; a network connection leaves these cells empty (contract 7). */
function trackingCells(contact: Contact): TrackingCells {
  if (contact.status === 'network') return { relationship: '', rest: ['', '', '', '', ''] };
  return {
    relationship: contact.roles.map((role) => ROLE_LABELS[role]).join(MULTI_VALUE_SEPARATOR),
    rest: [
      contact.warmth === null ? '' : WARMTH_LABELS[contact.warmth],
      contact.reference === null ? '' : REFERENCE_LABELS[contact.reference],
      contact.lastContactedAt ?? '',
      contact.nextDueAt ?? '',
      contact.cadenceDays === null ? '' : String(contact.cadenceDays),
    ],
  };
}

/**
 * The cells of one contact in CONTACT_CSV_HEADER order, before the formula guard.
 * Created and Updated are the stored ISO timestamps, so a restored backup exports the same bytes.
 */
export function contactCells(contact: Contact): string[] {
  const tracking = trackingCells(contact);
  return [
    contact.name,
    contact.firstName,
    contact.lastName,
    contact.headline ?? '',
    contact.currentCompany ?? '',
    contact.currentTitle ?? '',
    contact.location ?? '',
    contact.profileUrl ?? '',
    tracking.relationship,
    contact.sharedEmployers.map(formatSharedEmployer).join(MULTI_VALUE_SEPARATOR),
    ...tracking.rest,
    contact.tags.join(MULTI_VALUE_SEPARATOR),
    contact.notes,
    contact.createdAt,
    contact.updatedAt,
  ];
}

/**
 * Export CSV (contracts 5 and 7): every contact that is not deleted, in the order given,
 * UTF-8 with BOM, CRLF after every record, formula-like cells prefixed with `'`.
 */
export function contactsToCsv(contacts: readonly Contact[]): string {
  const rows = contacts.filter((contact) => contact.deletedAt === null).map(contactCells);
  return writeCsv(CONTACT_CSV_HEADER, rows, { bom: true });
}

/** `formerly-contacts-2026-11-23.csv`: the prefix, today's local calendar date, the extension. */
export function exportFileName(prefix: string, ext: string, now: Date): string {
  return `${prefix}-${toCalendarDate(now)}.${ext.replace(/^\./, '')}`;
}
