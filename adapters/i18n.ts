import { i18n } from '#i18n';
import type { Locale } from 'date-fns';
import { dateLocaleFor } from '@/lib/i18n/date-locale';
import type { PlainKey, Translate } from '@/lib/i18n/translate';

/**
 * Every text the UI shows comes from here: browser.i18n over locales/*.yml, typed by
 * @wxt-dev/i18n. The browser picks the catalogue from its UI language; English is the fallback.
 */
export const t: Translate = i18n.t;

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
 * or the code the background answered with); otherwise the error's own message.
 */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return t('errors.generic');
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  const key = KNOWN_ERRORS[error.name] ?? KNOWN_ERRORS[code];
  return key ? t(key) : error.message || t('errors.generic');
}
