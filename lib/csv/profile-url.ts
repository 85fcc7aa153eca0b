const LINKEDIN_HOST = /^([a-z]{2,3}\.|www\.|m\.)?linkedin\.com$/;

function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    // A stray `%` that is not an escape: keep the slug as written rather than drop the person.
    return slug;
  }
}

/**
 * The canonical form of a LinkedIn profile address, `https://www.linkedin.com/in/<slug>/`
 * (slug lowercased and percent-decoded), or null when `raw` is not a profile address.
 * Country hosts (`de.linkedin.com`), `http`, a missing scheme, queries and trailing parts are
 * all the same profile.
 */
export function canonicalProfileUrl(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (!['http:', 'https:'].includes(url.protocol)) return null;
  if (!LINKEDIN_HOST.test(url.hostname.toLowerCase())) return null;
  const match = /^\/in\/([^/]+)/i.exec(url.pathname);
  const slug = match?.[1] ? decodeSlug(match[1]).trim().toLowerCase() : '';
  if (slug === '' || /[\s/?#]/.test(slug)) return null;
  return `https://www.linkedin.com/in/${slug}/`;
}
