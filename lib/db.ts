import { Dexie, type EntityTable } from 'dexie';
import type { Contact, ContactEvent, Interaction, MyJob } from './model';
import { relationshipTier } from './reminders/priority';

export const DB_NAME = 'formerly';

/**
 * The schema lists indexed fields only. Every change is a new `version(n)` with an upgrader
 * and a test that seeds the older version (tests/unit/db-upgrade.test.ts).
 */
export class FormerlyDb extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  events!: EntityTable<ContactEvent, 'id'>;
  myJobs!: EntityTable<MyJob, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      // Each index costs on every write of 30,000 imported rows: only what a query uses.
      contacts: 'id, &profileUrl, *aliases, memberId, nextDueAt, overdueFrom, name',
      interactions: 'id, contactId, at',
      events: 'id, contactId, at',
      myJobs: 'id, companyKey',
    });
    // The popup's top follow-ups: tier by tier, most overdue first (lib/reminders/top-due.ts).
    this.version(2)
      .stores({
        contacts:
          'id, &profileUrl, *aliases, memberId, nextDueAt, overdueFrom, name, [dueTier+nextDueAt]',
      })
      .upgrade((tx) =>
        tx
          .table<Contact, string>('contacts')
          .where('nextDueAt')
          .aboveOrEqual('')
          .modify((contact) => {
            contact.dueTier = relationshipTier(contact);
          }),
      );
  }
}

/** Raised when IndexedDB refuses to open (e.g. Firefox private windows). */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super(
      'Formerly could not open its database in this browser profile. Private windows and some privacy settings block the storage it needs; use a normal window.',
      { cause },
    );
    this.name = 'DatabaseUnavailableError';
  }
}

/** Raised when the disk or the browser's quota is full; nothing was written. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super(
      'Your browser has no room left for Formerly’s data, so nothing was saved. Free some disk space or export a backup and remove old contacts.',
      { cause },
    );
    this.name = 'StorageFullError';
  }
}

let instance: FormerlyDb | undefined;

/** The singleton for the extension's own contexts; never opened from a content script. */
export function getDb(): FormerlyDb {
  instance ??= new FormerlyDb();
  return instance;
}

/** Translates IndexedDB failures into the errors the UI knows how to explain. */
export function explainDbError(error: unknown): Error {
  const name = error instanceof Error ? error.name : '';
  const inner: unknown = error instanceof Dexie.DexieError ? (error.inner as unknown) : undefined;
  const innerName = inner instanceof Error ? inner.name : '';
  if (name === 'QuotaExceededError' || innerName === 'QuotaExceededError') {
    return new StorageFullError(error);
  }
  if (name === 'OpenFailedError' || name === 'MissingAPIError' || name === 'InvalidStateError') {
    return new DatabaseUnavailableError(error);
  }
  return error instanceof Error ? error : new Error(String(error));
}
