import { describe, expect, it } from 'vitest';
import type { Contact } from '@/lib/model';
import { comingUp, relativeSummary } from '@/lib/reminders';
import { localNoon, tracked } from './tracked';

const now = new Date(2026, 10, 23, 12);

describe('relativeSummary', () => {
  it.each<[Partial<Contact>, string]>([
    [
      { lastContactedAt: '2026-07-23', cadenceDays: 144 },
      'Saved · last contacted 4 months ago · next follow-up in 3 weeks',
    ],
    [
      { lastContactedAt: null, createdAt: localNoon(2026, 11, 23), cadenceDays: 90 },
      'Saved · not contacted yet · next follow-up in 3 months',
    ],
    [
      { lastContactedAt: '2026-11-23', cadenceDays: 7 },
      'Saved · last contacted today · next follow-up in 7 days',
    ],
    [
      { lastContactedAt: '2026-11-20', cadenceDays: 3 },
      'Saved · last contacted 3 days ago · follow-up due today',
    ],
    [
      { lastContactedAt: '2026-11-10', cadenceDays: 10 },
      'Saved · last contacted 13 days ago · follow-up due now',
    ],
    [
      { lastContactedAt: '2025-11-23', cadenceDays: 90 },
      'Saved · last contacted 12 months ago · follow-up overdue',
    ],
    [
      { lastContactedAt: '2026-12-01', cadenceDays: 90 },
      'Saved · last contacted today · next follow-up in 3 months',
    ],
    [
      { lastContactedAt: '2026-11-01', paused: true },
      'Saved · last contacted 3 weeks ago · reminders paused',
    ],
    [{ lastContactedAt: null, cadenceDays: null }, 'Saved · not contacted yet · no reminders'],
  ])('should summarise %o', (fields, expected) => {
    const actual = relativeSummary(tracked(fields), now);

    expect(actual).toBe(expected);
  });
});

describe('comingUp', () => {
  const contacts = [
    tracked({ name: 'Due today', lastContactedAt: '2026-08-25' }),
    tracked({ name: 'Tomorrow', lastContactedAt: '2026-08-26' }),
    tracked({ name: 'In 14 days', lastContactedAt: '2026-09-08' }),
    tracked({ name: 'In 15 days', lastContactedAt: '2026-09-09' }),
    tracked({ name: 'Snoozed', lastContactedAt: '2026-01-01', snoozedUntil: '2026-11-30' }),
    tracked({ name: 'Overdue', lastContactedAt: '2026-01-01' }),
    tracked({ name: 'Paused', lastContactedAt: '2026-08-26', paused: true }),
    tracked({ name: 'Network', lastContactedAt: '2026-08-26', status: 'network' }),
    tracked({ name: 'Deleted', lastContactedAt: '2026-08-26', deletedAt: localNoon(2026, 11, 1) }),
  ];

  it('should list tracked contacts due in the next 14 days, snoozed ones included, soonest first', () => {
    const actual = comingUp(contacts, now).map((c) => c.name);

    expect(actual).toEqual(['Tomorrow', 'Snoozed', 'In 14 days']);
  });

  it.each([
    [1, ['Tomorrow']],
    [30, ['Tomorrow', 'Snoozed', 'In 14 days', 'In 15 days']],
    [0, []],
  ])('should look %i days ahead', (days, expected) => {
    const actual = comingUp(contacts, now, days).map((c) => c.name);

    expect(actual).toEqual(expected);
  });
});
