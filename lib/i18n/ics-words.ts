import type { IcsWords } from '../ics';
import { ROLE_KEYS } from './labels';
import type { Translate } from './translate';

/** The calendar file's words in the dashboard's language. */
export function icsWordsIn(t: Translate): IcsWords {
  return {
    followUpWith: (name) => t('ics.followUpWith', { name }),
    jobAt: (title, company) => t('ics.jobAt', { title, company }),
    lastContacted: (date) => t('ics.lastContacted', { date }),
    role: (role) => t(ROLE_KEYS[role]),
  };
}
