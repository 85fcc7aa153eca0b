import { newId } from '@/lib/ids';
import type { Contact, ContactEvent, Interaction, MyJob } from '@/lib/model';
import type { Backup } from './schema';

export interface RestorePlan {
  /** The backup's contacts not yet stored (the preview's `N new`). */
  new: number;
  /** Stored contacts the backup's version replaces. */
  replaced: number;
  /** Stored contacts the backup does not mention; left as they are. */
  kept: number;
  /** What to bulkPut, every field as in the backup; only ids may differ (see planRestore). */
  contacts: Contact[];
  interactions: Interaction[];
  events: ContactEvent[];
  myJobs: MyJob[];
}

/** Stored contacts by URL; a canonical URL wins over someone else's old alias. */
function indexByUrl(existing: readonly Contact[]): Map<string, Contact> {
  const byUrl = new Map<string, Contact>();
  for (const contact of existing) if (contact.profileUrl) byUrl.set(contact.profileUrl, contact);
  for (const contact of existing) {
    for (const alias of contact.aliases) if (!byUrl.has(alias)) byUrl.set(alias, contact);
  }
  return byUrl;
}

/** The stored id each backup contact takes: the matched contact's, its own, or a fresh one. */
function assignIds(
  backup: Backup,
  existing: readonly Contact[],
): { ids: Map<string, string>; replaced: number } {
  const byUrl = indexByUrl(existing);
  const byId = new Map(existing.map((contact) => [contact.id, contact]));
  const taken = new Set(byId.keys());
  const claimed = new Set<string>();
  const ids = new Map<string, string>();
  for (const contact of backup.contacts) {
    const match = contact.profileUrl ? byUrl.get(contact.profileUrl) : byId.get(contact.id);
    if (match && !claimed.has(match.id)) {
      claimed.add(match.id);
      ids.set(contact.id, match.id);
      continue;
    }
    // Someone else already has this id here (another browser made it): give a new one.
    const id = taken.has(contact.id) ? newId() : contact.id;
    taken.add(id);
    ids.set(contact.id, id);
  }
  return { ids, replaced: claimed.size };
}

function relink<T extends { contactId: string }>(
  records: readonly T[],
  ids: ReadonlyMap<string, string>,
): T[] {
  return records.map((record) => {
    const contactId = ids.get(record.contactId) ?? record.contactId;
    return contactId === record.contactId ? record : { ...record, contactId };
  });
}

/**
 * What restoring `backup` over the `existing` contacts writes (contract 7). Contacts match by
 * profile URL (by id when the backup's has none); the backup's version replaces the stored one
 * under the stored id, so interactions and events already linked to it stay linked, and the
 * backup's own interactions and events are relinked to match. Contacts the backup lacks are kept.
 */
export function planRestore(backup: Backup, existing: readonly Contact[]): RestorePlan {
  const { ids, replaced } = assignIds(backup, existing);
  return {
    new: backup.contacts.length - replaced,
    replaced,
    kept: existing.length - replaced,
    contacts: backup.contacts.map((contact) => {
      const id = ids.get(contact.id) ?? contact.id;
      return id === contact.id ? contact : { ...contact, id };
    }),
    interactions: relink(backup.interactions, ids),
    events: relink(backup.events, ids),
    myJobs: backup.myJobs,
  };
}
