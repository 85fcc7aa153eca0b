import type { Layer } from './layer';
import type { Education, Position, YearMonth } from './schema';
import { JSON_LD } from './selectors';
import { realPhoto } from './photo';
import { cleanText } from './text';
import { companyUrlOf, profileSlug } from './url';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): Json[] {
  return (Array.isArray(value) ? value : [value]).filter(isObject);
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? cleanText(value) : null;
}

/** `"2021-04"`, `"2012"` or `2012` → a year and month. */
function yearMonth(value: unknown): YearMonth | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const match = /^(\d{4})(?:-(\d{1,2}))?/.exec(String(value));
  if (match === null) return null;
  const month = match[2] === undefined ? null : Number(match[2]);
  return {
    year: Number(match[1]),
    month: month !== null && month >= 1 && month <= 12 ? month : null,
  };
}

/** Top-level Persons of each JSON-LD block (or its @graph); nested authors never count. */
function topLevelPersons(doc: Document): Json[] {
  const persons: Json[] = [];
  for (const script of doc.querySelectorAll(JSON_LD)) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent);
    } catch {
      continue;
    }
    for (const block of list(data)) {
      const nodes = Array.isArray(block['@graph']) ? list(block['@graph']) : [block];
      persons.push(...nodes.filter((node) => node['@type'] === 'Person'));
    }
  }
  return persons;
}

/** The Person for the URL's member; one that names another profile is never taken. */
function pickPerson(persons: readonly Json[], slug: string): Json | undefined {
  const slugs = (person: Json): (string | null)[] =>
    [person.url, person.sameAs].filter((url) => typeof url === 'string').map(profileSlug);
  const matching = persons.find((person) => slugs(person).includes(slug));
  const only = persons.length === 1 ? persons[0] : undefined;
  return (
    matching ?? (only !== undefined && slugs(only).every((s) => s === null) ? only : undefined)
  );
}

/** worksFor entries are current; alumniOf entries are past even without an end date. */
function toPosition(org: Json, title: string | null, current: boolean): Position | null {
  const company = text(org.name);
  if (company === null) return null;
  const role = isObject(org.member) ? org.member : {};
  const end = current ? null : yearMonth(role.endDate);
  return {
    title,
    company,
    employmentType: null,
    start: yearMonth(role.startDate),
    end,
    isCurrent: current,
    durationText: null,
    location: text(org.location),
    workplaceType: null,
    companyUrl: typeof org.url === 'string' ? companyUrlOf(org.url) : null,
  };
}

function toSchool(org: Json): Education | null {
  const school = text(org.name);
  if (school === null) return null;
  const role = isObject(org.member) ? org.member : {};
  return {
    school,
    degree: null,
    startYear: yearMonth(role.startDate)?.year ?? null,
    endYear: yearMonth(role.endDate)?.year ?? null,
  };
}

/** The guest page's schema.org Person (en-public-guest); masked `***` values are missing. */
export function readJsonLd(doc: Document, slug: string): Layer {
  const person = pickPerson(topLevelPersons(doc), slug);
  if (person === undefined) return { source: 'jsonld' };
  const titles = [person.jobTitle].flat().filter((title) => typeof title === 'string');
  const employers = list(person.worksFor);
  const alumni = list(person.alumniOf);
  const current = employers.map((org, index) =>
    toPosition(org, employers.length === titles.length ? text(titles[index]) : null, true),
  );
  const past = alumni.filter((org) => org['@type'] !== 'EducationalOrganization');
  const schools = alumni.filter((org) => org['@type'] === 'EducationalOrganization');
  const address = isObject(person.address) ? person.address : {};
  const image = isObject(person.image) ? person.image : {};
  return {
    source: 'jsonld',
    name: text(person.name),
    location: text(address.addressLocality),
    photoUrl: realPhoto(text(image.contentUrl)),
    experience: [...current, ...past.map((org) => toPosition(org, null, false))].filter(
      (p) => p !== null,
    ),
    education: schools.map(toSchool).filter((school) => school !== null),
  };
}
