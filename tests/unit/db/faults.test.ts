import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { DatabaseUnavailableError, explainDbError, StorageFullError } from '@/lib/db';
import { prepareConnectionsImport } from '@/lib/imports/connections';
import { WRITE_CHUNK } from '@/lib/imports/prepared';
import { seedConnectionsCsv } from '@/lib/seed';
import { freshDb } from '../helpers';

const now = new Date(2026, 10, 23, 9);
const connections = new Uint8Array(readFileSync('tests/fixtures/csv/Connections.csv'));

describe('explainDbError', () => {
  it.each([
    [new DOMException('quota', 'QuotaExceededError'), StorageFullError],
    [Object.assign(new Error('open'), { name: 'OpenFailedError' }), DatabaseUnavailableError],
    [Object.assign(new Error('no idb'), { name: 'MissingAPIError' }), DatabaseUnavailableError],
  ])('should explain %o with an actionable message', (error, expected) => {
    const actual = explainDbError(error);
    expect(actual).toBeInstanceOf(expected);
    expect(actual.message).toMatch(/Formerly/);
  });

  it('should pass other errors through', () => {
    const error = new Error('something else');
    expect(explainDbError(error)).toBe(error);
  });
});

describe('an import that fails half-way', () => {
  it('should write nothing when the disk fills during the commit', async () => {
    const db = freshDb();
    const prepared = await prepareConnectionsImport(db, connections, now);
    // The contacts are written first; the events write after them fails as a full disk would.
    vi.spyOn(db.events, 'bulkAdd').mockRejectedValueOnce(
      new DOMException('full', 'QuotaExceededError'),
    );
    await expect(prepared.commit()).rejects.toThrow();
    expect(await db.contacts.count()).toBe(0);
  });

  it('should write no chunk when the disk fills in a later one', async () => {
    const db = freshDb();
    const csv = new TextEncoder().encode(seedConnectionsCsv(WRITE_CHUNK + 500, 3));
    const prepared = await prepareConnectionsImport(db, csv, now);
    const bulkPut = db.contacts.bulkPut.bind(db.contacts);
    vi.spyOn(db.contacts, 'bulkPut')
      .mockImplementationOnce(bulkPut)
      .mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const progress: number[] = [];
    await expect(prepared.commit((written) => progress.push(written))).rejects.toThrow();
    // The first chunk was written inside the transaction, then rolled back with it.
    expect(progress).toEqual([WRITE_CHUNK]);
    expect(await db.contacts.count()).toBe(0);
  });

  it('should leave the database untouched when the database refuses to open', async () => {
    const db = freshDb();
    vi.spyOn(db.contacts, 'toArray').mockRejectedValueOnce(
      Object.assign(new Error('closed'), { name: 'OpenFailedError' }),
    );
    await expect(prepareConnectionsImport(db, connections, now)).rejects.toThrow();
    expect(await db.contacts.count()).toBe(0);
  });
});
