import { z } from 'zod';
import { normalizeCompany } from '@/lib/employers';
import { newId } from '@/lib/ids';
import { MonthDate, type MyJob } from '@/lib/model';
import type { RowIssue } from './connection-row';
import { cellReader, isBlankRecord, locateTable, type LocatedTable } from './locate-table';
import { parsePositionMonth } from './position-month';
import { problemText } from '../i18n/problems';

type PositionColumn = 'company' | 'title' | 'from' | 'to' | 'location' | 'description';

const HEADER_NAMES: Record<string, PositionColumn> = {
  'company name': 'company',
  company: 'company',
  title: 'title',
  'started on': 'from',
  'finished on': 'to',
  location: 'location',
  description: 'description',
};

/** Location and description are never matched on, so a long one is cut rather than refused. */
const LOCATION_LIMIT = 500;
const DESCRIPTION_LIMIT = 20_000;

/** One of the user's own jobs from LinkedIn's Positions.csv, as read and checked. */
export const PositionRow = z
  .object({
    /** The row number a spreadsheet shows for this record (1-based). */
    row: z.number().int().positive(),
    company: z.string().min(1, problemText('noCompany')).max(500, problemText('companyTooLong')),
    title: z.string().max(500, problemText('titleTooLong')).nullable(),
    from: MonthDate.nullable(),
    /** null: the current job (Finished On left empty). */
    to: MonthDate.nullable(),
    location: z.string().max(LOCATION_LIMIT).nullable(),
    description: z.string().max(DESCRIPTION_LIMIT).nullable(),
  })
  .refine(
    (job) => job.from === null || job.to === null || job.from.slice(0, 7) <= job.to.slice(0, 7),
    { message: 'Finished On is before Started On' },
  );
export type PositionRow = z.infer<typeof PositionRow>;

export interface PositionsParse {
  jobs: PositionRow[];
  errors: RowIssue[];
}

export const NOT_POSITIONS_FILE = problemText('notPositions');

function readMonth(raw: string, label: string): { month: MonthDate | null; error?: string } {
  if (raw === '') return { month: null };
  const month = parsePositionMonth(raw);
  return month === null
    ? { month, error: `${label} "${raw}" is not a month like Mar 2019` }
    : { month };
}

const optional = (text: string, limit: number): string | null =>
  text === '' ? null : text.slice(0, limit);

function readPosition(
  table: LocatedTable<PositionColumn>,
  record: readonly string[],
  row: number,
): PositionRow | string {
  const cell = cellReader(table, record);
  const from = readMonth(cell('from'), 'Started On');
  const to = readMonth(cell('to'), 'Finished On');
  const dateError = from.error ?? to.error;
  if (dateError !== undefined) return dateError;
  const parsed = PositionRow.safeParse({
    row,
    company: cell('company'),
    title: cell('title') || null,
    from: from.month,
    to: to.month,
    location: optional(cell('location'), LOCATION_LIMIT),
    description: optional(cell('description'), DESCRIPTION_LIMIT),
  });
  return parsed.success
    ? parsed.data
    : (parsed.error.issues[0]?.message ?? problemText('invalidRow'));
}

/** LinkedIn's Positions.csv as checked jobs plus the rows that failed, by spreadsheet row. */
export function parsePositionsCsv(text: string): PositionsParse {
  const table = locateTable<PositionColumn>(text, {
    names: HEADER_NAMES,
    required: ['company', 'title', 'from'],
  });
  if (table === null) return { jobs: [], errors: [{ row: 0, reason: NOT_POSITIONS_FILE }] };
  const result: PositionsParse = { jobs: [], errors: [] };
  table.records.forEach((record, index) => {
    if (index <= table.headerIndex || isBlankRecord(record)) return;
    const outcome = table.brokenRecords.has(index)
      ? problemText('brokenQuotes')
      : readPosition(table, record, index + 1);
    if (typeof outcome === 'string') result.errors.push({ row: index + 1, reason: outcome });
    else result.jobs.push(outcome);
  });
  return result;
}

/**
 * Which job a row is: the same employer (after normalisation) from the same start month. A
 * title edited since does not make it a new job; without a start, the title tells roles apart.
 */
function jobKey(job: Pick<MyJob, 'companyKey' | 'title' | 'from'>): string {
  const title = job.from === null ? (job.title ?? '').toLocaleLowerCase('en') : '';
  return JSON.stringify([job.companyKey, job.from, title]);
}

/**
 * The jobs to add to the user's work history: each row once, and none that is already there,
 * so importing the same file twice adds nothing.
 */
export function positionsToMyJobs(
  jobs: readonly Pick<PositionRow, 'company' | 'title' | 'from' | 'to'>[],
  existing: readonly MyJob[],
): { new: MyJob[]; unchanged: number } {
  const seen = new Set(existing.map(jobKey));
  const added: MyJob[] = [];
  let unchanged = 0;
  for (const job of jobs) {
    const myJob: MyJob = {
      id: newId(),
      company: job.company,
      companyKey: normalizeCompany(job.company),
      title: job.title,
      from: job.from,
      to: job.to,
      companyUrl: null,
    };
    const key = jobKey(myJob);
    if (seen.has(key)) {
      unchanged += 1;
      continue;
    }
    seen.add(key);
    added.push(myJob);
  }
  return { new: added, unchanged };
}
