import { browser } from 'wxt/browser';
import { badgeTitle } from '@/lib/reminders';
import { t } from './i18n';

export const DIGEST_NOTIFICATION = 'formerly-digest';

/** "3 follow-ups due. Open the dashboard to see who." in the user's language. */
function digestText(due: number): string {
  try {
    return t('message.digest', { status: t('badge.due', due) });
  } catch {
    // Where the catalogue cannot be read (a fake browser), English rather than no digest.
    return `${badgeTitle(due)}. Open the dashboard to see who.`;
  }
}

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
    message: digestText(due),
  });
  return true;
}
