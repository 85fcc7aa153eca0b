import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveSettings } from '@/adapters/settings';
import background from '@/entrypoints/background';
import { saveProfile, updateContact } from '@/lib/contacts';
import { getDb } from '@/lib/db';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { profileOf, settings } from '../helpers';

const now = new Date(2026, 10, 23, 8, 30);

async function seedOverdue(): Promise<void> {
  const db = getDb();
  await db.contacts.clear();
  const contact = await saveProfile(
    db,
    { profile: profileOf(), roles: ['former-manager'], sharedEmployers: [] },
    settings,
    now,
  );
  await updateContact(db, contact.id, { lastContactedAt: '2025-01-01' }, now);
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

describe('the background entrypoint', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should recreate the hourly and midnight alarms on startup, without a digest by default', async () => {
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    const names = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(names).toEqual(['formerly/hourly', 'formerly/midnight']);
    const midnight = await fakeBrowser.alarms.get('formerly/midnight');
    expect(midnight?.scheduledTime).toBe(new Date(2026, 10, 24, 0, 0, 1).getTime());
  });

  it('should schedule the digest at the chosen hour once it is turned on', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, digestEnabled: true, digestHour: 9 });
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await settle();
    const digest = await fakeBrowser.alarms.get('formerly/digest');
    expect(digest?.scheduledTime).toBe(new Date(2026, 10, 23, 9, 0).getTime());
  });

  it('should show one digest notification with the count when the digest alarm fires', async () => {
    await seedOverdue();
    // The user granted the optional notifications permission when turning the digest on.
    Object.assign(fakeBrowser.permissions, { contains: vi.fn(() => Promise.resolve(true)) });
    await saveSettings({ ...DEFAULT_SETTINGS, digestEnabled: true, digestHour: 9 });
    background.main();
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'formerly/digest',
      scheduledTime: now.getTime(),
      persistAcrossSessions: true,
    });
    await settle();
    const shown = Object.values(fakeBrowser.notifications.getAllCreateOptions());
    expect(shown).toHaveLength(1);
    expect(shown[0]?.message).toMatch(/^1 follow-up due/);
  });

  it('should show the due count on the badge after an alarm', async () => {
    await seedOverdue();
    background.main();
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'formerly/hourly',
      scheduledTime: now.getTime(),
      persistAcrossSessions: true,
    });
    await settle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});
