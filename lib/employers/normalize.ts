/**
 * Legal-form suffixes that say nothing about which company it is. Compared after punctuation
 * is gone, so "S.A." is "sa", "L.L.C." is "llc" and "A/S" is "as".
 */
const LEGAL_SUFFIXES = new Set(
  (
    'inc incorporated llc ltd ltda limited gmbh mbh ag kg kgaa ohg ug ev sa sas sarl sca spa srl ' +
    'sl slu as asa aps ab oy oyj bv nv bvba sprl corp corporation co company plc pty pte pvt ' +
    'lp llp se kk gk sdn bhd kft zrt sro doo בעמ'
  ).split(' '),
);

/**
 * Japanese and Chinese legal forms, written without spaces before or after the name
 * ("トヨタ自動車株式会社", "株式会社 東京", "腾讯控股有限公司").
 */
const CJK_LEGAL_FORMS =
  /^(?:株式会社|有限会社|合同会社)\s*|\s*(?:株式会社|有限会社|合同会社|股份有限公司|有限责任公司|有限公司)$/gu;

/**
 * Accents on Latin, Greek and Cyrillic letters and Arabic and Hebrew vowel points. Other marks
 * (the kana voicing marks, Indic vowel signs) change which word it is, so they stay.
 */
const IGNORED_MARKS = /[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u064b-\u065f\u0670]/gu;

/**
 * Dots, apostrophes, slashes and Hebrew geresh inside a word or an abbreviation: "S.A.",
 * "Jerry's", "A/S", "בע״מ".
 */
const JOINERS = /(?<=[\p{L}\p{N}])['’./׳״](?=[\p{L}\p{N}])/gu;

function words(name: string): string[] {
  return name
    .toLocaleLowerCase('en')
    .normalize('NFKD')
    .replace(IGNORED_MARKS, '')
    .normalize('NFC')
    .replace(/&|\+/gu, ' and ')
    .replace(JOINERS, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** Drops trailing legal forms, and the "and" of "& Co.", but never the last word left. */
function dropLegalSuffixes(list: string[]): string[] {
  const kept = [...list];
  let dropped = false;
  for (;;) {
    const last = kept[kept.length - 1] ?? '';
    const isSuffix = LEGAL_SUFFIXES.has(last) || (dropped && last === 'and');
    if (kept.length <= 1 || !isSuffix) return kept;
    kept.pop();
    dropped = true;
  }
}

/**
 * A company name reduced to what identifies it: case, accents, punctuation, a leading "The",
 * "&" versus "and" and trailing legal suffixes do not count. Letters of every script survive,
 * and a name that is nothing but a suffix ("AS", "Company") is kept rather than emptied.
 */
export function normalizeCompany(name: string): string {
  const trimmed = name.trim();
  const withoutCjkForm = trimmed.replace(CJK_LEGAL_FORMS, '');
  const list = words(withoutCjkForm === '' ? trimmed : withoutCjkForm);
  if (list.length > 1 && list[0] === 'the') list.shift();
  return dropLegalSuffixes(list).join(' ');
}

/**
 * The name as written, minus a leading "The" and trailing legal forms, for use in a sentence:
 * "our Acme Robotics days" rather than "our The Acme Robotics GmbH days".
 */
export function shortCompanyName(name: string): string {
  const trimmed = name.trim();
  const withoutCjkForm = trimmed.replace(CJK_LEGAL_FORMS, '');
  const tokens = (withoutCjkForm === '' ? trimmed : withoutCjkForm).split(/\s+/u);
  if (tokens.length > 1 && tokens[0]?.toLocaleLowerCase('en') === 'the') tokens.shift();
  let dropped = false;
  for (;;) {
    const key = words(tokens[tokens.length - 1] ?? '').join('');
    const isSuffix = LEGAL_SUFFIXES.has(key) || (dropped && key === 'and');
    if (tokens.length <= 1 || !isSuffix) break;
    tokens.pop();
    dropped = true;
  }
  return tokens.join(' ').replace(/[\s,;–—-]+$/u, '');
}

/** Numeric company ids and slugs name the same company differently, so only like compares. */
export interface CompanyId {
  kind: 'id' | 'slug';
  value: string;
}

/**
 * LinkedIn's company from a company URL (`/company/1035/`, `/company/acme-robotics/`), an
 * URN (`urn:li:fsd_company:1035`) or a bare numeric id; null for anything else.
 */
export function companyIdFromUrl(url: string | null | undefined): string | null {
  return parseCompanyId(url)?.value ?? null;
}

export function parseCompanyId(url: string | null | undefined): CompanyId | null {
  const text = url?.trim() ?? '';
  const urn = /^urn:li:(?:fsd?_)?company:(\d+)$/iu.exec(text);
  const bare = /^\d+$/u.exec(text);
  const path = /linkedin\.com\/company\/([^/?#\s]+)/iu.exec(text);
  const raw = urn?.[1] ?? bare?.[0] ?? path?.[1];
  if (raw === undefined) return null;
  let value: string;
  try {
    value = decodeURIComponent(raw).toLocaleLowerCase('en');
  } catch {
    value = raw.toLocaleLowerCase('en');
  }
  return { kind: /^\d+$/u.test(value) ? 'id' : 'slug', value };
}
