import { browser } from 'wxt/browser';
import type { BadgeResult } from '@/lib/messages';
import { badgeText, badgeTitle } from '@/lib/reminders';
import { t } from './i18n';

const OVERDUE_RED = '#c62828';
const DUE_BLUE = '#1d4ed8';

/**
 * "Formerly — 3 follow-ups due" in the user's language. A tooltip must never keep the count
 * off the badge: where the catalogue cannot be read (a fake browser), it stays English.
 */
function tooltip(due: number): string {
  try {
    return t('badge.tooltip', { status: t('badge.due', Math.max(due, 0)) });
  } catch {
    return `Formerly — ${badgeTitle(due)}`;
  }
}

/** Shows the due count on the action for every tab (no tabId: global, never per tab). */
export async function showBadge({ due, overdue }: BadgeResult): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: badgeText(due) }),
    browser.action.setBadgeBackgroundColor({ color: overdue > 0 ? OVERDUE_RED : DUE_BLUE }),
    browser.action.setTitle({ title: tooltip(due) }),
  ]);
}
