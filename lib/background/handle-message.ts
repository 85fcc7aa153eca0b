import { toCalendarDate } from '../clock';
import { countDue, logTouch, saveProfile, updateContact } from '../contacts';
import { type FormerlyDb, explainDbError } from '../db';
import { type BadgeResult, type Reply, Request } from '../messages';
import type { Settings } from '../settings';
import { importOwnExperience } from '../work-history';
import { lookupProfile } from './lookup';
import { problemText } from '../i18n/problems';

export interface BackgroundDeps {
  db: FormerlyDb;
  settings: () => Promise<Settings>;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
  now: () => Date;
  /** Shows the figures on the toolbar badge. */
  showBadge: (figures: BadgeResult) => Promise<void>;
}

/** Recounts due follow-ups from the database and shows them; the worker holds no state. */
export async function refreshBadge(deps: BackgroundDeps): Promise<BadgeResult> {
  const figures = await countDue(deps.db, toCalendarDate(deps.now()));
  await deps.showBadge(figures);
  return figures;
}

async function run(request: Request, deps: BackgroundDeps): Promise<unknown> {
  const { db } = deps;
  const now = deps.now();
  switch (request.type) {
    case 'profile/lookup':
      return lookupProfile(db, request.profile, (await deps.settings()).myProfileUrl, now);
    case 'profile/thisIsMe': {
      const added = await importOwnExperience(db, request.profile.experience);
      await deps.updateSettings({ myProfileUrl: request.profile.profileUrl });
      return { added };
    }
    case 'profile/save':
      return { contact: await saveProfile(db, request.input, await deps.settings(), now) };
    case 'contact/update':
      return { contact: await updateContact(db, request.id, request.patch, now, request.base) };
    case 'contact/logTouch':
      return { contact: await logTouch(db, request.id, request.touch, now) };
    case 'badge/refresh':
      return refreshBadge(deps);
    default: {
      const impossible: never = request;
      throw new Error(`Unknown request ${JSON.stringify(impossible)}`);
    }
  }
}

const WRITES = new Set<Request['type']>(['profile/save', 'contact/update', 'contact/logTouch']);

/**
 * The background's single entry for messages. Anything not sent by this extension is ignored
 * (undefined: no answer); a malformed message or a failure gets an answer the UI can show.
 */
export async function handleMessage(
  message: unknown,
  senderId: string | undefined,
  ownId: string,
  deps: BackgroundDeps,
): Promise<Reply | undefined> {
  if (senderId !== ownId) return undefined;
  const parsed = Request.safeParse(message);
  if (!parsed.success) {
    return {
      ok: false,
      code: 'invalid',
      error: problemText('unknownMessage'),
    };
  }
  try {
    const data = await run(parsed.data, deps);
    if (WRITES.has(parsed.data.type) || parsed.data.type === 'profile/lookup') {
      await refreshBadge(deps);
    }
    return { ok: true, data };
  } catch (error) {
    const explained = explainDbError(error);
    return { ok: false, code: explained.name, error: explained.message };
  }
}
