import { i18n } from '#i18n';
import type { Locale } from 'date-fns';
import { dateLocaleFor } from '@/lib/i18n/date-locale';
import { problemIn } from '@/lib/i18n/problems';
import type { PlainKey, Translate } from '@/lib/i18n/translate';

/**
 * Every text the UI shows comes from here: browser.i18n over locales/*.yml, typed by
 * @wxt-dev/i18n. The browser picks the catalogue from its UI language; English is the fallback.
 */
const remembered = new Map<string, string>();
const REMEMBER_AT_MOST = 2000;

/**
 * `i18n.t`, remembering what it said: once the extension is updated, an open LinkedIn tab's
 * card can no longer read the catalogue, and without this its next render would throw and the
 * card would go blank instead of saying what happened.
 */
export const t = ((...args: Parameters<Translate>): string => {
  const id = JSON.stringify(args);
  try {
    const text = (i18n.t as (...values: unknown[]) => string)(...args);
    if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
    remembered.set(id, text);
    return text;
  } catch (error) {
    const known = remembered.get(id);
    if (known === undefined) throw error;
    return known;
  }
}) as Translate;

let cachedLocale: Locale | undefined;

/** The date-fns locale of the catalogue in use, so dates read in the sentence's language. */
export function uiDateLocale(): Locale {
  cachedLocale ??= dateLocaleFor(t('meta.locale'));
  return cachedLocale;
}

const KNOWN_ERRORS: Partial<Record<string, PlainKey>> = {
  StorageFullError: 'errors.storageFull',
  DatabaseUnavailableError: 'errors.databaseUnavailable',
  ExtensionReloadedError: 'errors.extensionReloaded',
};

/**
 * What went wrong, in the user's language when Formerly knows the failure (by its error name,
 * or the code the background answered with); otherwise the error's own message, which is also
 * what is said when the catalogue cannot be read (an updated extension, never read ahead).
 */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return t('errors.generic');
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  const key = KNOWN_ERRORS[error.name] ?? KNOWN_ERRORS[code];
  if (key === undefined) return problemIn(error.message, t) || t('errors.generic');
  try {
    return t(key);
  } catch {
    return error.message;
  }
}

/**
 * Reads, while the extension is there, what must be said after it is gone: `t` remembers it,
 * so an open page's card can still say "reload the page" in its language after an update.
 */
export function readAhead(): void {
  try {
    t('errors.extensionReloaded');
  } catch {
    // A fake browser without a catalogue: the error's English message stands.
  }
}
