import type { Locale } from 'date-fns';
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';

const LOCALES: Record<string, Locale> = { en: enUS, de, fr, es };

/**
 * The date-fns locale for a catalogue's language ("de", "fr-CA", …). Dates follow the catalogue
 * the browser chose, never the raw UI language, so a sentence and its dates share one language;
 * anything else gets English, the fallback catalogue.
 */
export function dateLocaleFor(language: string): Locale {
  const base = language.toLowerCase().split(/[-_]/)[0] ?? '';
  return LOCALES[base] ?? enUS;
}
