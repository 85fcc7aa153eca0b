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
};

/**
 * What went wrong, in the user's language when Formerly knows the failure (by its error name,
 * or the code the background answered with); otherwise the error's own message.
 */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return t('errors.generic');
  if (error.name === 'ExtensionReloadedError') return reloadedText();
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  const key = KNOWN_ERRORS[error.name] ?? KNOWN_ERRORS[code];
  return key ? t(key) : problemIn(error.message, t) || t('errors.generic');
}

let reloaded: string | undefined;

/**
 * Once the extension is updated, an open page's content script can no longer read the
 * catalogue, so the sentence that says so is read while it still can (see readAhead).
 */
function reloadedText(): string {
  return reloaded || 'Formerly was updated — reload the page to keep using it.';
}

/** Reads, while the extension is there, what must be said after it is gone. */
export function readAhead(): void {
  try {
    reloaded = t('errors.extensionReloaded');
  } catch {
    // A fake browser without a catalogue: the English sentence stands.
  }
}
