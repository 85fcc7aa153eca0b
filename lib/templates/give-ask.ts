import type { Interaction } from '../model';
import { calendarDate, plusMonths } from '../reminders';

const OFFER_FIRST =
  'consider offering something first, like congratulating them or sharing something useful';

/** Newest first; touches on the same day by when they were logged. */
function newestFirst(interactions: readonly Interaction[]): Interaction[] {
  return [...interactions].sort(
    (a, b) => b.at.localeCompare(a.at) || b.createdAt.localeCompare(a.createdAt),
  );
}

/**
 * Before an ask: a nudge to give first when the last three touches were all asks, or when
 * nothing was given in the last year (nothing logged at all counts as nothing given). Null
 * when asking is fine.
 */
export function giveAskWarning(
  interactions: readonly Interaction[],
  now: Date,
  firstName = 'them',
): string | null {
  const touches = newestFirst(interactions);
  const lastThree = touches.slice(0, 3);
  if (lastThree.length === 3 && lastThree.every((touch) => touch.intent === 'ask')) {
    return `Your last three touches with ${firstName} were all asks — ${OFFER_FIRST}.`;
  }
  const yearAgo = plusMonths(calendarDate(now), -12);
  const gaveRecently = touches.some((touch) => touch.intent === 'give' && touch.at >= yearAgo);
  if (!gaveRecently) {
    return `You haven't given ${firstName} anything in the last year — ${OFFER_FIRST}.`;
  }
  return null;
}
