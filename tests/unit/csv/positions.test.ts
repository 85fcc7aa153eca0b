import { describe, expect, it } from 'vitest';
import { parsePositionMonth } from '@/lib/csv/position-month';
import { NOT_POSITIONS_FILE, parsePositionsCsv, positionsToMyJobs } from '@/lib/csv/positions';
import { normalizeCompany } from '@/lib/employers';
import type { MyJob } from '@/lib/model';
import { readCsvFixture } from './fixtures';

const HEADER = 'Company Name,Title,Description,Location,Started On,Finished On';

describe('parsePositionsCsv', () => {
  it('should read the Positions.csv sample, the current job without an end', () => {
    const actual = parsePositionsCsv(readCsvFixture('Positions.csv'));

    expect(actual.errors).toEqual([]);
    expect(actual.jobs).toEqual([
      {
        row: 2,
        company: 'Acme Robotics GmbH',
        title: 'Senior Software Engineer',
        from: '2019-03',
        to: null,
        location: 'Berlin',
        description: 'Led the motion-planning team; shipped v2, v3',
      },
      {
        row: 3,
        company: 'Kestrel Freight Inc.',
        title: 'Software Engineer',
        from: '2016-06',
        to: '2019-02',
        location: 'Austin, Texas',
        description: 'Routing, pricing and "smart" dispatch',
      },
      {
        row: 4,
        company: 'Northwind Analytics',
        title: 'Data Intern',
        from: '2015-05',
        to: '2015-08',
        location: 'Remote',
        description: null,
      },
    ]);
  });

  it.each([
    ['no company', `${HEADER}\r\n,Dev,,,Mar 2019,`, 'No company name'],
    ['an odd start', `${HEADER}\r\nAcme,Dev,,,spring 2019,`, 'Started On "spring 2019"'],
    ['an end before the start', `${HEADER}\r\nAcme,Dev,,,Mar 2019,Jan 2018`, 'before Started On'],
  ])('should report a row with %s by its row number', (_, text, expectedReason) => {
    const actual = parsePositionsCsv(text);

    expect(actual).toEqual({
      jobs: [],
      errors: [{ row: 2, reason: expect.stringContaining(expectedReason) as unknown }],
    });
  });

  it('should reject a file that is not Positions.csv', () => {
    const actual = parsePositionsCsv(readCsvFixture('Connections.csv'));

    expect(actual).toEqual({ jobs: [], errors: [{ row: 0, reason: NOT_POSITIONS_FILE }] });
  });
});

describe('parsePositionMonth', () => {
  it.each([
    ['Mar 2019', '2019-03'],
    ['March 2019', '2019-03'],
    ['3/2019', '2019-03'],
    ['2019-03', '2019-03'],
    ['2019', '2019'],
    [' Sep  2020 ', '2020-09'],
    ['', null],
    ['Smarch 2019', null],
    ['13/2019', null],
  ])('should read %j as %j', (raw, expected) => {
    const actual = parsePositionMonth(raw);

    expect(actual).toBe(expected);
  });
});

describe('positionsToMyJobs', () => {
  const jobs = parsePositionsCsv(readCsvFixture('Positions.csv')).jobs;

  it('should make a work-history job per row, with a normalised company key', () => {
    const actual = positionsToMyJobs(jobs, []);

    expect(actual.unchanged).toBe(0);
    expect(actual.new[0]).toEqual({
      id: expect.any(String) as unknown,
      company: 'Acme Robotics GmbH',
      companyKey: normalizeCompany('Acme Robotics GmbH'),
      title: 'Senior Software Engineer',
      from: '2019-03',
      to: null,
      companyUrl: null,
    });
  });

  it('should add nothing the second time', () => {
    const existing: MyJob[] = positionsToMyJobs(jobs, []).new;

    const actual = positionsToMyJobs(jobs, existing);

    expect(actual).toEqual({ new: [], unchanged: 3 });
  });
});
