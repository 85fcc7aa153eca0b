import { describe, expect, it } from 'vitest';
import { badgeText, badgeTitle, relativeDays, spanOf } from '@/lib/reminders';

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-1, ''],
    [1, '1'],
    [3, '3'],
    [99, '99'],
    [100, '99+'],
    [30000, '99+'],
  ])('should show %i as %j', (count, expected) => {
    const actual = badgeText(count);

    expect(actual).toBe(expected);
  });
});

describe('badgeTitle', () => {
  it.each([
    [0, 'No follow-ups due'],
    [1, '1 follow-up due'],
    [3, '3 follow-ups due'],
    [100, '100 follow-ups due'],
  ])('should describe %i as %j', (count, expected) => {
    const actual = badgeTitle(count);

    expect(actual).toBe(expected);
  });
});

describe('spanOf', () => {
  it.each([
    [1, '1 day'],
    [13, '13 days'],
    [14, '2 weeks'],
    [21, '3 weeks'],
    [60, '9 weeks'],
    [61, '2 months'],
    [120, '4 months'],
    [365, '12 months'],
    [729, '24 months'],
    [730, '1 year'],
    [1100, '3 years'],
    [-21, '3 weeks'],
  ])('should say %i days is %j', (days, expected) => {
    const actual = spanOf(days);

    expect(actual).toBe(expected);
  });
});

describe('relativeDays', () => {
  it.each([
    [0, 'today'],
    [-120, '4 months ago'],
    [21, 'in 3 weeks'],
  ])('should say %i days as %j', (days, expected) => {
    const actual = relativeDays(days);

    expect(actual).toBe(expected);
  });
});
