import { beforeEach, describe, expect, it } from 'vitest';
import {
  changedFields,
  countDue,
  logTouch,
  quickTouch,
  saveProfile,
  snoozeContact,
  updateContact,
  deleteContact,
  ContactNotFoundError,
} from '@/lib/contacts';
import type { FormerlyDb } from '@/lib/db';
import { freshDb, profileOf, settings } from '../helpers';

const now = new Date(2026, 10, 23, 9, 0);

async function savedOverdue(db: FormerlyDb): Promise<string> {
  const contact = await saveProfile(
    db,
    { profile: profileOf(), roles: ['former-manager'], sharedEmployers: [] },
    settings,
    now,
  );
  await updateContact(db, contact.id, { lastContactedAt: '2025-06-01', cadenceDays: 90 }, now);
  return contact.id;
}

describe('due follow-ups', () => {
  let db: FormerlyDb;
  beforeEach(() => {
    db = freshDb();
  });

  it('should count a contact last contacted long ago as due and overdue', async () => {
    await savedOverdue(db);
    expect(await countDue(db, '2026-11-23')).toEqual({ due: 1, overdue: 1 });
  });

  it('should clear the count when a touch is logged', async () => {
    const id = await savedOverdue(db);
    const actual = await logTouch(db, id, quickTouch(now), now);
    expect(actual.lastContactedAt).toBe('2026-11-23');
    expect(actual.nextDueAt).toBe('2027-02-21');
    expect(await countDue(db, '2026-11-23')).toEqual({ due: 0, overdue: 0 });
    expect(await db.interactions.where('contactId').equals(id).count()).toBe(1);
  });

  it('should never move the last contact date back when an older touch is logged', async () => {
    const id = await savedOverdue(db);
    const actual = await logTouch(db, id, { ...quickTouch(now), at: '2024-01-01' }, now);
    expect(actual.lastContactedAt).toBe('2025-06-01');
  });

  it('should move a snoozed contact out of the due count until the snooze date', async () => {
    const id = await savedOverdue(db);
    const actual = await snoozeContact(db, id, '2026-11-30', now);
    expect(actual.nextDueAt).toBe('2026-11-30');
    expect(await countDue(db, '2026-11-23')).toEqual({ due: 0, overdue: 0 });
    expect((await countDue(db, '2026-11-30')).due).toBe(1);
  });

  it('should drop deleted and paused contacts from the due index', async () => {
    const id = await savedOverdue(db);
    await updateContact(db, id, { paused: true }, now);
    expect((await countDue(db, '2026-11-23')).due).toBe(0);
    await updateContact(db, id, { paused: false }, now);
    expect((await countDue(db, '2026-11-23')).due).toBe(1);
    await deleteContact(db, id, now);
    expect((await countDue(db, '2026-11-23')).due).toBe(0);
  });

  it('should refuse to change a contact that no longer exists', async () => {
    await expect(updateContact(db, 'missing', { notes: 'x' }, now)).rejects.toBeInstanceOf(
      ContactNotFoundError,
    );
  });
});

describe('updateContact with the contact the editor showed', () => {
  it('should refuse an edit of a field that changed elsewhere meanwhile, naming it', async () => {
    const db = freshDb();
    const id = await savedOverdue(db);
    const shown = await db.contacts.get(id);
    if (!shown) throw new Error('setup');
    await logTouch(db, id, quickTouch(now), now);
    await expect(
      updateContact(db, id, { lastContactedAt: '2025-06-01', notes: 'x' }, now, shown),
    ).rejects.toThrow(/lastContactedAt/);
    expect((await db.contacts.get(id))?.lastContactedAt).toBe('2026-11-23');
  });

  it('should keep a change made elsewhere to another field', async () => {
    const db = freshDb();
    const id = await savedOverdue(db);
    const shown = await db.contacts.get(id);
    if (!shown) throw new Error('setup');
    await logTouch(db, id, quickTouch(now), now);
    const actual = await updateContact(db, id, { notes: 'Met at the offsite' }, now, shown);
    expect(actual).toMatchObject({ notes: 'Met at the offsite', lastContactedAt: '2026-11-23' });
  });
});

describe('changedFields', () => {
  it('should keep only the fields whose value differs', async () => {
    const db = freshDb();
    const id = await savedOverdue(db);
    const contact = await db.contacts.get(id);
    if (!contact) throw new Error('setup');
    const actual = changedFields(
      { notes: 'new', tags: [...contact.tags], cadenceDays: 90, warmth: 'warm' },
      contact,
    );
    expect(actual).toEqual({ notes: 'new', warmth: 'warm' });
  });
});
