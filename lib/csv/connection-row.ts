import { z } from 'zod';
import { CalendarDate } from '@/lib/model';
import { problemText } from '../i18n/problems';

/** Limits match the Contact schema, so a row that passes here never fails when stored. */
const cellText = z.string().max(20_000, problemText('cellTooLong')).nullable();

/** One person from LinkedIn's Connections.csv, as read and checked. */
export const ConnectionRow = z.object({
  /** The row number a spreadsheet shows for this record (1-based, preamble and blanks counted). */
  row: z.number().int().positive(),
  firstName: z.string().max(500, problemText('firstNameTooLong')),
  lastName: z.string().max(500, problemText('lastNameTooLong')),
  name: z.string().min(1, problemText('noName')).max(500, problemText('nameTooLong')),
  /** Canonical `https://www.linkedin.com/in/<slug>/`, or null (legacy file, odd address). */
  profileUrl: z.url().nullable(),
  email: z.string().max(500, problemText('emailTooLong')).nullable(),
  company: cellText,
  position: cellText,
  connectedOn: CalendarDate.nullable(),
});
export type ConnectionRow = z.infer<typeof ConnectionRow>;

/** A problem with one row, by the row number a spreadsheet shows; row 0 is the file as a whole. */
export interface RowIssue {
  row: number;
  reason: string;
}
