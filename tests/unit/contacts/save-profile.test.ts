import { beforeEach, describe, expect, it } from 'vitest';
import { saveProfile } from '@/lib/contacts';
import type { FormerlyDb } from '@/lib/db';
import { freshDb, profileOf, settings } from '../helpers';

const now = new Date(2026, 10, 23, 10, 0);

describe('saveProfile', () => {
  let db: FormerlyDb;
  beforeEach(() => {
    db = freshDb();
  });

  it('should create a tracked contact with default cadence, warmth and reference', async () => {
    const actual = await saveProfile(
      db,
      { profile: profileOf(), roles: ['former-manager'], sharedEmployers: [] },
      settings,
      now,
    );
    expect(actual).toMatchObject({
      name: 'Jane Doe',
      firstName: 'Jane',
      lastName: 'Doe',
      status: 'tracked',
      roles: ['former-manager'],
      warmth: 'neutral',
      reference: 'unknown',
      snapshot: { title: 'VP Engineering', company: 'Globex' },
    });
    expect(actual.cadenceDays).toBeGreaterThan(0);
    expect(actual.nextDueAt).toBeDefined();
    expect(await db.contacts.count()).toBe(1);
    expect((await db.events.toArray()).filter((e) => e.kind === 'saved').length).toBe(1);
  });

  it('should give one contact when two saves of the same profile run at once', async () => {
    const input = { profile: profileOf(), roles: ['former-manager' as const], sharedEmployers: [] };
    await Promise.all([
      saveProfile(db, input, settings, now),
      saveProfile(db, input, settings, now),
    ]);
    expect(await db.contacts.count()).toBe(1);
  });

  it('should keep what the user entered when the same person is saved again', async () => {
    const first = await saveProfile(
      db,
      { profile: profileOf(), roles: ['mentor'], sharedEmployers: [] },
      settings,
      now,
    );
    await db.contacts.update(first.id, {
      notes: 'Met at the offsite',
      warmth: 'warm',
      cadenceDays: 30,
    });
    const actual = await saveProfile(
      db,
      {
        profile: profileOf({ headline: 'CTO at Globex' }),
        roles: ['former-manager'],
        sharedEmployers: [],
      },
      settings,
      now,
    );
    expect(actual.id).toBe(first.id);
    expect(actual.notes).toBe('Met at the offsite');
    expect(actual.warmth).toBe('warm');
    expect(actual.cadenceDays).toBe(30);
    expect(actual.roles).toEqual(['mentor', 'former-manager']);
    expect(actual.headline).toBe('CTO at Globex');
  });

  it('should recognise a changed slug through the member id and keep the old URL as an alias', async () => {
    const old = profileOf({
      memberId: 'ACoAA1',
      profileUrl: 'https://www.linkedin.com/in/jane-doe/',
    });
    const first = await saveProfile(
      db,
      { profile: old, roles: ['mentor'], sharedEmployers: [] },
      settings,
      now,
    );
    const renamed = profileOf({
      memberId: 'ACoAA1',
      profileUrl: 'https://www.linkedin.com/in/jane-doe-smith/',
    });
    const actual = await saveProfile(
      db,
      { profile: renamed, roles: ['mentor'], sharedEmployers: [] },
      settings,
      now,
    );
    expect(actual.id).toBe(first.id);
    expect(actual.profileUrl).toBe('https://www.linkedin.com/in/jane-doe-smith/');
    expect(actual.aliases).toEqual(['https://www.linkedin.com/in/jane-doe/']);
    expect(await db.contacts.count()).toBe(1);
  });

  it('should bring a deleted contact back instead of colliding with it', async () => {
    const first = await saveProfile(
      db,
      { profile: profileOf(), roles: ['mentor'], sharedEmployers: [] },
      settings,
      now,
    );
    await db.contacts.update(first.id, { deletedAt: now.toISOString() });
    const actual = await saveProfile(
      db,
      { profile: profileOf(), roles: ['mentor'], sharedEmployers: [] },
      settings,
      now,
    );
    expect(actual.id).toBe(first.id);
    expect(actual.deletedAt).toBeNull();
  });
});
