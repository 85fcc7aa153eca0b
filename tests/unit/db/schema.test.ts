import { describe, expect, it } from 'vitest';
import { newContact } from '@/lib/contact-new';
import { Contact } from '@/lib/model';
import { freshDb } from '../helpers';

/**
 * Every earlier schema version must have a seeded upgrade test in upgrade.test.ts. Adding a
 * `db.version(n)` without one makes this fail, so no upgrade ships untested.
 */
export const UPGRADE_TESTED_FROM: number[] = [1];

describe('FormerlyDb schema', () => {
  it('should have an upgrade test from every earlier version', () => {
    const db = freshDb();
    const earlier = Array.from({ length: db.verno - 1 }, (_, i) => i + 1);
    expect(UPGRADE_TESTED_FROM).toEqual(earlier);
  });

  it('should store and read back every field of a contact exactly', async () => {
    const db = freshDb();
    const expected = Contact.parse({
      ...newContact(
        { name: 'Ana María Ölund', profileUrl: 'https://www.linkedin.com/in/ana/' },
        new Date(2026, 1, 3),
      ),
      notes: 'Line one\r\nline two, "quoted"',
      tags: ['mentor', 'oslo'],
      sharedEmployers: [{ company: 'Acme', from: '2019-03', to: null, managedMe: true }],
      nextDueAt: '2026-05-01',
      overdueFrom: '2026-06-16',
    });
    await db.contacts.put(expected);
    expect(await db.contacts.get(expected.id)).toEqual(expected);
  });

  it('should refuse a second contact with the same profile URL', async () => {
    const db = freshDb();
    const url = 'https://www.linkedin.com/in/same/';
    await db.contacts.add(newContact({ name: 'A', profileUrl: url }, new Date()));
    await expect(
      db.contacts.add(newContact({ name: 'B', profileUrl: url }, new Date())),
    ).rejects.toThrow();
  });

  it('should allow many contacts without a profile URL', async () => {
    const db = freshDb();
    await db.contacts.bulkAdd([
      newContact({ name: 'A' }, new Date()),
      newContact({ name: 'B' }, new Date()),
    ]);
    expect(await db.contacts.count()).toBe(2);
  });
});
