import type { Layer } from './layer';
import { readEntitySchools } from './dom-education';
import { readEntityPositions } from './dom-positions';
import { readPublicPositions, readPublicSchools } from './dom-public';
import { findSection, isPartialList } from './dom-sections';
import {
  findNameHeading,
  nameOf,
  readCurrentCompanyLabel,
  readHeadline,
  readLocation,
  readMemberId,
  readPhoto,
  topCardOf,
} from './dom-topcard';
import { ENTITY, MAIN } from './selectors';
import type { ProfileView } from './url';

/** Entity lists on the logged-in site; <time> cards on the guest page. */
function isGuestList(section: Element): boolean {
  return section.querySelector(ENTITY) === null && section.querySelector('time') !== null;
}

function readExperience(main: Element): Pick<Layer, 'experience' | 'experienceIsPartial'> {
  const section = findSection(main, 'experience');
  if (section === null) return {};
  const experience = isGuestList(section)
    ? readPublicPositions(section)
    : readEntityPositions(section);
  return { experience, experienceIsPartial: isPartialList(section) };
}

function readEducation(main: Element): Pick<Layer, 'education'> {
  const section = findSection(main, 'education');
  if (section === null) return {};
  return {
    education: isGuestList(section) ? readPublicSchools(section) : readEntitySchools(section),
  };
}

function readTopCard(h1: Element, name: string): Layer {
  const card = topCardOf(h1);
  const photo = readPhoto(card, name);
  return {
    source: 'dom',
    headline: readHeadline(card, h1),
    location: readLocation(card),
    photoUrl: photo.url,
    memberId: readMemberId(card),
    currentCompany: readCurrentCompanyLabel(card),
  };
}

/**
 * The rendered page. A details sub-page shows only the name and one list (FORMAT.md's
 * decision for details-experience-subpage), so nothing else is read there.
 */
export function readDom(doc: Document, view: ProfileView, slug: string): Layer {
  const main = doc.querySelector(MAIN) ?? doc.querySelector('body');
  if (main === null) return { source: 'dom' };
  // Other sub-pages (activity, skills…) may head with something else than the name.
  if (view === 'other') return { source: 'dom' };
  const h1 = findNameHeading(main, slug);
  const name = h1 === null ? null : nameOf(h1, slug);
  const layer: Layer = { source: 'dom', name };
  if (view === 'main' && h1 !== null) Object.assign(layer, readTopCard(h1, name ?? ''));
  if (view !== 'education') Object.assign(layer, readExperience(main));
  if (view !== 'experience') Object.assign(layer, readEducation(main));
  return layer;
}
