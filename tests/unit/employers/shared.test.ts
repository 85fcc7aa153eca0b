import { de } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import {
  findSharedEmployers,
  formatSharedEmployer,
  normalizeCompany,
  suggestRole,
  type SharedEmployerMatch,
} from '@/lib/employers';
import type { MyJob } from '@/lib/model';
import type { Position, YearMonth } from '@/lib/profile/schema';

const now = new Date(2026, 10, 23);

function position(
  company: string,
  start: YearMonth | null,
  end: YearMonth | null,
  title: string | null = 'Engineer',
): Position {
  return {
    title,
    company,
    employmentType: null,
    start,
    end,
    isCurrent: end === null,
    durationText: null,
    location: null,
    workplaceType: null,
  };
}

function job(
  company: string,
  from: string | null,
  to: string | null,
  title: string | null = 'Engineer',
): MyJob {
  return {
    id: company + String(from),
    company,
    companyKey: normalizeCompany(company),
    title,
    from,
    to,
    companyUrl: null,
  };
}

const ym = (year: number, month: number | null = null): YearMonth => ({ year, month });
const lines = (matches: SharedEmployerMatch[]): string[] =>
  matches.map((match) => formatSharedEmployer(match));

describe('findSharedEmployers', () => {
  it.each([
    [
      'overlapping months',
      position('Acme Inc.', ym(2019, 3), ym(2021, 6)),
      job('ACME', '2018-01', '2020-02'),
      'Acme Inc., Mar 2019 – Feb 2020',
    ],
    [
      'a single shared month',
      position('Acme', ym(2019, 3), ym(2019, 3)),
      job('Acme', '2019-03', '2019-12'),
      'Acme, Mar 2019 – Mar 2019',
    ],
    [
      'a year-only role of theirs',
      position('Acme', ym(2014), ym(2014)),
      job('Acme', '2014-06', '2015-02'),
      'Acme, Jun 2014 – Dec 2014',
    ],
    [
      'my year-only job',
      position('Acme', ym(2010, 4), ym(2011, 2)),
      job('Acme', '2010', '2010'),
      'Acme, Apr 2010 – Dec 2010',
    ],
    [
      'a year-only end meeting a year-only start',
      position('Acme', ym(2015, 6), ym(2018)),
      job('Acme', '2018', '2020-01'),
      'Acme, Jan 2018 – Dec 2018',
    ],
    [
      'both still there',
      position('Acme', ym(2022, 1), null),
      job('Acme', '2023-05', null),
      'Acme, since May 2023',
    ],
    [
      'their current role and my old one',
      position('Acme', ym(2022, 1), null),
      job('Acme', '2020-05', '2023-01'),
      'Acme, Jan 2022 – Jan 2023',
    ],
    [
      'my current job and their old role',
      position('Acme', ym(2020, 1), ym(2024, 9)),
      job('Acme', '2023-02', null),
      'Acme, Feb 2023 – Sep 2024',
    ],
    [
      'a year-only end this year, cut at the current month',
      position('Acme', ym(2025, 1), ym(2026)),
      job('Acme', '2026-03', null),
      'Acme, Mar 2026 – Nov 2026',
    ],
    [
      'an unknown start, counted as its end month',
      position('Acme', null, ym(2020, 6)),
      job('Acme', '2019-01', '2021-01'),
      'Acme, Jun 2020 – Jun 2020',
    ],
    [
      'a current role with no start, counted as this month',
      position('Acme', null, null),
      job('Acme', '2019-01', null),
      'Acme, since Nov 2026',
    ],
    [
      'names that differ only in form',
      position('The Acme Company, Inc.', ym(2019, 1), ym(2019, 12)),
      job('ACME', '2019-06', '2020-06'),
      'The Acme Company, Inc., Jun 2019 – Dec 2019',
    ],
  ])('should find %s', (_label, theirs, mine, expected) => {
    const actual = lines(findSharedEmployers([theirs], [mine], now));

    expect(actual).toEqual([expected]);
  });

  it.each([
    [
      'months that only touch',
      position('Acme', ym(2019, 3), ym(2020, 1)),
      job('Acme', '2020-02', '2021-01'),
    ],
    [
      'a year-only role the year before',
      position('Acme', ym(2017), ym(2017)),
      job('Acme', '2018-01', '2019-01'),
    ],
    [
      'another company',
      position('Acme', ym(2019, 3), ym(2021, 1)),
      job('Globex', '2019-02', '2021-01'),
    ],
    [
      'a past role without dates',
      { ...position('Acme', null, null), isCurrent: false },
      job('Acme', '2019-02', null),
    ],
    [
      'no dates at all on a current role',
      position('Acme', null, null),
      job('Acme', '2019-02', '2021-01'),
    ],
    [
      'an unknown start outside my time',
      position('Acme', null, ym(2018, 6)),
      job('Acme', '2019-01', null),
    ],
    [
      'an end before the start',
      position('Acme', ym(2021, 1), ym(2019, 1)),
      job('Acme', '2018-01', null),
    ],
  ])('should not find %s', (_label, theirs, mine) => {
    const actual = findSharedEmployers([theirs], [mine], now);

    expect(actual).toEqual([]);
  });

  it('should give one line per employer across several roles there', () => {
    const experience = [
      position('Acme', ym(2021, 1), ym(2022, 6), 'Director'),
      position('Acme', ym(2018, 1), ym(2020, 12), 'Manager'),
    ];
    const myJobs = [
      job('Acme', '2019-06', '2020-03'),
      job('Acme', '2020-04', '2021-08', 'Senior Engineer'),
    ];

    const actual = findSharedEmployers(experience, myJobs, now);

    expect(lines(actual)).toEqual(['Acme, Jun 2019 – Aug 2021']);
    expect(actual[0]).toMatchObject({ theirTitle: 'Director', myTitle: 'Senior Engineer' });
  });

  it('should list each shared employer in the profile’s order', () => {
    const experience = [
      position('Globex', ym(2022, 1), null),
      position('Initech', ym(2015, 1), ym(2016, 1)),
      position('Acme', ym(2018, 1), ym(2021, 12)),
    ];
    const myJobs = [job('Acme', '2019-01', '2020-01'), job('Globex Corp', '2024-01', null)];

    const actual = lines(findSharedEmployers(experience, myJobs, now));

    expect(actual).toEqual(['Globex, since Jan 2024', 'Acme, Jan 2019 – Jan 2020']);
  });

  it('should match by LinkedIn company URL when both sides have one', () => {
    const theirs = {
      ...position('Acme (Europe)', ym(2019, 1), ym(2020, 1)),
      companyUrl: 'https://www.linkedin.com/company/4242/',
    };
    const mine = {
      ...job('Acme Robotics', '2019-01', '2019-06'),
      companyUrl: 'urn:li:company:4242',
    };

    const actual = findSharedEmployers([theirs], [mine], now);

    expect(actual).toHaveLength(1);
    expect(actual[0]?.company).toBe('Acme (Europe)');
  });

  it.each([
    [
      'different ids, same name',
      'https://www.linkedin.com/company/1/',
      'https://www.linkedin.com/company/2/',
      0,
    ],
    [
      'an id against a slug',
      'https://www.linkedin.com/company/1/',
      'https://www.linkedin.com/company/acme/',
      1,
    ],
    ['only one side with a URL', 'https://www.linkedin.com/company/1/', null, 1],
  ])('should decide %s', (_label, theirUrl, myUrl, expected) => {
    const theirs = { ...position('Acme', ym(2019, 1), ym(2020, 1)), companyUrl: theirUrl };
    const mine = { ...job('Acme', '2019-01', '2019-06'), companyUrl: myUrl };

    const actual = findSharedEmployers([theirs], [mine], now);

    expect(actual).toHaveLength(expected);
  });

  it.each([
    ['Engineering Manager', 'Software Engineer', true],
    ['Software Engineer', 'Engineering Manager', false],
    ['Software Engineer', 'Software Engineer', false],
  ])('should say whether %s ranked above %s', (theirTitle, myTitle, expected) => {
    const [match] = findSharedEmployers(
      [position('Acme', ym(2019, 1), ym(2020, 1), theirTitle)],
      [job('Acme', '2019-01', '2020-01', myTitle)],
      now,
    );

    expect(match?.theirSeniorityHigher).toBe(expected);
  });
});

describe('formatSharedEmployer', () => {
  const match: SharedEmployerMatch = {
    company: 'Acme',
    companyKey: 'acme',
    from: '2019-03',
    to: '2021-06',
    theirTitle: null,
    myTitle: null,
    theirSeniorityHigher: false,
  };

  it.each([
    [match, undefined, 'Acme, Mar 2019 – Jun 2021'],
    [{ ...match, to: null }, undefined, 'Acme, since Mar 2019'],
    [{ ...match, from: '2019-12', to: '2020-01' }, undefined, 'Acme, Dec 2019 – Jan 2020'],
    [match, de, 'Acme, März 2019 – Juni 2021'],
  ])('should write %o as %s', (input, locale, expected) => {
    const actual = formatSharedEmployer(input, locale);

    expect(actual).toBe(expected);
  });
});

describe('suggestRole', () => {
  it.each([
    ['Engineering Manager', 'Software Engineer', 'former-manager'],
    ['VP Engineering', 'Software Engineer', 'skip-level-manager'],
    ['Senior Engineer', 'Software Engineer', 'colleague'],
    ['Software Engineer', 'Engineering Manager', 'colleague'],
    ['Teamleiterin', 'Entwickler', 'former-manager'],
    ['Leiterin Entwicklung', 'Entwickler', 'skip-level-manager'],
  ])('should suggest %s above %s → %s', (theirTitle, myTitle, expected) => {
    const [match] = findSharedEmployers(
      [position('Acme', ym(2019, 1), ym(2020, 1), theirTitle)],
      [job('Acme', '2019-01', '2020-01', myTitle)],
      now,
    );

    const actual = match && suggestRole(match);

    expect(actual).toBe(expected);
  });
});
