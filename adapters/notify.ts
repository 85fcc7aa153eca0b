import { browser } from 'wxt/browser';
import { badgeTitle } from '@/lib/reminders';

export const DIGEST_NOTIFICATION = 'formerly-digest';

/**
 * One notification with the count — never one per person. Shown only when the user granted
 * the optional notifications permission (asked when they turn the digest on).
 */
export async function showDigest(due: number): Promise<boolean> {
  if (due === 0) return false;
  const allowed = await browser.permissions.contains({ permissions: ['notifications'] });
  if (!allowed) return false;
  await browser.notifications.create(DIGEST_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Formerly',
    message: `${badgeTitle(due)}. Open the dashboard to see who.`,
  });
  return true;
}
