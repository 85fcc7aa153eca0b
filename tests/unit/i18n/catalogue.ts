import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export type ChromeMessages = Record<string, { message: string }>;

/** A catalogue as the build writes it to `_locales/<lang>/messages.json`. */
export async function chromeMessages(language: Language): Promise<ChromeMessages> {
  const parsed = await parseMessagesFile(`locales/${language}.yml`);
  return generateChromeMessages(parsed);
}

/** What Chrome's getMessage does: case-insensitive names, `$1`…`$9`, `$$` for a dollar. */
function getMessageFrom(messages: ChromeMessages) {
  const byName = new Map(Object.entries(messages).map(([k, v]) => [k.toLowerCase(), v.message]));
  return (name: string, substitutions?: string | string[]): string => {
    const message = byName.get(name.toLowerCase());
    if (message === undefined) return '';
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
      which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
    );
  };
}

/**
 * fakeBrowser has no i18n: give it one that serves `language`'s catalogue, so the real
 * @wxt-dev/i18n `t` (and everything built on it) runs as in the browser.
 */
export async function useCatalogue(language: Language): Promise<void> {
  const getMessage = getMessageFrom(await chromeMessages(language));
  Object.defineProperty(fakeBrowser, 'i18n', {
    value: { getMessage, getUILanguage: () => language },
    configurable: true,
    writable: true,
  });
}
