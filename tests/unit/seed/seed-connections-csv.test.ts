import { describe, expect, it } from 'vitest';
import { parseConnectionsCsv } from '@/lib/csv/connections';
import { seedConnectionsCsv, seedContacts } from '@/lib/seed';

const NOW = new Date('2026-03-15T10:30:00Z');

describe('seedConnectionsCsv', () => {
  const text = seedConnectionsCsv(2_000, 42);
  const parsed = parseConnectionsCsv(text);

  it('should give the same text for the same seed', () => {
    const expected = seedConnectionsCsv(200, 5);
    const actual = seedConnectionsCsv(200, 5);
    expect(actual).toBe(expected);
  });

  it('should start like LinkedIn’s export: BOM, Notes: preamble, CRLF', () => {
    expect(text.startsWith('\uFEFFNotes:\r\n"')).toBe(true);
    expect(text.split('\r\n')).toContain(
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    );
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it.each([0, 1, 2_000])('should hold %i rows that the importer reads without issues', (count) => {
    const actual = parseConnectionsCsv(seedConnectionsCsv(count, 9));
    expect(actual.rows).toHaveLength(count);
    expect(actual.errors).toEqual([]);
    expect(actual.warnings).toEqual([]);
  });

  it('should describe the same people as seedContacts with the same seed', () => {
    const contacts = seedContacts(2_000, 42, NOW).contacts;
    const expected = contacts.map((c) => [c.profileUrl, c.name, c.currentCompany, c.connectedOn]);
    const actual = parsed.rows.map((r) => [r.profileUrl, r.name, r.company, r.connectedOn]);
    expect(actual).toEqual(expected);
  });

  it('should quote companies and titles that hold commas', () => {
    const quoted = parsed.rows.filter((r) => r.company?.includes(',') === true);
    expect(quoted.length).toBeGreaterThan(0);
  });
});
