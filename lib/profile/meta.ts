import type { Layer } from './layer';
import { realPhoto } from './photo';
import { META_FIRST_NAME, META_IMAGE, META_LAST_NAME, META_TITLE } from './selectors';
import { cleanText } from './text';

function content(head: ParentNode, selector: string): string | null {
  return cleanText(head.querySelector(selector)?.getAttribute('content'));
}

/**
 * `(4) Name | LinkedIn`, `(2) Experience | Name | LinkedIn`, `Name - Company | LinkedIn`:
 * the name is the last part before "LinkedIn", without the guest page's ` - Company`.
 */
export function nameFromTitle(title: string | null): string | null {
  if (title === null) return null;
  const parts = title
    .replace(/^\(\d+\+?\)\s*/, '')
    .split(' | ')
    .map((part) => part.trim());
  if (parts.length < 2 || parts[parts.length - 1] !== 'LinkedIn') return null;
  return cleanText(parts[parts.length - 2]?.split(' - ')[0]);
}

/** Meta tags and the document title: the last resort for the name and photo. */
export function readMeta(doc: Document): Layer {
  // Meta tags live in <head>; searching only there keeps this cheap on a large page.
  const head: ParentNode = doc.querySelector('head') ?? doc;
  const first = content(head, META_FIRST_NAME);
  const last = content(head, META_LAST_NAME);
  const fromProfileTags = first === null ? null : [first, last].filter(Boolean).join(' ');
  return {
    source: 'meta',
    name: fromProfileTags ?? nameFromTitle(content(head, META_TITLE)) ?? nameFromTitle(doc.title),
    photoUrl: realPhoto(content(head, META_IMAGE)),
  };
}
