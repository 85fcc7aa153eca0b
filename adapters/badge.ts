import { browser } from 'wxt/browser';
import type { BadgeResult } from '@/lib/messages';
import { badgeText, badgeTitle } from '@/lib/reminders';

const OVERDUE_RED = '#c62828';
const DUE_BLUE = '#1d4ed8';

/** Shows the due count on the action for every tab (no tabId: global, never per tab). */
export async function showBadge({ due, overdue }: BadgeResult): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: badgeText(due) }),
    browser.action.setBadgeBackgroundColor({ color: overdue > 0 ? OVERDUE_RED : DUE_BLUE }),
    browser.action.setTitle({ title: `Formerly — ${badgeTitle(due)}` }),
  ]);
}
