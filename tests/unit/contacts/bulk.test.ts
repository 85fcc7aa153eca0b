import { describe, expect, it } from 'vitest';
import { newContact } from '@/lib/contact-new';
import { bulkChange } from '@/lib/contacts';
import { freshDb } from '../helpers';

const now = new Date(2026, 10, 23, 9);

describe('bulkChange', () => {
  it.each([
    [
      { kind: 'cadence' as const, days: 30 },
      (c: { cadenceDays: number | null }) => c.cadenceDays,
      30,
    ],
    [{ kind: 'tag' as const, tag: 'oslo' }, (c: { tags: string[] }) => c.tags, ['oslo']],
    [
      { kind: 'delete' as const },
      (c: { deletedAt: string | null }) => c.deletedAt,
      now.toISOString(),
    ],
  ])('should apply %o to every selected contact and no other', async (change, read, expected) => {
    const db = freshDb();
    const [a, b, c] = ['A', 'B', 'C'].map((name) => newContact({ name }, now));
    if (!a || !b || !c) throw new Error('setup');
    await db.contacts.bulkAdd([a, b, c]);
    expect(await bulkChange(db, [a.id, b.id, 'gone'], change, now)).toBe(2);
    const stored = await db.contacts.bulkGet([a.id, b.id, c.id]);
    expect(stored.map((s) => (s ? read(s) : undefined))).toEqual([expected, expected, read(c)]);
  });
});
