import { toInstant } from '../clock';
import { newContact } from '../contact-new';
import { withSchedule } from '../contacts/schedule';
import { parseFormerlyCsv, type FormerlyRow } from '../csv/formerly-csv';
import { ImportMatcher, type MatchKey } from '../csv/import-match';
import type { RowIssue } from '../csv/connection-row';
import type { FormerlyDb } from '../db';
import { problemText } from '../i18n/problems';
import { Contact } from '../model';
import { putInChunks, readCsvImport, type PreparedImport } from './prepared';

export interface FormerlyCsvPlan {
  counts: { new: number; updated: number; unchanged: number; errors: number };
  puts: Contact[];
  errors: RowIssue[];
}

/** A new contact from a row: the file's own Created and Updated when it has them. */
function contactFromRow(row: FormerlyRow, now: Date): Contact {
  const contact = newContact(
    { ...row.fields, ...(row.profileUrl === null ? {} : { profileUrl: row.profileUrl }) },
    now,
  );
  return withSchedule({
    ...contact,
    snapshot: { title: row.fields.currentTitle, company: row.fields.currentCompany },
    createdAt: row.createdAt ?? contact.createdAt,
    updatedAt: row.updatedAt ?? contact.updatedAt,
  });
}

/**
 * The stored contact with what the file says: every column of the export, the file winning,
 * as when restoring a backup. What the CSV does not hold (touches, aliases, snooze, pause, the
 * job last seen) is kept.
 */
function updateFromRow(stored: Contact, row: FormerlyRow, now: Date): Contact {
  const next = withSchedule({
    ...stored,
    ...row.fields,
    ...(stored.profileUrl === undefined && row.profileUrl !== null
      ? { profileUrl: row.profileUrl }
      : {}),
  });
  // Compared in the schema's field order: the spread above may order keys differently.
  const same = Contact.safeParse(next);
  if (same.success && JSON.stringify(same.data) === JSON.stringify(Contact.parse(stored))) {
    return stored;
  }
  return { ...next, updatedAt: toInstant(now) };
}

/**
 * What importing Formerly's own CSV would write, without writing: rows match stored contacts
 * the way Connections.csv rows do (profile URL and aliases, else name and company); the last
 * row about a person wins; a deleted contact stays deleted.
 */
export function planFormerlyCsvImport(
  rows: readonly FormerlyRow[],
  existing: readonly Contact[],
  now: Date,
): FormerlyCsvPlan {
  const matcher = new ImportMatcher(existing);
  const latest = new Map<MatchKey, FormerlyRow>();
  for (const row of rows) {
    const key = matcher.match({
      name: row.fields.name,
      company: row.fields.currentCompany,
      profileUrl: row.profileUrl,
    });
    latest.set(key, row);
  }
  const byId = new Map(existing.map((contact) => [contact.id, contact]));
  const plan: FormerlyCsvPlan = {
    counts: { new: 0, updated: 0, unchanged: 0, errors: 0 },
    puts: [],
    errors: [],
  };
  for (const [key, row] of latest) {
    const stored = key.startsWith('contact:') ? byId.get(key.slice('contact:'.length)) : undefined;
    const next =
      stored === undefined
        ? contactFromRow(row, now)
        : stored.deletedAt === null
          ? updateFromRow(stored, row, now)
          : stored;
    if (next === stored) {
      plan.counts.unchanged += 1;
      continue;
    }
    const checked = Contact.safeParse(next);
    if (!checked.success) {
      plan.errors.push({
        row: row.row,
        reason: checked.error.issues[0]?.message ?? problemText('invalidRow'),
      });
      continue;
    }
    plan.counts[stored === undefined ? 'new' : 'updated'] += 1;
    plan.puts.push(checked.data);
  }
  plan.counts.errors = plan.errors.length;
  return plan;
}

/** Reads a CSV exported by Formerly (perhaps edited in a spreadsheet) and plans the import. */
export async function prepareFormerlyCsvImport(
  db: FormerlyDb,
  bytes: Uint8Array,
  now: Date,
): Promise<PreparedImport> {
  const { parsed, notes } = readCsvImport(bytes, parseFormerlyCsv, {
    empty: 'notFormerlyCsv',
    tooMany: 'tooManyContacts',
  });
  const plan = planFormerlyCsvImport(parsed.rows, await db.contacts.toArray(), now);
  return {
    title: 'Import Formerly CSV',
    counts: { ...plan.counts, errors: plan.errors.length + parsed.errors.length },
    errors: [...parsed.errors, ...plan.errors],
    notes,
    commit: async (onProgress) => {
      // Planned again inside the transaction, so an edit made while the preview was open is
      // never overwritten by a stale plan.
      const written = await db.transaction('rw', db.contacts, async () => {
        const fresh = planFormerlyCsvImport(parsed.rows, await db.contacts.toArray(), now);
        await putInChunks(db.contacts, fresh.puts, onProgress);
        return fresh.counts;
      });
      return { kind: 'connections', new: written.new, updated: written.updated };
    },
  };
}
