import { toInstant } from '../clock';
import type { FormerlyDb } from '../db';
import type { Contact } from '../model';
import { withSchedule } from './schedule';

export type BulkChange =
  | { kind: 'cadence'; days: number }
  | { kind: 'tag'; tag: string }
  | { kind: 'delete' }
  | { kind: 'undelete' };

function apply(contact: Contact, change: BulkChange, stamp: string): Contact {
  switch (change.kind) {
    case 'cadence':
      return { ...contact, cadenceDays: change.days };
    case 'tag':
      return contact.tags.includes(change.tag)
        ? contact
        : { ...contact, tags: [...contact.tags, change.tag] };
    case 'delete':
      return { ...contact, deletedAt: stamp };
    case 'undelete':
      return { ...contact, deletedAt: null };
    default: {
      const impossible: never = change;
      throw new Error(`Unknown change ${JSON.stringify(impossible)}`);
    }
  }
}

/** Applies one change to many contacts in a single transaction; returns how many changed. */
export async function bulkChange(
  db: FormerlyDb,
  ids: string[],
  change: BulkChange,
  now: Date,
): Promise<number> {
  const stamp = toInstant(now);
  return db.transaction('rw', db.contacts, async () => {
    const stored = (await db.contacts.bulkGet(ids)).filter((c): c is Contact => c !== undefined);
    const changed = stored.map((c) =>
      withSchedule({ ...apply(c, change, stamp), updatedAt: stamp }),
    );
    await db.contacts.bulkPut(changed);
    return changed.length;
  });
}
