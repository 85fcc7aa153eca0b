import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBackup } from '@/lib/backup';
import { MAX_IMPORT_ROWS, prepareConnectionsImport } from '@/lib/imports/connections';
import { preparePositionsImport } from '@/lib/imports/positions';
import { ImportRejectedError, describeCounts, WRITE_CHUNK } from '@/lib/imports/prepared';
import { seedConnectionsCsv } from '@/lib/seed';
import { problemText } from '@/lib/i18n/problems';
import { prepareRestore } from '@/lib/imports/restore';
import { readFollowUps } from '@/hooks/use-follow-ups';
import { withSchedule } from '@/lib/contacts';
import { freshDb } from '../helpers';
import { tracked } from '../reminders/tracked';

const now = new Date(2026, 10, 23, 9);
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const file = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(`tests/fixtures/csv/${name}`));

describe('prepareConnectionsImport', () => {
  it('should preview without writing, then write everything on commit', async () => {
    const db = freshDb();
    const prepared = await prepareConnectionsImport(db, file('Connections.csv'), now);
    expect(describeCounts(prepared.counts)).toMatch(/^9 new · 0 updated · 0 unchanged/);
    expect(await db.contacts.count()).toBe(0);
    expect(await prepared.commit()).toEqual({ kind: 'connections', new: 9, updated: 0 });
    expect((await db.contacts.toArray()).filter((c) => c.status === 'network')).toHaveLength(9);
    const again = await prepareConnectionsImport(db, file('Connections.csv'), now);
    expect(again.counts.new).toBe(0);
    expect(again.counts.unchanged).toBe(9);
  });

  it.each([
    ['an image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])],
    ['another CSV', bytes('Company Name,Title\r\nAcme,CEO\r\n')],
  ])('should reject %s with a reason and write nothing', async (_label, input) => {
    const db = freshDb();
    await expect(prepareConnectionsImport(db, input, now)).rejects.toBeInstanceOf(
      ImportRejectedError,
    );
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('notes in the preview', () => {
  it('should say how a file that is not UTF-8 was read, and what a row was imported without', async () => {
    const text =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n' +
      'Zoë,Müller,https://example.com/zoe,,Acme,Engineer,12 Mar 2024\r\n';
    // Every character here is below U+0100, so its code is its Latin-1 byte.
    const latin1 = Uint8Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
    const prepared = await prepareConnectionsImport(freshDb(), latin1, now);
    expect(prepared.notes.map((note) => [note.row, note.reason])).toEqual([
      [0, problemText('notUtf8')],
      [2, problemText('notProfileUrl', { url: 'https://example.com/zoe' })],
    ]);
    expect(prepared.counts.new).toBe(1);
  });
});

describe('progress while confirming', () => {
  it('should report the rows written after each chunk, up to the total', async () => {
    const db = freshDb();
    const rows = 2 * WRITE_CHUNK + 500;
    const prepared = await prepareConnectionsImport(db, bytes(seedConnectionsCsv(rows, 11)), now);
    const progress: [number, number][] = [];
    await prepared.commit((written, total) => progress.push([written, total]));
    expect(progress).toEqual([
      [WRITE_CHUNK, rows],
      [2 * WRITE_CHUNK, rows],
      [rows, rows],
    ]);
    expect(await db.contacts.count()).toBe(rows);
  });
});

describe('very many rows', () => {
  it('should refuse a file over the row limit with the reason, writing nothing', async () => {
    const db = freshDb();
    const rows = Array.from(
      { length: MAX_IMPORT_ROWS + 1 },
      (_, i) => `A${String(i)},B,,,,01 Jan 2020`,
    );
    const text = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      ...rows,
    ].join('\n');
    await expect(prepareConnectionsImport(db, bytes(text), now)).rejects.toThrow(
      /up to 100000 connections/,
    );
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('preparePositionsImport', () => {
  it('should add the jobs once and count them unchanged the second time', async () => {
    const db = freshDb();
    await (await preparePositionsImport(db, file('Positions.csv'))).commit();
    expect(await db.myJobs.count()).toBe(3);
    const again = await preparePositionsImport(db, file('Positions.csv'));
    expect(again.counts).toMatchObject({ new: 0, unchanged: 3 });
  });
});

describe('prepareRestore', () => {
  it('should reject a file that is not a backup and change nothing', async () => {
    const db = freshDb();
    await expect(prepareRestore(db, file('Connections.csv'))).rejects.toBeInstanceOf(
      ImportRejectedError,
    );
  });

  it('should restore a backup into an empty database exactly', async () => {
    const source = freshDb();
    await (await prepareConnectionsImport(source, file('Connections.csv'), now)).commit();
    const contacts = await source.contacts.toArray();
    const backup = createBackup({ contacts, interactions: [], events: [], myJobs: [] }, now);
    const target = freshDb();
    const prepared = await prepareRestore(target, bytes(backup));
    expect(prepared.counts.new).toBe(9);
    await prepared.commit();
    const byUrl = (list: typeof contacts): typeof contacts =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byUrl(await target.contacts.toArray())).toEqual(byUrl(contacts));
  });

  it('should give contacts from an older backup the fields the popup reads by', async () => {
    const contact = withSchedule(
      tracked({ warmth: 'warm', roles: ['former-manager'], lastContactedAt: '2026-01-01' }),
    );
    const { dueTier: _tier, ...older } = contact;
    const backup = createBackup(
      { contacts: [older], interactions: [], events: [], myJobs: [] },
      now,
    );
    const db = freshDb();
    await (await prepareRestore(db, bytes(backup))).commit();
    expect(await db.contacts.get(contact.id)).toEqual(contact);
    const popup = await readFollowUps(db, now, 25);
    expect(popup.due.map((f) => f.contact.id)).toEqual([contact.id]);
  });
});
