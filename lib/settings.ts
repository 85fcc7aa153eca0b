import { z } from 'zod';
import { CadenceSettings, DEFAULT_CADENCES } from './reminders';

/** Everything the user can set; stored in browser.storage.local through adapters/settings.ts. */
export const Settings = z.object({
  cadences: CadenceSettings,
  digestEnabled: z.boolean(),
  /** Local hour (0–23) of the optional daily digest notification. */
  digestHour: z.number().int().min(0).max(23),
  weeklyBackup: z.boolean(),
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
  myFirstName: '',
  myProfileUrl: null,
};

/** Stored settings, with defaults for anything missing or no longer valid. */
export function readSettings(stored: unknown): Settings {
  const parsed = Settings.partial().safeParse(stored);
  return parsed.success ? { ...DEFAULT_SETTINGS, ...parsed.data } : DEFAULT_SETTINGS;
}
