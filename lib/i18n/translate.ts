import type { GeneratedI18nStructure } from '#i18n';
import type { createI18n } from '@wxt-dev/i18n';

/**
 * The typed `t` of @wxt-dev/i18n over Formerly's catalogues (locales/*.yml). lib/ never reads
 * browser.i18n itself: the UI passes its `t` in (adapters/i18n.ts), tests pass one built from a
 * catalogue file.
 */
export type Translate = ReturnType<typeof createI18n<GeneratedI18nStructure>>['t'];

type Structure = GeneratedI18nStructure;

/** Keys whose message takes no count and no values: labels, headings, single words. */
export type PlainKey = {
  [K in keyof Structure]: Structure[K] extends { namedSubstitutions: readonly string[] }
    ? never
    : Structure[K] extends { plural: false; substitutions: 0 }
      ? K
      : never;
}[keyof Structure];

/** Keys whose message is a plural with the count as `$1` and no other values. */
export type CountKey = {
  [K in keyof Structure]: Structure[K] extends { namedSubstitutions: readonly string[] }
    ? never
    : Structure[K] extends { plural: true }
      ? K
      : never;
}[keyof Structure];
