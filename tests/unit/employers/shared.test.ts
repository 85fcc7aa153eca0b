import { describe, expect, it } from 'vitest';
import {
  findSharedEmployers,
  formatSharedEmployer,
  normalizeCompany,
  suggestRole,
} from '@/lib/employers';
import type { MyJob } from '@/lib/model';
import type { Position, YearMonth } from '@/lib/profile/schema';

const now = new Date(2026, 10, 23);

function position(
  company: string,
  start: YearMonth | null,
  end: YearMonth | null,
  title = 'Engineer',
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

function job(company: string, from: string | null, to: string | null, title = 'Engineer'): MyJob {
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
      'a year-only role',
      position('Acme', ym(2014), ym(2014)),
      job('Acme', '2014-06', '2015-02'),
      'Acme, Jun 2014 – Dec 2014',
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
      'my year-only job',
      position('Acme', ym(2010, 4), ym(2011, 2)),
      job('Acme', '2010', '2010'),
      'Acme, Apr 2010 – Dec 2010',
    ],
  ])('should find %s', (_label, theirs, mine, expected) => {
    const actual = findSharedEmployers([theirs], [mine], now).map(formatSharedEmployer);
    expect(actual).toEqual([expected]);
  });

  it.each([
    [
      'months that only touch',
      position('Acme', ym(2019, 3), ym(2020, 1)),
      job('Acme', '2020-02', '2021-01'),
    ],
    [
      'another company',
      position('Acme', ym(2019, 3), ym(2021, 1)),
      job('Globex', '2019-02', '2021-01'),
    ],
    ['no dates at all', position('Acme', null, null), job('Acme', '2019-02', '2021-01')],
  ])('should not find %s', (_label, theirs, mine) => {
    expect(findSharedEmployers([theirs], [mine], now)).toEqual([]);
  });

  it('should give one line per employer across several roles there', () => {
    const experience = [
      position('Acme', ym(2021, 1), ym(2022, 6), 'Director'),
      position('Acme', ym(2018, 1), ym(2020, 12), 'Manager'),
    ];
    const actual = findSharedEmployers(experience, [job('Acme', '2019-06', '2021-08')], now);
    expect(actual.map(formatSharedEmployer)).toEqual(['Acme, Jun 2019 – Aug 2021']);
    expect(actual[0]?.theirTitle).toBe('Director');
  });

  it('should match by LinkedIn company URL when both sides have one', () => {
    const theirs = {
      ...position('Acme (Europe)', ym(2019, 1), ym(2020, 1)),
      companyUrl: 'https://www.linkedin.com/company/4242/',
    };
    const mine = {
      ...job('Acme Robotics', '2019-01', '2019-06'),
      companyUrl: 'https://www.linkedin.com/company/4242/',
    };
    expect(findSharedEmployers([theirs], [mine], now)).toHaveLength(1);
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
    expect(match && suggestRole(match)).toBe(expected);
  });
});
