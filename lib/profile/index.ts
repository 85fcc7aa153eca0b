import type { Layer } from './layer';
import type { ProfileParse } from './schema';
import { readDom } from './dom';
import { readJsonLd } from './jsonld';
import { mergeLayers } from './merge';
import { readMeta } from './meta';
import { canonicalProfileUrl, pageTypeOf, profileSlug, profileView } from './url';
import { readVoyager } from './voyager';

export { canonicalProfileUrl, pageTypeOf } from './url';
export type { LinkedInPage, ProfileView } from './url';

/**
 * Reads a LinkedIn page. Pure: only `doc` and `url` are used, so it runs on a happy-dom
 * Document in Node as well as in the content script. The URL decides whether this is a
 * profile at all; then JSON-LD, embedded Voyager JSON, the rendered page and the meta tags
 * are read separately and merged field by field (see merge.ts).
 */
export function parseProfile(doc: Document, url: string): ProfileParse {
  const pageType = pageTypeOf(url);
  const slug = profileSlug(url);
  const profileUrl = canonicalProfileUrl(url);
  if (pageType !== 'profile' || slug === null || profileUrl === null) {
    return { isProfile: false, pageType: pageType === 'profile' ? 'other' : pageType };
  }
  const layers: Layer[] = [
    readJsonLd(doc, slug),
    readVoyager(doc, slug),
    readDom(doc, profileView(url), slug),
  ];
  // The meta layer only ever fills in a name or a photo the others did not find.
  if (!layers.some((layer) => layer.name) || !layers.some((layer) => layer.photoUrl)) {
    layers.push(readMeta(doc));
  }
  return mergeLayers(layers, profileUrl);
}
