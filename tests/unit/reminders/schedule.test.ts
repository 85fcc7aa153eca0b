import { describe, expect, it } from 'vitest';
import {
  computeNextDueAt,
  dueState,
  graceDays,
  plusDays,
  plusMonths,
  snoozeUntil,
  type SnoozeOption,
} from '@/lib/reminders';
import { localNoon, tracked } from './tracked';

describe('computeNextDueAt', () => {
  it.each([
    ['last contact + cadence', { lastContactedAt: '2026-01-01', cadenceDays: 90 }, '2026-04-01'],
    [
      'the local day it was saved + cadence',
      { lastContactedAt: null, cadenceDays: 10 },
      '2026-01-20',
    ],
    [
      'the local day of a late-evening save',
      {
        lastContactedAt: null,
        cadenceDays: 1,
        createdAt: new Date(2026, 0, 10, 23, 59).toISOString(),
      },
      '2026-01-11',
    ],
    [
      'the local day of an early-morning save',
      {
        lastContactedAt: null,
        cadenceDays: 1,
        createdAt: new Date(2026, 0, 10, 0, 1).toISOString(),
      },
      '2026-01-11',
    ],
    [
      'a later snooze',
      { lastContactedAt: '2026-01-01', cadenceDays: 10, snoozedUntil: '2026-02-01' },
      '2026-02-01',
    ],
    [
      'an earlier snooze is ignored',
      { lastContactedAt: '2026-01-01', cadenceDays: 90, snoozedUntil: '2026-02-01' },
      '2026-04-01',
    ],
    ['a month end', { lastContactedAt: '2026-01-31', cadenceDays: 30 }, '2026-03-02'],
    ['across a leap day', { lastContactedAt: '2028-02-28', cadenceDays: 2 }, '2028-03-01'],
    ['across a non-leap February', { lastContactedAt: '2027-02-28', cadenceDays: 1 }, '2027-03-01'],
    ['a whole leap year', { lastContactedAt: '2028-01-01', cadenceDays: 366 }, '2029-01-01'],
    ['across the year end', { lastContactedAt: '2026-12-20', cadenceDays: 14 }, '2027-01-03'],
    [
      'across the spring DST change (EU)',
      { lastContactedAt: '2026-03-28', cadenceDays: 2 },
      '2026-03-30',
    ],
    [
      'across the spring DST change (US)',
      { lastContactedAt: '2026-03-07', cadenceDays: 2 },
      '2026-03-09',
    ],
    [
      'across the autumn DST change',
      { lastContactedAt: '2026-10-24', cadenceDays: 2 },
      '2026-10-26',
    ],
    [
      'across Auckland’s DST change',
      { lastContactedAt: '2026-09-26', cadenceDays: 1 },
      '2026-09-27',
    ],
    ['paused', { paused: true }, undefined],
    ['network', { status: 'network' as const }, undefined],
    ['deleted', { deletedAt: '2026-01-02T00:00:00.000Z' }, undefined],
    ['no cadence', { cadenceDays: null }, undefined],
  ])('should use %s', (_label, fields, expected) => {
    const actual = computeNextDueAt(tracked(fields));

    expect(actual).toBe(expected);
  });
});

describe('graceDays', () => {
  it.each([
    [1, 1],
    [7, 4],
    [10, 5],
    [90, 45],
    [365, 183],
  ])('should give a %i-day cadence %i days of grace', (cadence, expected) => {
    const actual = graceDays(cadence);

    expect(actual).toBe(expected);
  });
});

describe('dueState', () => {
  const base = { lastContactedAt: '2026-01-01', cadenceDays: 10 };

  it.each([
    [new Date(2026, 0, 10, 23, 59), 'upcoming'],
    [new Date(2026, 0, 11, 0, 1), 'due'],
    [new Date(2026, 0, 16, 23, 0), 'due'],
    [new Date(2026, 0, 17, 0, 0), 'overdue'],
    [new Date(2027, 0, 1), 'overdue'],
  ])('should say %s is %s', (now, expected) => {
    const actual = dueState(tracked(base), now);

    expect(actual).toBe(expected);
  });

  it.each([
    [
      'an odd cadence rounds the grace up',
      { lastContactedAt: '2026-01-01', cadenceDays: 7 },
      new Date(2026, 0, 12),
      'due',
    ],
    [
      'an odd cadence, a day later',
      { lastContactedAt: '2026-01-01', cadenceDays: 7 },
      new Date(2026, 0, 13),
      'overdue',
    ],
    [
      'a snooze makes it upcoming again',
      { lastContactedAt: '2025-01-01', snoozedUntil: '2026-07-01' },
      new Date(2026, 5, 30),
      'upcoming',
    ],
    [
      'a snooze date is due',
      { lastContactedAt: '2025-01-01', snoozedUntil: '2026-07-01' },
      new Date(2026, 6, 1),
      'due',
    ],
    [
      'grace counts from the snooze',
      { lastContactedAt: '2025-01-01', snoozedUntil: '2026-07-01' },
      new Date(2026, 7, 16),
      'overdue',
    ],
    [
      'never contacted, saved long ago',
      { lastContactedAt: null },
      new Date(2026, 11, 1),
      'overdue',
    ],
    ['paused', { paused: true }, new Date(2026, 5, 1), 'paused'],
    [
      'paused and deleted',
      { paused: true, deletedAt: localNoon(2026, 2, 1) },
      new Date(2026, 5, 1),
      'not-tracked',
    ],
    ['network', { status: 'network' as const }, new Date(2026, 5, 1), 'not-tracked'],
    ['no cadence', { cadenceDays: null }, new Date(2026, 5, 1), 'not-tracked'],
  ])('should handle %s', (_label, fields, now, expected) => {
    const actual = dueState(tracked(fields), now);

    expect(actual).toBe(expected);
  });
});

describe('snoozeUntil', () => {
  it.each<[SnoozeOption, Date, string]>([
    ['1w', new Date(2026, 10, 23, 22, 0), '2026-11-30'],
    ['1w', new Date(2026, 11, 28, 0, 5), '2027-01-04'],
    ['1w', new Date(2026, 2, 26, 12), '2026-04-02'],
    ['1m', new Date(2026, 0, 31, 9, 0), '2026-02-28'],
    ['1m', new Date(2028, 0, 31, 9, 0), '2028-02-29'],
    ['1m', new Date(2026, 2, 31, 23, 30), '2026-04-30'],
    ['1m', new Date(2026, 11, 15), '2027-01-15'],
    [{ date: '2027-01-15' }, new Date(2026, 10, 23), '2027-01-15'],
  ])('should snooze %o from %s to %s', (option, now, expected) => {
    const actual = snoozeUntil(option, now);

    expect(actual).toBe(expected);
  });

  it('should bring a snoozed follow-up back on the snooze date, not a cadence later', () => {
    const now = new Date(2026, 10, 23, 9);
    const contact = tracked({
      lastContactedAt: '2026-06-01',
      snoozedUntil: snoozeUntil('1w', now),
    });

    const actual = computeNextDueAt(contact);

    expect(actual).toBe('2026-11-30');
  });
});

describe('plusMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-12-15', 1, '2027-01-15'],
  ])('should clamp %s + %i months to %s', (date, months, expected) => {
    const actual = plusMonths(date, months);

    expect(actual).toBe(expected);
  });
});

describe('plusDays', () => {
  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-11-01', 1, '2026-11-02'],
    ['2026-04-05', 1, '2026-04-06'],
    ['2026-01-01', -1, '2025-12-31'],
  ])('should add to %s %i day(s) → %s whatever the DST', (date, days, expected) => {
    const actual = plusDays(date, days);

    expect(actual).toBe(expected);
  });
});
