import { visibleText } from './dom-text';
import {
  EDUCATION_ANCHOR_ID,
  ENTITY,
  EXPERIENCE_ANCHOR_ID,
  HIDDEN_LIST_ITEM,
  SECTION_HEADING,
  SHOW_ALL_EXPERIENCE,
} from './selectors';
import { foldText } from './text';
import { EDUCATION_HEADINGS, EXPERIENCE_HEADINGS } from './vocab';

export type SectionKind = 'experience' | 'education';

const ANCHORS: Readonly<Record<SectionKind, string>> = {
  experience: EXPERIENCE_ANCHOR_ID,
  education: EDUCATION_ANCHOR_ID,
};
const HEADINGS: Readonly<Record<SectionKind, ReadonlySet<string>>> = {
  experience: EXPERIENCE_HEADINGS,
  education: EDUCATION_HEADINGS,
};

function sectionAround(marker: Element): Element | null {
  return marker.closest('section') ?? marker.parentElement;
}

/**
 * The card holding one profile section: by its anchor (`<div id="experience">`), else by an
 * h2 heading in any UI language. Right-rail cards (aside) never count, and About text that
 * merely says "Experience" is no heading (hostile-text).
 */
export function findSection(main: Element, kind: SectionKind): Element | null {
  const anchor = main.ownerDocument.getElementById(ANCHORS[kind]);
  if (anchor !== null && main.contains(anchor) && anchor.closest('aside') === null) {
    return sectionAround(anchor);
  }
  for (const heading of main.querySelectorAll(SECTION_HEADING)) {
    if (heading.closest('aside') !== null) continue;
    if (HEADINGS[kind].has(foldText(visibleText(heading)))) return sectionAround(heading);
  }
  return null;
}

/** Entities of a section that are not nested in another entity (grouped roles are nested). */
export function topEntities(section: Element): Element[] {
  // Sections never sit inside an entity, so any entity ancestor is a group header.
  return [...section.querySelectorAll(ENTITY)].filter(
    (entity) => (entity.parentElement?.closest(ENTITY) ?? null) === null,
  );
}

/** Entities directly nested in `entity`: the roles of a grouped company. */
export function childEntities(entity: Element): Element[] {
  return [...entity.querySelectorAll(ENTITY)].filter(
    (child) => child.parentElement?.closest(ENTITY) === entity,
  );
}

/** True when the page says the list goes on elsewhere: "Show all N", or a sign-in wall. */
export function isPartialList(section: Element): boolean {
  return (
    section.querySelector(SHOW_ALL_EXPERIENCE) !== null ||
    section.querySelector(HIDDEN_LIST_ITEM) !== null
  );
}
