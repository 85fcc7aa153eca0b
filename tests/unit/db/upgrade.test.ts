import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { withSchedule } from '@/lib/contacts';
import { FormerlyDb } from '@/lib/db';
import type { Contact } from '@/lib/model';
import { relationshipTier } from '@/lib/reminders';
import { tracked } from '../reminders/tracked';

let counter = 0;

/** A database as version 1 of Formerly left it, with these contacts in it. */
async function seedVersion1(contacts: Contact[]): Promise<string> {
  counter += 1;
  const name = `formerly-upgrade-${String(counter)}-${String(Date.now())}`;
  const v1 = new Dexie(name);
  v1.version(1).stores({
    contacts: 'id, &profileUrl, *aliases, memberId, nextDueAt, overdueFrom, name',
    interactions: 'id, contactId, at',
    events: 'id, contactId, at',
    myJobs: 'id, companyKey',
  });
  await v1.table('contacts').bulkPut(contacts);
  v1.close();
  return name;
}

/** A version 1 row: the schedule fields of that time, without a tier. */
function version1Row(fields: Partial<Contact>): Contact {
  const { dueTier: _tier, ...row } = withSchedule(tracked(fields));
  return row;
}

describe('upgrade from version 1', () => {
  it('gives every scheduled contact its tier and leaves the others alone', async () => {
    const warmBoss = version1Row({
      id: 'boss',
      name: 'Warm Boss',
      warmth: 'warm',
      roles: ['former-manager'],
      reference: 'yes',
    });
    const colleague = version1Row({ id: 'colleague', name: 'Colleague', roles: ['colleague'] });
    const paused = version1Row({ id: 'paused', name: 'Paused', paused: true });
    expect(paused.nextDueAt).toBeUndefined();
    const name = await seedVersion1([warmBoss, colleague, paused]);

    const db = new FormerlyDb(name);
    const rows = await db.contacts.orderBy('id').toArray();
    expect(rows.map((row) => [row.id, row.dueTier])).toEqual([
      ['boss', 12],
      ['colleague', relationshipTier(colleague)],
      ['paused', undefined],
    ]);
    // Nothing else changed, and the new index answers.
    expect(rows[0]).toEqual({ ...warmBoss, dueTier: 12 });
    const topTier = await db.contacts
      .where('[dueTier+nextDueAt]')
      .between([12, Dexie.minKey], [12, Dexie.maxKey])
      .primaryKeys();
    expect(topTier).toEqual(['boss']);
    db.close();
  });
});
