/**
 * Text normalisation shared by every layer, following tests/fixtures/profiles/FORMAT.md:
 * NFC, no zero-width or bidi-control characters, one space for any whitespace run, trimmed.
 * U+200D (ZWJ) stays because emoji sequences need it.
 */
const INVISIBLE = /[\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const WHITESPACE = /\s+/g;
const MASKED = /^[*\s]+$/;
const DOT_SEPARATOR = /\s·\s/;

export function normalizeText(raw: string): string {
  return raw.replace(INVISIBLE, '').normalize('NFC').replace(WHITESPACE, ' ').trim();
}

/** Logged-out pages replace hidden values with runs of `*`; those are placeholders, not data. */
export function isMasked(text: string): boolean {
  return MASKED.test(text);
}

/** Normalised text, or null when it is empty or masked. */
export function cleanText(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const text = normalizeText(raw);
  return text === '' || isMasked(text) ? null : text;
}

/** Splits a LinkedIn meta line such as `Acme · Full-time` on its middle dots. */
export function splitDots(line: string): string[] {
  return line
    .split(DOT_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Lower-case, accents and trailing dots removed, curly apostrophes made straight: for lookups. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/\.+$/, '')
    .trim();
}
