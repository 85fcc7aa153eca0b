import { describe, expect, it } from 'vitest';
import type { ConnectionRow } from '@/lib/csv/connection-row';
import { parseConnectionsCsv } from '@/lib/csv/connections';
import { planConnectionsImport } from '@/lib/csv/plan-import';
import { readCsvFixture } from './fixtures';
import { CREATED, makeContact, makeTracked, NOW } from './make-contact';

const STAMP = NOW.toISOString();
const url = (slug: string): string => `https://www.linkedin.com/in/${slug}/`;

function row(fields: Partial<ConnectionRow> & Pick<ConnectionRow, 'name'>): ConnectionRow {
  const [firstName = '', ...rest] = fields.name.split(' ');
  return {
    row: 2,
    firstName,
    lastName: rest.join(' '),
    profileUrl: null,
    email: null,
    company: null,
    position: null,
    connectedOn: null,
    ...fields,
  };
}

describe('planConnectionsImport', () => {
  it('should plan the whole Connections.csv sample as new network contacts', () => {
    const parsed = parseConnectionsCsv(readCsvFixture('Connections.csv'));

    const actual = planConnectionsImport(parsed.rows, [], NOW);

    expect(actual.counts).toEqual({ new: 9, updated: 0, unchanged: 0, errors: 0 });
    expect(actual.puts.every((contact) => contact.status === 'network')).toBe(true);
    expect(actual.events).toEqual([]);
  });

  it('should fill a new contact from the row', () => {
    const input = row({
      name: 'Wei Chen',
      profileUrl: url('wei-chen'),
      email: 'wei@mail.example',
      company: 'Acme',
      position: 'Staff Engineer',
      connectedOn: '2024-01-09',
    });

    const [actual] = planConnectionsImport([input], [], NOW).puts;

    expect(actual).toMatchObject({
      name: 'Wei Chen',
      firstName: 'Wei',
      lastName: 'Chen',
      profileUrl: url('wei-chen'),
      email: 'wei@mail.example',
      currentCompany: 'Acme',
      currentTitle: 'Staff Engineer',
      connectedOn: '2024-01-09',
      snapshot: { title: 'Staff Engineer', company: 'Acme' },
      status: 'network',
      roles: [],
      warmth: null,
      cadenceDays: null,
      createdAt: STAMP,
      updatedAt: STAMP,
      deletedAt: null,
    });
    expect(actual?.nextDueAt).toBeUndefined();
  });

  it('should leave out the profileUrl key when the row has no URL', () => {
    const [actual] = planConnectionsImport([row({ name: 'Sam Keller' })], [], NOW).puts;

    expect(actual && 'profileUrl' in actual).toBe(false);
  });

  it('should never overwrite what the user entered on a tracked contact', () => {
    const stored = makeTracked({ email: null, connectedOn: null });
    const input = row({
      name: 'Janet Dough',
      profileUrl: url('jane-doe'),
      email: 'jane@mail.example',
      company: 'Globex',
      position: 'CTO',
      connectedOn: '2020-05-05',
    });

    const [actual] = planConnectionsImport([input], [stored], NOW).puts;

    expect(actual).toEqual({
      ...stored,
      currentCompany: 'Globex',
      currentTitle: 'CTO',
      snapshot: { title: 'CTO', company: 'Globex' },
      email: 'jane@mail.example',
      connectedOn: '2020-05-05',
      updatedAt: STAMP,
      jobChangedAt: STAMP,
    });
  });

  it('should keep a stored e-mail and connection date', () => {
    const stored = makeTracked({ email: 'mine@mail.example', connectedOn: '2019-01-01' });
    const input = row({
      name: 'Jane Doe',
      profileUrl: url('jane-doe'),
      email: 'other@mail.example',
      connectedOn: '2020-05-05',
      company: 'Acme',
      position: 'VP Engineering',
    });

    const actual = planConnectionsImport([input], [stored], NOW);

    expect(actual.counts).toEqual({ new: 0, updated: 0, unchanged: 1, errors: 0 });
    expect(actual.puts).toEqual([]);
  });

  it('should keep the stored job when the row leaves Company and Position empty', () => {
    const stored = makeTracked();

    const actual = planConnectionsImport(
      [row({ name: 'Jane Doe', profileUrl: url('jane-doe') })],
      [stored],
      NOW,
    );

    expect(actual.counts.unchanged).toBe(1);
    expect(actual.events).toEqual([]);
  });

  it.each([
    ['a new company and title', 'Globex', 'CTO', 'moved from Acme to Globex as CTO'],
    ['a new title', 'Acme', 'Director', 'now Director at Acme'],
  ])('should record a job change for %s', (_, company, position, expectedDetail) => {
    const stored = makeTracked({ id: 'jane' });

    const actual = planConnectionsImport(
      [row({ name: 'Jane Doe', profileUrl: url('jane-doe'), company, position })],
      [stored],
      NOW,
    );

    expect(actual.counts.updated).toBe(1);
    expect(actual.events).toEqual([
      {
        id: expect.any(String) as unknown,
        contactId: 'jane',
        at: STAMP,
        kind: 'job-change',
        detail: expectedDetail,
        from: { title: 'VP Engineering', company: 'Acme' },
        to: { title: position, company },
      },
    ]);
  });

  it('should match a stored contact by an old URL (alias)', () => {
    const stored = makeTracked({ id: 'jane', aliases: [url('jane-old')] });

    const actual = planConnectionsImport(
      [row({ name: 'Jane Doe', profileUrl: url('jane-old'), company: 'Globex' })],
      [stored],
      NOW,
    );

    expect(actual.counts).toMatchObject({ new: 0, updated: 1 });
    expect(actual.puts[0]).toMatchObject({
      id: 'jane',
      profileUrl: url('jane-doe'),
      currentCompany: 'Globex',
    });
  });

  it.each([
    ['same case', 'Sam Keller', 'Kestrel Freight, Inc.'],
    ['other case', 'sam KELLER', 'KESTREL FREIGHT, INC.'],
  ])('should match a row without URL by name and company (%s)', (_, name, company) => {
    const stored = makeContact({
      id: 'sam',
      name: 'Sam Keller',
      currentCompany: 'Kestrel Freight, Inc.',
    });

    const actual = planConnectionsImport([row({ name, company, position: 'CTO' })], [stored], NOW);

    expect(actual.counts).toMatchObject({ new: 0, updated: 1 });
    expect(actual.puts[0]).toMatchObject({ id: 'sam', currentTitle: 'CTO' });
  });

  it('should not match a row without URL to someone at another company', () => {
    const stored = makeContact({ name: 'Sam Keller', currentCompany: 'Acme' });

    const actual = planConnectionsImport(
      [row({ name: 'Sam Keller', company: 'Globex' })],
      [stored],
      NOW,
    );

    expect(actual.counts).toMatchObject({ new: 1, updated: 0 });
  });

  it('should give a URL-less stored contact the URL of a matching row', () => {
    const stored = makeContact({ id: 'sam', name: 'Sam Keller', currentCompany: 'Acme' });

    const actual = planConnectionsImport(
      [row({ name: 'Sam Keller', company: 'Acme', profileUrl: url('sam') })],
      [stored],
      NOW,
    );

    expect(actual.puts).toEqual([{ ...stored, profileUrl: url('sam'), updatedAt: STAMP }]);
  });

  it('should not match by name someone who has another URL', () => {
    const stored = makeContact({
      name: 'Jane Doe',
      currentCompany: 'Acme',
      profileUrl: url('jane-1'),
    });

    const actual = planConnectionsImport(
      [row({ name: 'Jane Doe', company: 'Acme', profileUrl: url('jane-2') })],
      [stored],
      NOW,
    );

    expect(actual.counts).toMatchObject({ new: 1, updated: 0 });
  });

  it('should count a person listed twice once, the later row winning', () => {
    const rows = [
      row({ row: 2, name: 'Wei Chen', profileUrl: url('wei'), company: 'Acme' }),
      row({ row: 3, name: 'Wei Chen', profileUrl: url('wei'), company: 'Globex' }),
    ];

    const actual = planConnectionsImport(rows, [], NOW);

    expect(actual.counts).toMatchObject({ new: 1 });
    expect(actual.puts.map((contact) => contact.currentCompany)).toEqual(['Globex']);
  });

  it('should count a stored person listed twice as one update, the later row winning', () => {
    const stored = makeTracked();
    const rows = [
      row({ name: 'Jane Doe', profileUrl: url('jane-doe'), company: 'Initech' }),
      row({ name: 'Jane Doe', profileUrl: url('jane-doe'), company: 'Globex' }),
    ];

    const actual = planConnectionsImport(rows, [stored], NOW);

    expect(actual.counts).toMatchObject({ new: 0, updated: 1, unchanged: 0 });
    expect(actual.puts.map((contact) => contact.currentCompany)).toEqual(['Globex']);
    expect(actual.events.map((event) => event.detail)).toEqual([
      'moved from Acme to Globex as VP Engineering',
    ]);
  });

  it('should leave a contact the user deleted alone', () => {
    const stored = makeTracked({ deletedAt: CREATED });

    const actual = planConnectionsImport(
      [row({ name: 'Jane Doe', profileUrl: url('jane-doe'), company: 'Globex' })],
      [stored],
      NOW,
    );

    expect(actual.counts).toEqual({ new: 0, updated: 0, unchanged: 1, errors: 0 });
    expect(actual.puts).toEqual([]);
  });

  it('should count the parse errors it is given', () => {
    const errors = [{ row: 7, reason: 'No first or last name' }];

    const actual = planConnectionsImport([], [], NOW, errors);

    expect(actual.counts.errors).toBe(1);
    expect(actual.errors).toEqual(errors);
  });

  it('should import the sample a second time as all unchanged', () => {
    const parsed = parseConnectionsCsv(readCsvFixture('Connections.csv'));
    const first = planConnectionsImport(parsed.rows, [], NOW).puts;

    const actual = planConnectionsImport(parsed.rows, first, NOW);

    expect(actual.counts).toEqual({ new: 0, updated: 0, unchanged: 9, errors: 0 });
  });
});
