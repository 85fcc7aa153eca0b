import { browser } from 'wxt/browser';
import { scheduleAlarms } from '@/adapters/alarms';
import { showBadge } from '@/adapters/badge';
import { DIGEST_NOTIFICATION, showDigest } from '@/adapters/notify';
import { loadSettings, updateSettings, watchSettings } from '@/adapters/settings';
import { type BackgroundDeps, handleMessage, refreshBadge } from '@/lib/background/handle-message';
import { ALARM_DIGEST, ALARM_MIDNIGHT } from '@/lib/background/schedule';
import { now } from '@/lib/clock';
import { getDb } from '@/lib/db';
import { purgeDeleted } from '@/lib/delete-all';

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

  const report = (what: string) => (error: unknown) => {
    console.error(`Formerly could not ${what}`, error);
  };
  const reschedule = (): void => {
    loadSettings()
      .then((settings) => scheduleAlarms(settings, now()))
      .catch(report('schedule its reminders'));
  };
  const refresh = (): Promise<void> =>
    refreshBadge(deps).then(() => undefined, report('update the badge'));

  browser.runtime.onInstalled.addListener(reschedule);
  browser.runtime.onStartup.addListener(reschedule);
  watchSettings(reschedule);

  browser.alarms.onAlarm.addListener((alarm) => {
    void refresh();
    if (alarm.name === ALARM_MIDNIGHT) {
      reschedule();
      purgeDeleted(deps.db, now()).catch(report('purge old deleted contacts'));
    }
    if (alarm.name === ALARM_DIGEST) {
      reschedule();
      refreshBadge(deps)
        .then(({ due }) => showDigest(due))
        .catch(report('show the daily digest'));
    }
  });

  // `notifications` is an optional permission: absent until the user turns the digest on.
  const notifications = browser.notifications as typeof browser.notifications | undefined;
  notifications?.onClicked.addListener((id) => {
    if (id === DIGEST_NOTIFICATION) void browser.runtime.openOptionsPage();
  });

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    // Only this extension's own pages and content scripts may ask anything of it.
    if (sender.id !== browser.runtime.id) return false;
    handleMessage(message, sender.id, browser.runtime.id, deps).then(
      (answer) => {
        if (answer) sendResponse(answer);
      },
      (error: unknown) => {
        sendResponse({ ok: false, code: 'internal', error: String(error) });
      },
    );
    return true;
  });

  void refresh();
});
