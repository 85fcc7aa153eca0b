/**
 * Legal-form suffixes that say nothing about which company it is. Compared after punctuation
 * is gone, so "S.A." is "sa" and "L.L.C." is "llc".
 */
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'sarl',
  'as',
  'asa',
  'bv',
  'nv',
  'corp',
  'corporation',
  'co',
  'plc',
  'pty',
  'spa',
  'srl',
  'oy',
  'oyj',
  'ab',
  'kk',
  'lp',
  'llp',
  'se',
  'kg',
  'ug',
  'aps',
  'sl',
  'sro',
  'pte',
  'pvt',
  'company',
]);

/**
 * A company name reduced to what identifies it: case, accents, punctuation, a leading "The",
 * "&" versus "and" and trailing legal suffixes do not count. Letters of every script survive,
 * and a name that is nothing but a suffix ("AS") is kept rather than emptied.
 */
export function normalizeCompany(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/&/g, ' and ')
    .replace(/(\p{L})['’.](?=\p{L}\b)/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words.length > 1 && words[0] === 'the') words.shift();
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

/** LinkedIn's company id or slug from a company URL, for matching when both sides have one. */
export function companyIdFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const match = /linkedin\.com\/company\/([^/?#]+)/i.exec(url);
  return match?.[1] ? decodeURIComponent(match[1]).toLocaleLowerCase('en') : null;
}
