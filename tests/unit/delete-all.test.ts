import { describe, expect, it } from 'vitest';
import { newContact } from '@/lib/contact-new';
import { deleteAllData, purgeDeleted } from '@/lib/delete-all';
import { freshDb } from './helpers';

const now = new Date('2026-11-23T12:00:00Z');

describe('purgeDeleted', () => {
  it('should purge only contacts deleted more than 30 days ago, with their touches', async () => {
    const db = freshDb();
    const old = { ...newContact({ name: 'Old' }, now), deletedAt: '2026-10-01T00:00:00.000Z' };
    const recent = {
      ...newContact({ name: 'Recent' }, now),
      deletedAt: '2026-11-20T00:00:00.000Z',
    };
    const alive = newContact({ name: 'Alive' }, now);
    await db.contacts.bulkAdd([old, recent, alive]);
    await db.interactions.add({
      id: 'i1',
      contactId: old.id,
      at: '2026-01-01',
      kind: 'call',
      intent: 'give',
      note: '',
      createdAt: now.toISOString(),
    });
    expect(await purgeDeleted(db, now)).toBe(1);
    expect((await db.contacts.toArray()).map((c) => c.name).sort()).toEqual(['Alive', 'Recent']);
    expect(await db.interactions.count()).toBe(0);
  });
});

describe('deleteAllData', () => {
  it('should leave every table empty', async () => {
    const db = freshDb();
    await db.contacts.add(newContact({ name: 'A' }, now));
    await db.myJobs.add({
      id: 'j',
      company: 'Acme',
      companyKey: 'acme',
      title: null,
      from: null,
      to: null,
      companyUrl: null,
    });
    await deleteAllData(db);
    expect([await db.contacts.count(), await db.myJobs.count()]).toEqual([0, 0]);
  });
});
