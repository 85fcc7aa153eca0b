import {
  CalendarDate,
  Instant,
  MonthDate,
  ROLE_LABELS,
  type Contact,
  type Role,
  type SharedEmployer,
} from '@/lib/model';
import { problemText } from '../i18n/problems';
import type { RowIssue } from './connection-row';
import {
  CONTACT_CSV_HEADER,
  MULTI_VALUE_SEPARATOR,
  REFERENCE_LABELS,
  WARMTH_LABELS,
} from './export-contacts';
import { cellReader, isBlankRecord, locateTable, type LocatedTable } from './locate-table';
import { canonicalProfileUrl } from './profile-url';

type Column = (typeof CONTACT_CSV_HEADER)[number];

/** What a row of Formerly's own CSV says about a person (contract 5, read back). */
export interface FormerlyRow {
  row: number;
  fields: Pick<
    Contact,
    | 'name'
    | 'firstName'
    | 'lastName'
    | 'headline'
    | 'currentCompany'
    | 'currentTitle'
    | 'location'
    | 'roles'
    | 'sharedEmployers'
    | 'warmth'
    | 'reference'
    | 'lastContactedAt'
    | 'cadenceDays'
    | 'tags'
    | 'notes'
    | 'status'
  >;
  profileUrl: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface FormerlyCsvParse {
  rows: FormerlyRow[];
  errors: RowIssue[];
}

const HEADER_NAMES = Object.fromEntries(
  CONTACT_CSV_HEADER.map((name) => [name.toLowerCase(), name]),
) as Record<string, Column>;

/** The export's own words read back, whatever their case. */
function reverse<T extends string>(labels: Record<T, string>): Map<string, T> {
  return new Map(
    (Object.entries(labels) as [T, string][]).map(([value, label]) => [label.toLowerCase(), value]),
  );
}

const ROLE_BY_LABEL = reverse(ROLE_LABELS);
const WARMTH_BY_LABEL = reverse(WARMTH_LABELS);
const REFERENCE_BY_LABEL = reverse(REFERENCE_LABELS);

/** Undoes the export's formula guard: `'=SUM(1)` was written for `=SUM(1)`. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function list(cell: string): string[] {
  return cell
    .split(MULTI_VALUE_SEPARATOR.trim())
    .map((part) => part.trim())
    .filter(Boolean);
}

const RANGE = /^(.*) \((\d{4}(?:-\d{2})?|\?) – (\d{4}(?:-\d{2})?|present)(, managed me)?\)$/;

/** `Acme (2019-03 – 2021-06, managed me)` and its shorter forms, as formatSharedEmployer writes them. */
export function parseSharedEmployer(text: string): SharedEmployer | null {
  const range = RANGE.exec(text);
  if (range) {
    const [, company = '', from = '?', to = 'present', managed] = range;
    const employer: SharedEmployer = {
      company,
      from: from === '?' ? null : from,
      to: to === 'present' ? null : to,
    };
    if (!MonthDate.safeParse(employer.from ?? '2000').success) return null;
    if (!MonthDate.safeParse(employer.to ?? '2000').success) return null;
    return managed ? { ...employer, managedMe: true } : employer;
  }
  const managedOnly = /^(.*) \(managed me\)$/.exec(text);
  if (managedOnly?.[1]) return { company: managedOnly[1], from: null, to: null, managedMe: true };
  return text ? { company: text, from: null, to: null } : null;
}

type Outcome = { row: FormerlyRow } | { error: string };

function readRow(table: LocatedTable<Column>, record: readonly string[], row: number): Outcome {
  const raw = cellReader(table, record);
  const cell = (column: Column): string => unguard(raw(column));
  const orNull = (column: Column): string | null => cell(column) || null;
  const name = cell('Name');
  if (!name) return { error: problemText('noName') };

  const roles: Role[] = [];
  for (const label of list(cell('Relationship'))) {
    const role = ROLE_BY_LABEL.get(label.toLowerCase());
    if (!role)
      return { error: problemText('unknownValue', { column: 'Relationship', value: label }) };
    if (!roles.includes(role)) roles.push(role);
  }
  const sharedEmployers: SharedEmployer[] = [];
  for (const part of list(cell('Shared employers'))) {
    const employer = parseSharedEmployer(part);
    if (!employer)
      return { error: problemText('unknownValue', { column: 'Shared employers', value: part }) };
    sharedEmployers.push(employer);
  }
  const warmthCell = cell('Warmth');
  const warmth = warmthCell ? WARMTH_BY_LABEL.get(warmthCell.toLowerCase()) : null;
  if (warmth === undefined)
    return { error: problemText('unknownValue', { column: 'Warmth', value: warmthCell }) };
  const referenceCell = cell('Reference');
  const reference = referenceCell ? REFERENCE_BY_LABEL.get(referenceCell.toLowerCase()) : null;
  if (reference === undefined) {
    return { error: problemText('unknownValue', { column: 'Reference', value: referenceCell }) };
  }
  const last = orNull('Last contacted');
  if (last !== null && !CalendarDate.safeParse(last).success) {
    return { error: problemText('unknownValue', { column: 'Last contacted', value: last }) };
  }
  const cadenceCell = cell('Follow up every (days)');
  const cadence = cadenceCell ? Number(cadenceCell) : null;
  if (cadence !== null && !(Number.isInteger(cadence) && cadence >= 1 && cadence <= 3660)) {
    return {
      error: problemText('unknownValue', { column: 'Follow up every (days)', value: cadenceCell }),
    };
  }
  const instant = (column: Column): string | null => {
    const value = orNull(column);
    return value !== null && Instant.safeParse(value).success ? value : null;
  };
  const rawUrl = cell('Profile URL');
  return {
    row: {
      row,
      fields: {
        name,
        firstName: cell('First name'),
        lastName: cell('Last name'),
        headline: orNull('Headline'),
        currentCompany: orNull('Company'),
        currentTitle: orNull('Title'),
        location: orNull('Location'),
        roles,
        sharedEmployers,
        warmth,
        reference,
        lastContactedAt: last,
        cadenceDays: cadence,
        tags: list(cell('Tags')),
        // Notes keep their line breaks and inner spaces; only the reader's trim applies.
        notes: unguard(record[table.columns.Notes ?? -1] ?? ''),
        // The export leaves a network connection's Relationship empty (contract 7).
        status: roles.length > 0 ? 'tracked' : 'network',
      },
      profileUrl: rawUrl ? canonicalProfileUrl(rawUrl) : null,
      createdAt: instant('Created'),
      updatedAt: instant('Updated'),
    },
  };
}

/**
 * Formerly's own Export CSV (contract 5), perhaps edited in a spreadsheet, read back into
 * what it says about each person. Never throws, whatever the text.
 */
export function parseFormerlyCsv(text: string): FormerlyCsvParse {
  const table = locateTable<Column>(text, {
    names: HEADER_NAMES,
    required: ['Name', 'Relationship', 'Follow up every (days)', 'Created'],
  });
  if (table === null)
    return { rows: [], errors: [{ row: 0, reason: problemText('notFormerlyCsv') }] };
  const result: FormerlyCsvParse = { rows: [], errors: [] };
  table.records.forEach((record, index) => {
    if (index <= table.headerIndex || isBlankRecord(record)) return;
    const rowNumber = index + 1;
    if (table.brokenRecords.has(index)) {
      result.errors.push({ row: rowNumber, reason: problemText('brokenQuotes') });
      return;
    }
    const outcome = readRow(table, record, rowNumber);
    if ('error' in outcome) result.errors.push({ row: rowNumber, reason: outcome.error });
    else result.rows.push(outcome.row);
  });
  return result;
}
