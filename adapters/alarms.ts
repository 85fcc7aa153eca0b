import { browser } from 'wxt/browser';
import {
  ALARM_DIGEST,
  ALARM_HOURLY,
  ALARM_MIDNIGHT,
  nextDigestAt,
  nextLocalMidnight,
} from '@/lib/background/schedule';
import type { Settings } from '@/lib/settings';

/**
 * (Re)creates every alarm from the settings: hourly and local-midnight badge refreshes, and
 * the daily digest only when the user turned it on. Safe to call on every start.
 */
export async function scheduleAlarms(settings: Settings, now: Date): Promise<void> {
  await browser.alarms.create(ALARM_HOURLY, { periodInMinutes: 60 });
  await browser.alarms.create(ALARM_MIDNIGHT, { when: nextLocalMidnight(now) });
  if (settings.digestEnabled) {
    await browser.alarms.create(ALARM_DIGEST, { when: nextDigestAt(now, settings.digestHour) });
  } else {
    await browser.alarms.clear(ALARM_DIGEST);
  }
}
