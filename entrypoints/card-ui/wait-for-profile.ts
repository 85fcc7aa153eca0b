import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseProfile } from '@/lib/profile';
import type { ProfileData } from '@/lib/profile/schema';

const POLL_MS = 250;
const GIVE_UP_MS = 10_000;
/** After in-app navigation the old person's DOM may linger; wait this long for a new name. */
const SAME_NAME_GRACE_MS = 2_500;

/**
 * Resolves with the profile once LinkedIn has rendered it, or null when the page never shows
 * one or `isCurrent()` turns false (the user moved on). After in-app navigation the previous
 * profile's DOM can stay on screen for a moment, so a parse that still names `previousName`
 * is not trusted until the grace period has passed.
 */
export function waitForProfile(
  ctx: ContentScriptContext,
  url: string,
  previousName: string | null,
  isCurrent: () => boolean,
): Promise<ProfileData | null> {
  const started = performance.now();
  return new Promise((resolve) => {
    const attempt = (): void => {
      if (!isCurrent() || ctx.isInvalid) {
        resolve(null);
        return;
      }
      const elapsed = performance.now() - started;
      const parse = parseProfile(document, url);
      if (parse.isProfile && parse.name !== '') {
        const stale = previousName !== null && parse.name === previousName;
        if (!stale || elapsed > SAME_NAME_GRACE_MS) {
          resolve(parse);
          return;
        }
      }
      if (!parse.isProfile || elapsed > GIVE_UP_MS) {
        resolve(parse.isProfile ? parse : null);
        return;
      }
      ctx.setTimeout(attempt, POLL_MS);
    };
    attempt();
  });
}
