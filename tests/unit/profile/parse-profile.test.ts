import { describe, expect, it } from 'vitest';
import { parseProfile } from '@/lib/profile';
import { ProfileParse, type ProfileData } from '@/lib/profile/schema';
import { fixtureNames, readFixture, toDocument } from './load-fixture';

/** FORMAT.md's required and recommended fields, in its order. */
const TOP_FIELDS = [
  'isProfile',
  'name',
  'headline',
  'location',
  'currentTitle',
  'currentCompany',
  'profileUrl',
  'photoUrl',
  'experience',
  'experienceIsPartial',
  'education',
] as const;
const POSITION_FIELDS = [
  'title',
  'company',
  'employmentType',
  'start',
  'end',
  'isCurrent',
  'durationText',
  'location',
  'workplaceType',
] as const;
const EDUCATION_FIELDS = ['school', 'degree', 'startYear', 'endYear'] as const;

function pick(source: object, keys: readonly string[]): Record<string, unknown> {
  const record = source as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}

/** The parse reduced to the fields FORMAT.md defines, so it compares with an expected file. */
function formatView(parse: ProfileParse): Record<string, unknown> {
  if (!parse.isProfile) return { ...parse };
  return {
    ...pick(parse, TOP_FIELDS),
    experience: parse.experience.map((position) => pick(position, POSITION_FIELDS)),
    education: parse.education.map((school) => pick(school, EDUCATION_FIELDS)),
  };
}

const fixtures = fixtureNames().map((name) => {
  const fixture = readFixture(name);
  return { ...fixture, doc: toDocument(fixture.html) };
});
const profiles = fixtures.filter((fixture) => fixture.expected.isProfile === true);

function parseFixture(name: string): ProfileData {
  const fixture = fixtures.find((candidate) => candidate.name === name);
  if (fixture === undefined) throw new Error(`no fixture ${name}`);
  return parseProfile(fixture.doc, fixture.url) as ProfileData;
}

describe('parseProfile', () => {
  it('should have fixtures to read', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    'should read %s exactly as its expected file says',
    (_name, fixture) => {
      const actual = formatView(parseProfile(fixture.doc, fixture.url));

      expect(actual).toEqual(fixture.expected);
    },
  );

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    'should return a valid ProfileParse for %s',
    (_name, fixture) => {
      const actual = ProfileParse.safeParse(parseProfile(fixture.doc, fixture.url));

      expect(actual.error).toBeUndefined();
    },
  );

  it.each([
    ['en-classic-grouped', []],
    ['minimal-ghost', ['currentTitle', 'currentCompany', 'photoUrl', 'experience']],
    ['details-experience-subpage', ['headline', 'location', 'photoUrl', 'education']],
    [
      'not-rendered-yet',
      [
        'name',
        'headline',
        'location',
        'currentTitle',
        'currentCompany',
        'photoUrl',
        'experience',
        'education',
      ],
    ],
  ])('should list what %s lacks as missing', (name, expected) => {
    const actual = parseFixture(name);

    expect(actual.missing).toEqual(expected);
  });

  it.each(profiles.map((fixture) => [fixture.name, fixture] as const))(
    'should name the layer that gave each field of %s',
    (_name, fixture) => {
      const actual = parseProfile(fixture.doc, fixture.url) as ProfileData;
      const given = (
        ['name', 'headline', 'location', 'photoUrl', 'currentCompany'] as const
      ).filter((field) => actual[field] !== null && actual[field] !== '');

      expect(Object.keys(actual.sources).sort()).toEqual(
        expect.arrayContaining([...given, 'profileUrl']),
      );
      expect(actual.sources.profileUrl).toBe('url');
    },
  );

  it.each([
    ['en-voyager-json', 'voyager'],
    ['en-public-guest', 'jsonld'],
    ['en-hashed-2025', 'dom'],
  ])('should take the name of %s from the %s layer', (name, expected) => {
    const actual = parseFixture(name);

    expect(actual.sources.name).toBe(expected);
  });

  it.each([
    ['en-classic-grouped', '818737427'],
    ['en-voyager-json', 'urn:li:fsd_profile:ACoAAUtvDMz261D0d3V4czJmewX4gDKgDSS6jf5'],
    ['en-public-guest', null],
  ])('should read the member id of %s', (name, expected) => {
    const actual = parseFixture(name);

    expect(actual.memberId).toBe(expected);
  });

  it.each([
    ['en-classic-grouped', 0, 'https://www.linkedin.com/company/3295659/'],
    ['en-classic-grouped', 4, null],
    ['en-voyager-json', 2, 'https://www.linkedin.com/company/9116028/'],
    ['en-public-guest', 1, 'https://www.linkedin.com/company/bramblecove-community-hospital/'],
  ])('should give %s position %i the company link %s', (name, index, expected) => {
    const actual = parseFixture(name);

    expect(actual.experience[index]?.companyUrl).toBe(expected);
  });
});
