import { toInstant } from '@/lib/clock';
import { newContact, type NewContactFields } from '@/lib/contact-new';
import { detectJobChange } from '@/lib/contacts/job-change';
import { newId } from '@/lib/ids';
import type { Contact, ContactEvent } from '@/lib/model';
import type { ConnectionRow, RowIssue } from './connection-row';
import { ImportMatcher, type MatchKey } from './import-match';

export interface ImportCounts {
  new: number;
  updated: number;
  unchanged: number;
  errors: number;
}

export interface ImportPlan {
  counts: ImportCounts;
  /** Contacts to write, new and updated, in one bulkPut. */
  puts: Contact[];
  /** Job changes seen in the file, one per contact at most. */
  events: ContactEvent[];
  /** The rows left out (as given), so the preview can list them. */
  errors: RowIssue[];
}

function contactFromRow(row: ConnectionRow, now: Date): Contact {
  const fields: NewContactFields = {
    name: row.name,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    connectedOn: row.connectedOn,
    currentCompany: row.company,
    currentTitle: row.position,
    status: 'network',
  };
  // No `profileUrl: undefined` key: a backup of it must read back identical.
  if (row.profileUrl !== null) fields.profileUrl = row.profileUrl;
  return newContact(fields, now);
}

/**
 * What LinkedIn may refresh on a stored contact: the job (a cell the file leaves empty keeps
 * the stored one), plus e-mail, connection date and URL when Formerly has none. Never what
 * the user entered: roles, warmth, notes, tags, reference, cadence, status.
 */
function refreshFromRow(contact: Contact, row: ConnectionRow, now: Date): Contact {
  const next: Contact = { ...contact };
  next.currentCompany = row.company ?? contact.currentCompany;
  next.currentTitle = row.position ?? contact.currentTitle;
  next.snapshot = { title: next.currentTitle, company: next.currentCompany };
  if (!contact.email && row.email !== null) next.email = row.email;
  next.connectedOn = contact.connectedOn ?? row.connectedOn;
  if (contact.profileUrl === undefined && row.profileUrl !== null) next.profileUrl = row.profileUrl;
  if (JSON.stringify(next) === JSON.stringify(contact)) return contact;
  return { ...next, updatedAt: toInstant(now) };
}

function jobChangeEvent(before: Contact, row: ConnectionRow, now: Date): ContactEvent | null {
  const change = detectJobChange(
    { title: before.currentTitle, company: before.currentCompany },
    { title: row.position, company: row.company },
  );
  if (change === null) return null;
  const { from, to, detail } = change;
  return {
    id: newId(),
    contactId: before.id,
    at: toInstant(now),
    kind: 'job-change',
    detail,
    from,
    to,
  };
}

/** The last row about each person: a file that lists someone twice counts them once. */
function lastRowPerPerson(
  rows: readonly ConnectionRow[],
  existing: readonly Contact[],
): Map<MatchKey, ConnectionRow> {
  const matcher = new ImportMatcher(existing);
  const latest = new Map<MatchKey, ConnectionRow>();
  for (const row of rows) latest.set(matcher.match(row), row);
  return latest;
}

/**
 * What importing Connections.csv rows would write, without writing: new people become
 * network contacts, known ones get LinkedIn's fresher job details. A contact the user deleted
 * stays deleted (counted unchanged). `parseErrors` only feed the counts and the error list.
 */
export function planConnectionsImport(
  rows: readonly ConnectionRow[],
  existing: readonly Contact[],
  now: Date,
  parseErrors: readonly RowIssue[] = [],
): ImportPlan {
  const byId = new Map(existing.map((contact) => [contact.id, contact]));
  const plan: ImportPlan = {
    counts: { new: 0, updated: 0, unchanged: 0, errors: parseErrors.length },
    puts: [],
    events: [],
    errors: [...parseErrors],
  };
  for (const [key, row] of lastRowPerPerson(rows, existing)) {
    const stored = key.startsWith('contact:') ? byId.get(key.slice('contact:'.length)) : undefined;
    if (stored === undefined) {
      plan.counts.new += 1;
      plan.puts.push(contactFromRow(row, now));
      continue;
    }
    const next = stored.deletedAt === null ? refreshFromRow(stored, row, now) : stored;
    if (next === stored) {
      plan.counts.unchanged += 1;
      continue;
    }
    plan.counts.updated += 1;
    const event = jobChangeEvent(stored, row, now);
    plan.puts.push(event ? { ...next, jobChangedAt: event.at } : next);
    if (event) plan.events.push(event);
  }
  return plan;
}
