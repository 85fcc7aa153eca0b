import type { Translate } from '../i18n/translate';
import type { Interaction } from '../model';
import { calendarDate, plusMonths } from '../reminders';

/** Newest first; touches on the same day by when they were logged. */
function newestFirst(interactions: readonly Interaction[]): Interaction[] {
  return [...interactions].sort(
    (a, b) => b.at.localeCompare(a.at) || b.createdAt.localeCompare(a.createdAt),
  );
}

export type GiveAskWarning = 'all-asks' | 'no-give';

/**
 * Before an ask: a nudge to give first when the last three touches were all asks, or when
 * nothing was given in the last year (nothing logged at all counts as nothing given). Null
 * when asking is fine.
 */
export function giveAskWarning(
  interactions: readonly Interaction[],
  now: Date,
): GiveAskWarning | null {
  const touches = newestFirst(interactions);
  const lastThree = touches.slice(0, 3);
  if (lastThree.length === 3 && lastThree.every((touch) => touch.intent === 'ask')) {
    return 'all-asks';
  }
  const yearAgo = plusMonths(calendarDate(now), -12);
  const gaveRecently = touches.some((touch) => touch.intent === 'give' && touch.at >= yearAgo);
  return gaveRecently ? null : 'no-give';
}

/** The warning as the popup shows it, naming the person. */
export function giveAskText(warning: GiveAskWarning, name: string, t: Translate): string {
  return warning === 'all-asks' ? t('message.allAsks', { name }) : t('message.noGive', { name });
}
