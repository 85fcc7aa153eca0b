import { browser } from 'wxt/browser';
import { showBadge } from '@/adapters/badge';
import { loadSettings, updateSettings } from '@/adapters/settings';
import { type BackgroundDeps, handleMessage, refreshBadge } from '@/lib/background/handle-message';
import { ALARM_HOURLY, ALARM_MIDNIGHT, nextLocalMidnight } from '@/lib/background/schedule';
import { now } from '@/lib/clock';
import { getDb } from '@/lib/db';

// The worker is stopped when idle: no state lives here. Alarms are recreated on every start
// and the badge is recomputed from the database on every alarm and after every write.
export default defineBackground(() => {
  const deps: BackgroundDeps = {
    db: getDb(),
    settings: loadSettings,
    updateSettings,
    now,
    showBadge,
  };

  const refresh = (): void => {
    refreshBadge(deps).catch((error: unknown) => {
      console.error('Formerly could not update the badge', error);
    });
  };

  const scheduleAlarms = (): void => {
    void browser.alarms.create(ALARM_HOURLY, { periodInMinutes: 60 });
    void browser.alarms.create(ALARM_MIDNIGHT, { when: nextLocalMidnight(now()) });
  };

  browser.runtime.onInstalled.addListener(scheduleAlarms);
  browser.runtime.onStartup.addListener(scheduleAlarms);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM_MIDNIGHT) scheduleAlarms();
    refresh();
  });

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    // Only this extension's own pages and content scripts may ask anything of it.
    if (sender.id !== browser.runtime.id) return false;
    const reply = handleMessage(message, sender.id, browser.runtime.id, deps);
    reply.then(
      (answer) => {
        if (answer) sendResponse(answer);
      },
      (error: unknown) => {
        sendResponse({ ok: false, code: 'internal', error: String(error) });
      },
    );
    return true;
  });

  refresh();
});
