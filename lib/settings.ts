import { z } from 'zod';
import { CadenceSettings, DEFAULT_CADENCES } from './reminders';

/** Everything the user can set; stored in browser.storage.local through adapters/settings.ts. */
export const Settings = z.object({
  cadences: CadenceSettings,
  digestEnabled: z.boolean(),
  /** Local hour (0–23) of the optional daily digest notification. */
  digestHour: z.number().int().min(0).max(23),
  /** Download a backup once a week, the first time Formerly is opened that week. */
  weeklyBackup: z.boolean(),
  /** When the last weekly backup was saved (an ISO instant), or null. */
  lastWeeklyBackupAt: z.string().nullable(),
  myFirstName: z.string().max(100),
  /** The user's own LinkedIn profile, once they said "This is me" on it. */
  myProfileUrl: z.string().nullable(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  cadences: DEFAULT_CADENCES,
  digestEnabled: false,
  digestHour: 9,
  weeklyBackup: false,
  lastWeeklyBackupAt: null,
  myFirstName: '',
  myProfileUrl: null,
};

/** Stored settings, with defaults for anything missing or no longer valid. */
export function readSettings(stored: unknown): Settings {
  const parsed = Settings.partial().safeParse(stored);
  return parsed.success ? { ...DEFAULT_SETTINGS, ...parsed.data } : DEFAULT_SETTINGS;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Whether the weekly backup is due: switched on, and none saved in the last seven days. */
export function weeklyBackupDue(
  settings: Pick<Settings, 'weeklyBackup' | 'lastWeeklyBackupAt'>,
  now: Date,
): boolean {
  if (!settings.weeklyBackup) return false;
  if (settings.lastWeeklyBackupAt === null) return true;
  const last = Date.parse(settings.lastWeeklyBackupAt);
  // An unreadable or future date (a clock set back) is no reason to skip a backup for long.
  return Number.isNaN(last) || now.getTime() - last >= WEEK_MS || last > now.getTime();
}
