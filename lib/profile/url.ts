import type { PageType } from './schema';

export type LinkedInPage = 'profile' | PageType;

/** Which part of a profile the page shows: the whole profile or one "Show all" list. */
export type ProfileView = 'main' | 'experience' | 'education' | 'other';

const SECTION_ROOTS: Readonly<Record<string, PageType>> = {
  feed: 'feed',
  company: 'company',
  school: 'company',
  showcase: 'company',
  jobs: 'jobs',
  search: 'search',
  messaging: 'messaging',
};
/** `/in/<slug>/fr/`: LinkedIn's secondary-language profile versions. */
const LANGUAGE_SUFFIX = /^[a-z]{2}(?:[-_][a-z]{2})?$/i;

function isLinkedInHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

function linkedInPath(url: string): string[] | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!isLinkedInHost(parsed.hostname)) return null;
  return parsed.pathname.split('/').filter((segment) => segment !== '');
}

function decodeSlug(raw: string): string {
  try {
    return decodeURIComponent(raw).normalize('NFC').toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
}

/** What kind of LinkedIn page a URL shows; anything off linkedin.com is 'other'. */
export function pageTypeOf(url: string): LinkedInPage {
  const path = linkedInPath(url);
  if (path === null) return 'other';
  const [root, slug] = path;
  if (root === 'in') return slug === undefined ? 'other' : 'profile';
  return (root !== undefined ? SECTION_ROOTS[root] : undefined) ?? 'other';
}

/** The profile's slug, lower-cased and percent-decoded, or null when the URL is no profile. */
export function profileSlug(url: string): string | null {
  const path = linkedInPath(url);
  if (path?.[0] !== 'in' || path[1] === undefined) return null;
  return decodeSlug(path[1]);
}

/** The profile slug a link points to (relative links resolve on linkedin.com), or null. */
export function slugOfHref(href: string): string | null {
  try {
    return profileSlug(new URL(href, 'https://www.linkedin.com/').href);
  } catch {
    return null;
  }
}

/**
 * `https://www.linkedin.com/in/<slug>/` for any profile URL: country subdomain, language
 * suffix, sub-route (`/details/…`, `/overlay/…`), query and fragment dropped.
 */
export function canonicalProfileUrl(url: string): string | null {
  const slug = profileSlug(url);
  return slug === null ? null : `https://www.linkedin.com/in/${slug}/`;
}

/** `/in/x/details/experience/` shows only the experience list; overlays sit on the profile. */
export function profileView(url: string): ProfileView {
  const rest = (linkedInPath(url) ?? []).slice(2);
  const [first, second] = rest;
  if (first === undefined || first === 'overlay') return 'main';
  if (rest.length === 1 && LANGUAGE_SUFFIX.test(first)) return 'main';
  if (first === 'details' && second === 'experience') return 'experience';
  if (first === 'details' && second === 'education') return 'education';
  return 'other';
}

/** A company link as `https://www.linkedin.com/company/<id-or-slug>/`, or null for others. */
export function companyUrlOf(href: string | null | undefined): string | null {
  if (href === null || href === undefined || href === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(href, 'https://www.linkedin.com/');
  } catch {
    return null;
  }
  const path = parsed.pathname.split('/').filter((segment) => segment !== '');
  if (!isLinkedInHost(parsed.hostname) || path[0] !== 'company' || !path[1]) return null;
  return `https://www.linkedin.com/company/${decodeSlug(path[1])}/`;
}
