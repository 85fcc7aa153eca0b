import type { FormerlyDb } from '../db';
import type { Contact } from '../model';

/**
 * The stored person behind a profile: by canonical URL, then by an older URL (alias), then by
 * LinkedIn's member id, which survives a change of slug. Deleted contacts are found too, so
 * saving them again brings them back instead of colliding with the unique URL index.
 */
export async function findContact(
  db: FormerlyDb,
  profileUrl: string,
  memberId: string | null,
): Promise<Contact | undefined> {
  const byUrl = await db.contacts.where('profileUrl').equals(profileUrl).first();
  if (byUrl) return byUrl;
  const byAlias = await db.contacts.where('aliases').equals(profileUrl).first();
  if (byAlias) return byAlias;
  if (memberId) return db.contacts.where('memberId').equals(memberId).first();
  return undefined;
}
