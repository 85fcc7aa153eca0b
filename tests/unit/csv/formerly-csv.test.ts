import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withSchedule } from '@/lib/contacts/schedule';
import { contactCells, contactsToCsv } from '@/lib/csv/export-contacts';
import { parseFormerlyCsv, parseSharedEmployer } from '@/lib/csv/formerly-csv';
import { problemText } from '@/lib/i18n/problems';
import { planFormerlyCsvImport, prepareFormerlyCsvImport } from '@/lib/imports/formerly-csv';
import { ROLES, type Contact, type Role } from '@/lib/model';
import { freshDb } from '../helpers';
import { makeContact, makeTracked, NOW } from './make-contact';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * Text a spreadsheet keeps as it is: no outer spaces, no list separator, formula starts too.
 * A value that itself starts with the guard's `'` before a formula character cannot be told
 * from a guarded one (in any spreadsheet either), and a name's parts are cells too, so the
 * generated text has no `'` at all.
 */
const cellText = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.constantFrom('=SUM(1)', '+Corp', '-5', '@Title', 'a,b', 'say "hi"', 'Zoë Ørsted', '李雷'),
  )
  .map((text) => text.replace(/[;()'\r\n\t]/g, ' ').trim())
  .filter((text) => text.length > 0);

const contactArb: fc.Arbitrary<Contact> = fc
  .record({
    name: cellText,
    company: fc.option(cellText),
    title: fc.option(cellText),
    roles: fc.subarray([...ROLES] as Role[], { maxLength: 3 }),
    warmth: fc.constantFrom('warm', 'neutral', 'strained'),
    reference: fc.constantFrom('yes', 'maybe', 'no', 'unknown'),
    cadence: fc.integer({ min: 1, max: 3660 }),
    tags: fc.array(cellText, { maxLength: 3 }),
    notes: fc.string({ maxLength: 60 }).map((text) => text.replace(/'/g, '')),
    slug: fc.stringMatching(/^[a-z0-9-]{3,20}$/),
    managedMe: fc.boolean(),
  })
  .map((drawn) => {
    const tracked = drawn.roles.length > 0;
    return withSchedule(
      makeContact({
        name: drawn.name,
        currentCompany: drawn.company,
        currentTitle: drawn.title,
        profileUrl: `https://www.linkedin.com/in/${drawn.slug}/`,
        roles: drawn.roles,
        sharedEmployers: drawn.company
          ? [{ company: drawn.company, from: '2019-03', to: null, managedMe: drawn.managedMe }]
          : [],
        status: tracked ? 'tracked' : 'network',
        warmth: tracked ? drawn.warmth : null,
        reference: tracked ? drawn.reference : null,
        cadenceDays: tracked ? drawn.cadence : null,
        lastContactedAt: tracked ? '2026-08-01' : null,
        tags: [...new Set(drawn.tags)],
        notes: drawn.notes,
      }),
    );
  });

describe('parseFormerlyCsv', () => {
  it('should read back an exported tracked contact, every column', () => {
    const contact = withSchedule(makeTracked());
    const { rows, errors } = parseFormerlyCsv(contactsToCsv([contact]));
    expect(errors).toEqual([]);
    expect(rows[0]?.fields).toMatchObject({
      name: 'Jane Doe',
      roles: ['former-manager', 'mentor'],
      sharedEmployers: [{ company: 'Acme', from: '2019-03', to: '2021-06' }],
      warmth: 'warm',
      reference: 'yes',
      lastContactedAt: '2026-08-01',
      cadenceDays: 90,
      tags: ['berlin', 'mentor'],
      notes: 'Met at the offsite',
      status: 'tracked',
    });
    expect(rows[0]?.profileUrl).toBe('https://www.linkedin.com/in/jane-doe/');
  });

  it('should refuse a file that is not a Formerly export, saying why', () => {
    const { rows, errors } = parseFormerlyCsv(
      'First Name,Last Name,Connected On\r\nA,B,1 Jan 2024\r\n',
    );
    expect(rows).toEqual([]);
    expect(errors).toEqual([{ row: 0, reason: problemText('notFormerlyCsv') }]);
  });

  it.each([
    ['Relationship', 'Boss', 'Relationship "Boss" is not one Formerly writes'],
    ['Warmth', 'Hot', 'Warmth "Hot" is not one Formerly writes'],
    ['Follow up every (days)', '0', 'Follow up every (days) "0" is not one Formerly writes'],
    ['Last contacted', '31/12/2025', 'Last contacted "31/12/2025" is not one Formerly writes'],
  ])('should leave out a row whose %s says %j', (column, value, reason) => {
    const csv = contactsToCsv([withSchedule(makeTracked())]);
    const [header = '', row = ''] = csv.replace(/^\uFEFF/, '').split('\r\n');
    const columns = header.split(',');
    const cells = row.split(',');
    const at = columns.indexOf(column);
    expect(at).toBeGreaterThanOrEqual(0);
    cells[at] = value;
    const edited = `${header}\r\n${cells.join(',')}\r\n`;
    expect(parseFormerlyCsv(edited).errors).toEqual([{ row: 2, reason }]);
  });

  it.each([
    ['Acme (2019-03 – 2021-06)', { company: 'Acme', from: '2019-03', to: '2021-06' }],
    ['Acme (? – present, managed me)', { company: 'Acme', from: null, to: null, managedMe: true }],
    ['Acme (managed me)', { company: 'Acme', from: null, to: null, managedMe: true }],
    ['Acme', { company: 'Acme', from: null, to: null }],
  ])('should read the shared employer %j', (text, expected) => {
    expect(parseSharedEmployer(text)).toEqual(expected);
  });
});

describe('importing Formerly CSV', () => {
  it('should give back every column of an export, and change nothing when imported again', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(contactArb, { maxLength: 8, selector: (c) => c.profileUrl }),
        (contacts) => {
          const parsed = parseFormerlyCsv(contactsToCsv(contacts));
          expect(parsed.errors).toEqual([]);
          const plan = planFormerlyCsvImport(parsed.rows, [], NOW);
          expect(plan.counts.new).toBe(contacts.length);
          expect(plan.puts.map(contactCells)).toEqual(contacts.map(contactCells));
          const again = planFormerlyCsvImport(parsed.rows, plan.puts, NOW);
          expect(again.counts).toEqual({
            new: 0,
            updated: 0,
            unchanged: contacts.length,
            errors: 0,
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('should update the stored contact a spreadsheet edit names, keeping its touches', async () => {
    const db = freshDb();
    const stored = withSchedule(makeTracked({ id: 'jane' }));
    await db.contacts.put(stored);
    const edited = contactsToCsv([{ ...stored, warmth: 'neutral', notes: 'Now in Lisbon' }]);
    const prepared = await prepareFormerlyCsvImport(db, encode(edited), NOW);
    expect(prepared.counts).toEqual({ new: 0, updated: 1, unchanged: 0, errors: 0 });
    expect(await prepared.commit()).toEqual({ kind: 'connections', new: 0, updated: 1 });
    const after = await db.contacts.get('jane');
    expect(after?.warmth).toBe('neutral');
    expect(after?.notes).toBe('Now in Lisbon');
    expect(after?.id).toBe('jane');
  });
});
