import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NOT_POSITIONS_FILE,
  parsePositionsCsv,
  positionsToMyJobs,
  type PositionRow,
} from '@/lib/csv/positions';
import type { MyJob } from '@/lib/model';

const HEADER = 'Company Name,Title,Description,Location,Started On,Finished On';

/** The shared sample, embedded in case the fixtures have not been copied yet. */
const SAMPLE =
  `${HEADER}\n` +
  'Acme Robotics GmbH,Senior Software Engineer,"Led the motion-planning team; shipped v2, v3",Berlin,Mar 2019,\n' +
  'Kestrel Freight Inc.,Software Engineer,"Routing, pricing and ""smart"" dispatch","Austin, Texas",Jun 2016,Feb 2019\n' +
  'Northwind Analytics,Data Intern,,Remote,May 2015,Aug 2015\n';

function sampleText(): string {
  const path = resolve('tests/fixtures/csv/Positions.csv');
  return existsSync(path) ? readFileSync(path, 'utf8') : SAMPLE;
}

function row(fields: Partial<PositionRow>): PositionRow {
  return {
    row: 2,
    company: 'Acme',
    title: 'Engineer',
    from: '2019-03',
    to: null,
    location: null,
    description: null,
    ...fields,
  };
}

describe('parsePositionsCsv', () => {
  it('should read the Positions.csv sample, the current job without an end', () => {
    const actual = parsePositionsCsv(sampleText());

    expect(actual).toEqual({
      errors: [],
      jobs: [
        row({
          company: 'Acme Robotics GmbH',
          title: 'Senior Software Engineer',
          description: 'Led the motion-planning team; shipped v2, v3',
          location: 'Berlin',
        }),
        row({
          row: 3,
          company: 'Kestrel Freight Inc.',
          title: 'Software Engineer',
          description: 'Routing, pricing and "smart" dispatch',
          location: 'Austin, Texas',
          from: '2016-06',
          to: '2019-02',
        }),
        row({
          row: 4,
          company: 'Northwind Analytics',
          title: 'Data Intern',
          location: 'Remote',
          from: '2015-05',
          to: '2015-08',
        }),
      ],
    });
  });

  it.each([
    ['a BOM and CRLF', `\uFEFF${HEADER}\r\nAcme,Engineer,,,Mar 2019,\r\n`, row({})],
    [
      'a year-only start and end',
      `${HEADER}\nAcme,Engineer,,,2014,2016`,
      row({ from: '2014', to: '2016' }),
    ],
    [
      'a long month name',
      `${HEADER}\nAcme,Engineer,,,March 2019,December 2020`,
      row({ to: '2020-12' }),
    ],
    [
      'a quoted line break',
      `${HEADER}\n"Acme",Engineer,"Line one\nline two","Oslo, Norway",Mar 2019,`,
      row({ description: 'Line one\nline two', location: 'Oslo, Norway' }),
    ],
    ['no title', `${HEADER}\nAcme,,,,Mar 2019,`, row({ title: null })],
    [
      'columns in another order',
      'Title,Company Name,Started On,Finished On\nEngineer,Acme,Mar 2019,',
      row({}),
    ],
    ['a blank line after the rows', `${HEADER}\nAcme,Engineer,,,Mar 2019,\n\n,,,,,\n`, row({})],
    [
      'a start and end in one month',
      `${HEADER}\nAcme,Engineer,,,Mar 2019,Mar 2019`,
      row({ to: '2019-03' }),
    ],
  ])('should read %s', (_label, text, expected) => {
    const actual = parsePositionsCsv(text);

    expect(actual).toEqual({ jobs: [expected], errors: [] });
  });

  it.each([
    ['no company', `${HEADER}\r\n,Dev,,,Mar 2019,`, 'No company name'],
    ['an odd start', `${HEADER}\r\nAcme,Dev,,,spring 2019,`, 'Started On "spring 2019"'],
    ['an odd end', `${HEADER}\r\nAcme,Dev,,,Mar 2019,soon`, 'Finished On "soon"'],
    ['an end before the start', `${HEADER}\r\nAcme,Dev,,,Mar 2019,Jan 2018`, 'before Started On'],
    [
      'a year-only end before the start',
      `${HEADER}\r\nAcme,Dev,,,Mar 2019,2018`,
      'before Started On',
    ],
    ['an unclosed quote', `${HEADER}\r\nAcme,"Dev,,,Mar 2019,`, 'never closed'],
  ])('should report a row with %s by its row number', (_label, text, expectedReason) => {
    const actual = parsePositionsCsv(text);

    expect(actual).toEqual({
      jobs: [],
      errors: [{ row: 2, reason: expect.stringContaining(expectedReason) as unknown }],
    });
  });

  it('should keep the good rows when one is bad', () => {
    const text = `${HEADER}\nAcme,Dev,,,Mar 2019,\nGlobex,Dev,,,someday,\nInitech,Dev,,,2012,2013`;

    const actual = parsePositionsCsv(text);

    expect(actual.jobs.map((job) => job.company)).toEqual(['Acme', 'Initech']);
    expect(actual.errors.map((error) => error.row)).toEqual([3]);
  });

  it.each([
    [
      'Connections.csv',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nJo,Doe,,,Acme,Dev,1 Jan 2024',
    ],
    ['an unknown header', 'Employer,Role,From,To\nAcme,Dev,2019,2020'],
    ['an empty file', ''],
  ])('should reject %s with a clear message', (_label, text) => {
    const actual = parsePositionsCsv(text);

    expect(actual).toEqual({ jobs: [], errors: [{ row: 0, reason: NOT_POSITIONS_FILE }] });
  });
});

describe('positionsToMyJobs', () => {
  const existing: MyJob = {
    id: 'old',
    company: 'Acme Robotics GmbH',
    companyKey: 'acme robotics',
    title: 'Engineer',
    from: '2019-03',
    to: null,
    companyUrl: null,
  };

  it('should make a work-history job per row, with a normalised company key', () => {
    const actual = positionsToMyJobs(
      [row({ company: 'The Acme Company, Inc.', to: '2020-01' })],
      [],
    );

    expect(actual).toEqual({
      new: [
        {
          id: expect.any(String) as unknown,
          company: 'The Acme Company, Inc.',
          companyKey: 'acme',
          title: 'Engineer',
          from: '2019-03',
          to: '2020-01',
          companyUrl: null,
        },
      ],
      unchanged: 0,
    });
  });

  it.each([
    ['the same row', row({ company: 'Acme Robotics GmbH' }), 0],
    ['another spelling of the company', row({ company: 'ACME Robotics' }), 0],
    ['a title edited since', row({ company: 'Acme Robotics', title: 'Senior Engineer' }), 0],
    ['an end added since', row({ company: 'Acme Robotics', to: '2024-01' }), 0],
    ['another start at the same company', row({ company: 'Acme Robotics', from: '2021-01' }), 1],
    ['another company from the same month', row({ company: 'Globex' }), 1],
  ])('should treat %s as %i new', (_label, input, expected) => {
    const actual = positionsToMyJobs([input], [existing]);

    expect(actual.new).toHaveLength(expected);
    expect(actual.unchanged).toBe(1 - expected);
  });

  it('should add nothing the second time', () => {
    const rows = parsePositionsCsv(sampleText()).jobs;
    const first = positionsToMyJobs(rows, []);

    const actual = positionsToMyJobs(rows, first.new);

    expect(first.new).toHaveLength(3);
    expect(actual).toEqual({ new: [], unchanged: 3 });
  });

  it('should add a row repeated in one file once', () => {
    const actual = positionsToMyJobs([row({}), row({ row: 3 })], []);

    expect(actual.new).toHaveLength(1);
    expect(actual.unchanged).toBe(1);
  });

  it('should tell apart roles without a start by their title', () => {
    const actual = positionsToMyJobs(
      [row({ from: null, title: 'Engineer' }), row({ from: null, title: 'Manager' })],
      [],
    );

    expect(actual.new).toHaveLength(2);
  });
});
