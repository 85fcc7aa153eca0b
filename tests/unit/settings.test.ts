import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, weeklyBackupDue } from '@/lib/settings';

const now = new Date('2026-11-23T09:00:00Z');
const daysAgo = (days: number): string => new Date(now.getTime() - days * 86_400_000).toISOString();

describe('weeklyBackupDue', () => {
  it.each([
    ['switched off', { weeklyBackup: false, lastWeeklyBackupAt: null }, false],
    ['on, never saved', { weeklyBackup: true, lastWeeklyBackupAt: null }, true],
    ['on, saved 6 days ago', { weeklyBackup: true, lastWeeklyBackupAt: daysAgo(6) }, false],
    ['on, saved 7 days ago', { weeklyBackup: true, lastWeeklyBackupAt: daysAgo(7) }, true],
    ['on, saved "in the future"', { weeklyBackup: true, lastWeeklyBackupAt: daysAgo(-3) }, true],
    ['on, an unreadable date', { weeklyBackup: true, lastWeeklyBackupAt: 'soon' }, true],
  ])('should say %s → %s', (_label, settings, expected) => {
    expect(weeklyBackupDue(settings, now)).toBe(expected);
  });

  it('should be off for settings stored before it existed', () => {
    const older = { ...DEFAULT_SETTINGS } as Partial<typeof DEFAULT_SETTINGS>;
    delete older.lastWeeklyBackupAt;
    expect(readSettings(older).lastWeeklyBackupAt).toBeNull();
    expect(weeklyBackupDue(readSettings(older), now)).toBe(false);
  });
});
