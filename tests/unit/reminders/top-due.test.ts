import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { readFollowUpCounts, readFollowUps } from '@/hooks/use-follow-ups';
import { withSchedule } from '@/lib/contacts';
import { ROLES, type Contact, type Role } from '@/lib/model';
import { MAX_TIER, plusDays, relationshipTier, sortByPriority, TopDue } from '@/lib/reminders';
import { freshDb } from '../helpers';
import { tracked } from './tracked';

const NOW = new Date(2027, 5, 15, 9);
const TODAY = '2027-06-15';

interface Drawn {
  name: string;
  warmth: Contact['warmth'];
  roles: Role[];
  reference: Contact['reference'];
  cadenceDays: number | null;
  lastContactedDaysAgo: number;
  jobChangedDaysAgo: number | null;
  snoozedDaysAhead: number | null;
  paused: boolean;
}

// Few names, dates and cadences, so equal scores (decided by name) are common.
const contactArb: fc.Arbitrary<Drawn> = fc.record({
  name: fc.constantFrom('Ada', 'Bo', 'Cleo', 'Dag', 'Ada'),
  warmth: fc.constantFrom<Contact['warmth']>('warm', 'neutral', 'strained', null),
  roles: fc.subarray([...ROLES], { maxLength: 3 }),
  reference: fc.constantFrom<Contact['reference']>('yes', 'maybe', 'no', 'unknown', null),
  cadenceDays: fc.constantFrom<number | null>(30, 90, 180, null),
  lastContactedDaysAgo: fc.oneof(fc.integer({ min: 0, max: 900 }), fc.constantFrom(30, 90, 500)),
  jobChangedDaysAgo: fc.option(fc.integer({ min: 0, max: 200 })),
  snoozedDaysAhead: fc.option(fc.integer({ min: -20, max: 20 })),
  paused: fc.boolean(),
});

// Crowded tiers: few relationship kinds, follow-ups late by days, many recent job changes, so
// a less overdue contact often outranks a more overdue one and scores often tie.
const crowdedArb: fc.Arbitrary<Drawn> = fc.record({
  name: fc.constantFrom('Ada', 'Bo', 'Cleo'),
  warmth: fc.constantFrom<Contact['warmth']>('warm', 'neutral'),
  roles: fc.constantFrom<Role[]>(['colleague'], ['former-manager']),
  reference: fc.constant<Contact['reference']>(null),
  cadenceDays: fc.constant<number | null>(30),
  lastContactedDaysAgo: fc.integer({ min: 30, max: 160 }),
  jobChangedDaysAgo: fc.option(fc.integer({ min: 0, max: 100 }), { freq: 2 }),
  snoozedDaysAhead: fc.constant<number | null>(null),
  paused: fc.constant(false),
});

function contactOf(drawn: Drawn, index: number): Contact {
  const jobChanged =
    drawn.jobChangedDaysAgo === null
      ? null
      : new Date(NOW.getTime() - drawn.jobChangedDaysAgo * 86_400_000).toISOString();
  return withSchedule(
    tracked({
      id: `c${String(index).padStart(3, '0')}`,
      name: drawn.name,
      warmth: drawn.warmth,
      roles: drawn.roles,
      reference: drawn.reference,
      cadenceDays: drawn.cadenceDays,
      lastContactedAt: plusDays(TODAY, -drawn.lastContactedDaysAgo),
      jobChangedAt: jobChanged,
      snoozedUntil:
        drawn.snoozedDaysAhead === null ? null : plusDays(TODAY, drawn.snoozedDaysAhead),
      paused: drawn.paused,
    }),
  );
}

describe('relationshipTier', () => {
  it('is a whole number from 0 to MAX_TIER, and 12 for a warm former boss who vouches', () => {
    fc.assert(
      fc.property(contactArb, (drawn) => {
        const tier = relationshipTier(contactOf(drawn, 0));
        expect(Number.isInteger(tier) && tier >= 0 && tier <= MAX_TIER).toBe(true);
      }),
    );
    expect(
      relationshipTier({
        warmth: 'warm',
        roles: ['colleague', 'former-manager'],
        reference: 'yes',
      }),
    ).toBe(MAX_TIER);
  });
});

describe('readFollowUps with a limit (the popup)', () => {
  it.each([
    ['any contacts', contactArb],
    ['crowded tiers', crowdedArb],
  ])(
    'returns exactly the first of the full priority order, and the counts (%s)',
    async (_, arb) => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(arb, { maxLength: 60 }),
          fc.constantFrom(1, 3, 10, 25),
          async (drawn, limit) => {
            const db = freshDb();
            const contacts = drawn.map(contactOf);
            await db.contacts.bulkPut(contacts);
            const top = await readFollowUps(db, NOW, limit);
            const all = await readFollowUps(db, NOW);
            const expected = sortByPriority(
              contacts.filter((c) => c.nextDueAt !== undefined && c.nextDueAt <= TODAY),
              NOW,
            );
            expect(all.due.map((f) => f.contact.id)).toEqual(expected.map((f) => f.contact.id));
            expect(top.due.map((f) => f.contact.id)).toEqual(
              expected.slice(0, limit).map((f) => f.contact.id),
            );
            const counts = await readFollowUpCounts(db, NOW);
            expect(counts.dueCount).toBe(expected.length);
            expect(top.comingUp.length).toBe(Math.min(counts.comingUpCount, 10));
            db.close();
          },
        ),
        { numRuns: 60 },
      );
    },
  );

  it('stops reading a tier early when the rest cannot outrank what it holds', async () => {
    const db = freshDb();
    // 200 equally placed colleagues, all due, each a day less overdue than the one before.
    const contacts = Array.from({ length: 200 }, (_, i) =>
      withSchedule(
        tracked({
          id: `c${String(i).padStart(3, '0')}`,
          name: `Colleague ${String(i).padStart(3, '0')}`,
          roles: ['colleague'],
          cadenceDays: 30,
          lastContactedAt: plusDays(TODAY, -(30 + 300 - i)),
        }),
      ),
    );
    await db.contacts.bulkPut(contacts);
    const offer = vi.spyOn(TopDue.prototype, 'offer');
    const top = await readFollowUps(db, NOW, 5);
    expect(top.due.map((f) => f.contact.name)).toEqual([
      'Colleague 000',
      'Colleague 001',
      'Colleague 002',
      'Colleague 003',
      'Colleague 004',
    ]);
    // Every row the cursor read was offered: 5 kept, then the job-change margin, not all 200.
    expect(offer.mock.calls.length).toBeGreaterThan(5);
    expect(offer.mock.calls.length).toBeLessThan(120);
    offer.mockRestore();
    db.close();
  });
});
