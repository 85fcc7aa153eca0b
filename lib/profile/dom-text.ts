import { ENTITY_ATTRIBUTE, ENTITY_VALUE, SCREEN_READER_CLASS, SKIPPED_TAGS } from './selectors';
import { foldText, normalizeText } from './text';
import { RANGE_WORDS } from './vocab';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Extra elements a caller wants left out of a walk (nested roles, sub-lists). */
export type Skip = (element: Element) => boolean;

function isAriaHidden(element: Element): boolean {
  return element.getAttribute('aria-hidden') === 'true';
}

const SPOKEN_ONLY = new Set(RANGE_WORDS.map(foldText));

/** Words and numbers only: `Mar 2019 - Jan 2022` and `Mar 2019 to Jan 2022` read the same. */
function spokenKey(text: string): string {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !SPOKEN_ONLY.has(word))
    .join(' ');
}

function isScreenReaderOnly(element: Element): boolean {
  // The class attribute, not classList: building a token list per element is slow.
  if (SCREEN_READER_CLASS.test(element.getAttribute('class') ?? '')) return true;
  // Hashed classes: a screen-reader copy still follows its aria-hidden twin.
  const twin = element.previousElementSibling;
  return (
    twin !== null &&
    isAriaHidden(twin) &&
    spokenKey(twin.textContent) === spokenKey(element.textContent)
  );
}

function pushLine(lines: string[], raw: string | null): void {
  const line = normalizeText(raw ?? '');
  // Doubled text (a copy rendered next to the original) reads as one line.
  if (line !== '' && lines[lines.length - 1] !== line) lines.push(line);
}

function walk(node: Node, lines: string[], skip: Skip | undefined): void {
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT_NODE) {
      pushLine(lines, child.nodeValue);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    if (SKIPPED_TAGS.has(element.localName) || skip?.(element)) continue;
    if (isAriaHidden(element)) {
      // What the page shows; its visually-hidden twin is skipped below.
      pushLine(lines, element.textContent);
      continue;
    }
    if (isScreenReaderOnly(element)) continue;
    walk(element, lines, skip);
  }
}

/**
 * A badge: an element whose words come with a screen-reader version, such as the connection
 * degree ("2." / "Kontakt 2. Grades") or a verification mark. A name never needs one.
 */
export function isBadge(element: Element): boolean {
  for (const child of element.children) if (isScreenReaderOnly(child)) return true;
  return false;
}

/** The lines a sighted reader sees inside `root`, in document order. */
export function visibleLines(root: Element, skip?: Skip): string[] {
  const lines: string[] = [];
  walk(root, lines, skip);
  return lines;
}

/** The visible text of an element as one normalised string. */
export function visibleText(root: Element): string {
  return normalizeText(visibleLines(root).join(' '));
}

/** Text directly inside an element, not in its children. */
export function ownText(element: Element): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType === TEXT_NODE) text += child.nodeValue ?? '';
  }
  return normalizeText(text);
}

export function isEntity(element: Element): boolean {
  return element.getAttribute(ENTITY_ATTRIBUTE) === ENTITY_VALUE;
}

/** Header lines of an entity: its own lines, not those of nested roles or sub-lists. */
export function entityLines(entity: Element): string[] {
  return visibleLines(entity, (element) => element.localName === 'li' || isEntity(element));
}
