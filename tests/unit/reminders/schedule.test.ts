import { describe, expect, it } from 'vitest';
import { newContact } from '@/lib/contact-new';
import type { Contact } from '@/lib/model';
import {
  computeNextDueAt,
  defaultCadence,
  DEFAULT_CADENCES,
  dueState,
  snoozeUntil,
  plusMonths,
} from '@/lib/reminders';

function tracked(fields: Partial<Contact>): Contact {
  return {
    ...newContact({ name: 'Jane Doe' }, new Date(2026, 0, 10, 12)),
    status: 'tracked',
    cadenceDays: 90,
    ...fields,
  };
}

describe('computeNextDueAt', () => {
  it.each([
    ['last contact + cadence', { lastContactedAt: '2026-01-01', cadenceDays: 90 }, '2026-04-01'],
    [
      'saved day + cadence when never contacted',
      { lastContactedAt: null, cadenceDays: 10 },
      '2026-01-20',
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
    ['across a leap day', { lastContactedAt: '2028-02-28', cadenceDays: 2 }, '2028-03-01'],
    [
      'across the spring DST change',
      { lastContactedAt: '2026-03-28', cadenceDays: 2 },
      '2026-03-30',
    ],
    [
      'across the autumn DST change',
      { lastContactedAt: '2026-10-24', cadenceDays: 2 },
      '2026-10-26',
    ],
    ['paused', { paused: true }, undefined],
    ['network', { status: 'network' as const }, undefined],
    ['deleted', { deletedAt: '2026-01-02T00:00:00.000Z' }, undefined],
    ['no cadence', { cadenceDays: null }, undefined],
  ])('should use %s', (_label, fields, expected) => {
    expect(computeNextDueAt(tracked(fields))).toBe(expected);
  });
});

describe('dueState', () => {
  const base = { lastContactedAt: '2026-01-01', cadenceDays: 10 };
  it.each([
    [new Date(2026, 0, 10, 23, 59), 'upcoming'],
    [new Date(2026, 0, 11, 0, 1), 'due'],
    [new Date(2026, 0, 16, 23, 0), 'due'],
    [new Date(2026, 0, 17, 8, 0), 'overdue'],
  ])('should say %s is %s', (now, expected) => {
    expect(dueState(tracked(base), now)).toBe(expected);
  });

  it('should say paused and not-tracked for those', () => {
    expect(dueState(tracked({ paused: true }), new Date(2026, 5, 1))).toBe('paused');
    expect(dueState(tracked({ status: 'network' }), new Date(2026, 5, 1))).toBe('not-tracked');
  });
});

describe('snoozeUntil', () => {
  it.each([
    ['1w' as const, new Date(2026, 10, 23, 22, 0), '2026-11-30'],
    ['1m' as const, new Date(2026, 0, 31, 9, 0), '2026-02-28'],
    ['1m' as const, new Date(2028, 0, 31, 9, 0), '2028-02-29'],
    [{ date: '2027-01-15' }, new Date(2026, 10, 23), '2027-01-15'],
  ])('should snooze %o from %s to %s', (option, now, expected) => {
    expect(snoozeUntil(option, now)).toBe(expected);
  });
});

describe('plusMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
  ])('should clamp %s + %i months to %s', (date, months, expected) => {
    expect(plusMonths(date, months)).toBe(expected);
  });
});

describe('defaultCadence', () => {
  it.each([
    [['former-manager' as const], 'warm' as const, 90],
    [['former-manager' as const], 'neutral' as const, 120],
    [['colleague' as const, 'mentor' as const], 'neutral' as const, 120],
    [['colleague' as const], 'strained' as const, 365],
    [[], null, 180],
  ])('should give %o, %s → %i days', (roles, warmth, expected) => {
    expect(defaultCadence(roles, warmth, DEFAULT_CADENCES)).toBe(expected);
  });
});
