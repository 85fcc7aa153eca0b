import { isBadge, ownText, visibleLines, visibleText } from './dom-text';
import {
  CONTACT_INFO_LINK,
  DELAYED_SRC_ATTRIBUTE,
  ENTITY,
  HEADLINE_CANDIDATES,
  HEADLINE_TARGET,
  LABELLED_CONTROL,
  MEMBER_ID_ATTRIBUTE,
  PUBLIC_SUBLINE,
} from './selectors';
import { realPhoto } from './photo';
import { cleanText, foldText, normalizeText } from './text';
import { slugOfHref } from './url';
import { CURRENT_COMPANY_LABELS } from './vocab';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const NOT_HEADLINE = 'a, button, ul, li, [aria-hidden="true"]';
const NOT_NAME_HOLDERS = `aside, nav, header[role="banner"], ${ENTITY}`;

/** An h1 inside a link to someone else's profile (the viewer's menu) names someone else. */
function linksToOtherProfile(h1: Element, slug: string): boolean {
  const href = h1.closest('a[href]')?.getAttribute('href');
  const target = href == null ? null : slugOfHref(href);
  return target !== null && target !== slug;
}

/** The owner's name: the first h1 of the main content, never the nav, a card or the rail. */
export function findNameHeading(main: Element, slug: string): Element | null {
  for (const h1 of main.querySelectorAll('h1')) {
    if (h1.closest(NOT_NAME_HOLDERS) === null && !linksToOtherProfile(h1, slug)) return h1;
  }
  return null;
}

const NOT_NAME_TEXT = new Set(['nav', 'header', 'aside', 'section', 'ul', 'ol', 'li', 'h2', 'h3']);

/**
 * The heading's own words: nested blocks, badges (a degree inside the heading) and links to
 * other profiles are not part of a name.
 */
export function nameOf(h1: Element, slug: string): string | null {
  const lines = visibleLines(
    h1,
    (element) =>
      NOT_NAME_TEXT.has(element.localName) ||
      isBadge(element) ||
      (element.localName === 'a' && linksToOtherProfile(element, slug)),
  );
  return cleanText(lines.join(' '));
}

export function topCardOf(h1: Element): Element {
  return h1.closest('section') ?? h1.parentElement ?? h1;
}

/** The headline block: marked by LinkedIn, else the first text block after the name. */
export function readHeadline(card: Element, h1: Element): string | null {
  const marked = card.querySelector(HEADLINE_TARGET);
  if (marked !== null) return cleanText(visibleText(marked));
  for (const block of card.querySelectorAll(HEADLINE_CANDIDATES)) {
    if (!(h1.compareDocumentPosition(block) & FOLLOWING)) continue;
    if (block.closest(NOT_HEADLINE) !== null) continue;
    const text = block.localName === 'h2' ? visibleText(block) : ownText(block);
    if (text !== '') return cleanText(text);
  }
  return null;
}

/** The location is the text just before the "Contact info" link (or the guest subline). */
export function readLocation(card: Element): string | null {
  const link = card.querySelector(CONTACT_INFO_LINK);
  for (let node = link; node !== null && node !== card; node = node.parentElement) {
    const previous = node.previousElementSibling;
    if (previous === null) continue;
    // Stop at the first level with a neighbour: a list or a button block is not the location.
    if (previous.querySelector('a, button, img') !== null || previous.localName === 'ul') break;
    return cleanText(visibleText(previous));
  }
  const subline = card.querySelector(PUBLIC_SUBLINE);
  return subline === null ? null : cleanText(visibleLines(subline)[0]);
}

export interface TopCardPhoto {
  url: string | null;
  /** The card shows a placeholder avatar: the person has no photo. */
  ghost: boolean;
}

function photoSource(img: Element): string {
  return img.getAttribute('src') || img.getAttribute(DELAYED_SRC_ATTRIBUTE) || '';
}

function isOwnPhoto(img: Element, name: string): boolean {
  const label = normalizeText(img.getAttribute('alt') ?? img.getAttribute('title') ?? '');
  if (name !== '' && label === name) return true;
  return photoSource(img).includes('/profile-displayphoto') && img.closest('a') === null;
}

/** The owner's photo in the top card; mutual-connection faces and the background are not. */
export function readPhoto(card: Element, name: string): TopCardPhoto {
  for (const img of card.querySelectorAll('img')) {
    const src = photoSource(img);
    if (src.includes('displaybackgroundimage') || !isOwnPhoto(img, name)) continue;
    const url = /ghost/i.test(img.className) ? null : realPhoto(src);
    return { url, ghost: url === null };
  }
  return { url: null, ghost: false };
}

/** The company named by the top card's `Current company: X. Click…` control, if any. */
export function readCurrentCompanyLabel(card: Element): string | null {
  for (const control of card.querySelectorAll(LABELLED_CONTROL)) {
    const label = control.getAttribute('aria-label') ?? '';
    const colon = label.indexOf(':');
    if (colon < 0 || !CURRENT_COMPANY_LABELS.has(foldText(label.slice(0, colon)))) continue;
    return cleanText(visibleText(control)) ?? cleanText(label.slice(colon + 1).split('. ')[0]);
  }
  return null;
}

export function readMemberId(card: Element): string | null {
  const holder = card.hasAttribute(MEMBER_ID_ATTRIBUTE)
    ? card
    : card.querySelector(`[${MEMBER_ID_ATTRIBUTE}]`);
  return cleanText(holder?.getAttribute(MEMBER_ID_ATTRIBUTE));
}
