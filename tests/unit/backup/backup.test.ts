import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Backup, createBackup, parseBackup, planRestore, type BackupData } from '@/lib/backup';
import { contactsToCsv } from '@/lib/csv/export-contacts';
import type { Contact, Interaction } from '@/lib/model';
import { storeArbitrary } from '../csv/arbitraries';
import { makeContact, makeTracked, NOW } from '../csv/make-contact';

const url = (slug: string): string => `https://www.linkedin.com/in/${slug}/`;

function interaction(id: string, contactId: string): Interaction {
  return {
    id,
    contactId,
    at: '2026-03-01',
    kind: 'coffee',
    intent: 'give',
    note: '',
    createdAt: NOW.toISOString(),
  };
}

function store(contacts: Contact[], interactions: Interaction[] = []): BackupData {
  return { contacts, interactions, events: [], myJobs: [] };
}

/** createBackup then parseBackup, failing the test when the file does not read back. */
function roundTrip(data: BackupData): Backup {
  const parsed = parseBackup(createBackup(data, NOW));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.backup;
}

type Json = Record<string, unknown>;

/** A valid one-contact backup, changed by `patch` (given the file and its first contact). */
function backupJson(patch: (json: Json, contact: Json) => void): string {
  const json = JSON.parse(createBackup(store([makeTracked()]), NOW)) as Json & { contacts: Json[] };
  patch(json, json.contacts[0] ?? {});
  return JSON.stringify(json);
}

describe('createBackup', () => {
  it('should write the format, version and export time before the records', () => {
    const data = store([makeTracked({ deletedAt: NOW.toISOString() })]);

    const actual = JSON.parse(createBackup(data, NOW)) as Record<string, unknown>;

    expect(Object.keys(actual)).toEqual([
      'format',
      'version',
      'exportedAt',
      'contacts',
      'interactions',
      'events',
      'myJobs',
    ]);
    expect(actual).toMatchObject({
      format: 'formerly-backup',
      version: 1,
      exportedAt: NOW.toISOString(),
    });
    expect(actual.contacts).toEqual(data.contacts);
  });
});

describe('parseBackup', () => {
  it.each([
    ['text that is not JSON', '{"format": "formerly-backup",', "isn't a Formerly backup"],
    ['a JSON array', '[]', "isn't a Formerly backup"],
    [
      'another format',
      backupJson((json) => (json.format = 'other-app')),
      "isn't a Formerly backup",
    ],
    [
      'a newer version',
      backupJson((json) => (json.version = 2)),
      'made by a newer version of Formerly',
    ],
    ['a version that is not a number', backupJson((json) => (json.version = 'one')), 'at version'],
    ['no contacts', backupJson((json) => delete json.contacts), 'at contacts:'],
    [
      'a contact without a name',
      backupJson((_, contact) => (contact.name = '')),
      'at contacts[0].name',
    ],
    [
      'a bad date',
      backupJson((_, contact) => (contact.nextDueAt = '30/10/2026')),
      'at contacts[0].nextDueAt',
    ],
    [
      'a bad role',
      backupJson((_, contact) => (contact.roles = ['boss'])),
      'at contacts[0].roles[0]',
    ],
    [
      'a bad interaction',
      backupJson((json) => (json.interactions = [{ id: 'i' }])),
      'at interactions[0].contactId',
    ],
  ])('should refuse %s, saying where', (_, text, expected) => {
    const actual = parseBackup(text);

    expect(actual).toEqual({ ok: false, error: expect.stringContaining(expected) as unknown });
  });

  it('should strip fields it does not know', () => {
    const text = backupJson((json, contact) => {
      json.extra = true;
      contact.futureField = 'x';
    });

    const actual = parseBackup(text);

    expect(actual.ok && Object.keys(actual.backup)).not.toContain('extra');
    expect(actual.ok && actual.backup.contacts[0]).not.toHaveProperty('futureField');
  });

  it('should read a file saved with a BOM', () => {
    const actual = parseBackup(`\uFEFF${createBackup(store([]), NOW)}`);

    expect(actual.ok).toBe(true);
  });
});

describe('planRestore', () => {
  it('should replace a contact matched by URL, keeping the stored id and relinking its interactions', () => {
    const stored = makeTracked({ id: 'here', notes: 'old notes' });
    const backedUp = makeTracked({ id: 'there', notes: 'backed-up notes' });
    const backup = roundTrip(store([backedUp], [interaction('i1', 'there')]));

    const actual = planRestore(backup, [stored]);

    expect(actual).toMatchObject({ new: 0, replaced: 1, kept: 0 });
    expect(actual.contacts).toEqual([{ ...backedUp, id: 'here' }]);
    expect(actual.interactions).toEqual([interaction('i1', 'here')]);
  });

  it('should match by an old URL the stored contact keeps as an alias', () => {
    const stored = makeTracked({
      id: 'here',
      profileUrl: url('jane-new'),
      aliases: [url('jane-doe')],
    });
    const backup = roundTrip(store([makeTracked({ id: 'there' })]));

    const actual = planRestore(backup, [stored]);

    expect(actual).toMatchObject({ new: 0, replaced: 1 });
    expect(actual.contacts[0]?.id).toBe('here');
  });

  it('should match a contact without URL by id', () => {
    const stored = makeContact({ id: 'sam', name: 'Sam Keller', notes: 'old' });
    const backup = roundTrip(store([makeContact({ id: 'sam', name: 'Sam Keller', notes: 'new' })]));

    const actual = planRestore(backup, [stored]);

    expect(actual).toMatchObject({ new: 0, replaced: 1, kept: 0 });
  });

  it('should keep stored contacts the backup lacks and count the new ones', () => {
    const existing = [
      makeTracked({ id: 'jane' }),
      makeContact({ id: 'wei', name: 'Wei Chen', profileUrl: url('wei') }),
    ];
    const backup = roundTrip(
      store([
        makeTracked({ id: 'jane' }),
        makeContact({ id: 'amara', name: 'Amara Nwosu', profileUrl: url('amara') }),
      ]),
    );

    const actual = planRestore(backup, existing);

    expect(actual).toMatchObject({ new: 1, replaced: 1, kept: 1 });
    expect(actual.contacts.map((contact) => contact.id)).toEqual(['jane', 'amara']);
  });

  it('should give a new contact a fresh id when a different stored person has its id', () => {
    const stored = makeContact({ id: 'same', name: 'Wei Chen', profileUrl: url('wei') });
    const backup = roundTrip(
      store(
        [makeContact({ id: 'same', name: 'Amara Nwosu', profileUrl: url('amara') })],
        [interaction('i1', 'same')],
      ),
    );

    const actual = planRestore(backup, [stored]);

    const newId = actual.contacts[0]?.id;
    expect(actual).toMatchObject({ new: 1, replaced: 0, kept: 1 });
    expect(newId).not.toBe('same');
    expect(actual.interactions[0]?.contactId).toBe(newId);
  });

  it('should restore every record exactly into an empty store', () => {
    fc.assert(
      fc.property(storeArbitrary, (data) => {
        const actual = planRestore(roundTrip(data), []);

        expect(actual.contacts).toStrictEqual(data.contacts);
        expect(actual.interactions).toStrictEqual(data.interactions);
        expect(actual.events).toStrictEqual(data.events);
        expect(actual.myJobs).toStrictEqual(data.myJobs);
        expect(actual).toMatchObject({ new: data.contacts.length, replaced: 0, kept: 0 });
      }),
      { numRuns: 200 },
    );
  });

  it('should export the same CSV after a restore into an empty store', () => {
    fc.assert(
      fc.property(storeArbitrary, (data) => {
        const expected = contactsToCsv(data.contacts);

        const actual = contactsToCsv(planRestore(roundTrip(data), []).contacts);

        expect(actual).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('should replace everything and add nothing when restoring its own backup', () => {
    fc.assert(
      fc.property(storeArbitrary, (data) => {
        const actual = planRestore(roundTrip(data), data.contacts);

        expect(actual).toMatchObject({ new: 0, replaced: data.contacts.length, kept: 0 });
        expect(actual.contacts).toStrictEqual(data.contacts);
      }),
      { numRuns: 100 },
    );
  });
});
