import { beforeEach, describe, expect, it } from 'vitest';
import { recordVisit, saveProfile } from '@/lib/contacts';
import type { FormerlyDb } from '@/lib/db';
import { freshDb, profileOf, settings } from '../helpers';

const saved = new Date(2026, 0, 10, 9, 0);
const later = new Date(2026, 10, 23, 9, 0);

describe('recordVisit', () => {
  let db: FormerlyDb;
  beforeEach(() => {
    db = freshDb();
  });

  it('should write nothing for a person who is not stored', async () => {
    const actual = await recordVisit(db, profileOf(), later);
    expect(actual).toEqual({ contact: null, jobChange: null });
    expect(await db.contacts.count()).toBe(0);
  });

  it('should record a job change against the last snapshot', async () => {
    await saveProfile(
      db,
      { profile: profileOf(), roles: ['former-manager'], sharedEmployers: [] },
      settings,
      saved,
    );
    const moved = profileOf({ currentCompany: 'Initech', currentTitle: 'CTO' });
    const actual = await recordVisit(db, moved, later);
    expect(actual.jobChange?.detail).toBe('moved from Globex to Initech as CTO');
    expect(actual.contact?.snapshot).toEqual({ title: 'CTO', company: 'Initech' });
    const again = await recordVisit(db, moved, later);
    expect(again.jobChange?.id).toBe(actual.jobChange?.id);
    expect((await db.events.toArray()).filter((e) => e.kind === 'job-change').length).toBe(1);
  });

  it('should not invent a job change when the page shows no current job', async () => {
    await saveProfile(
      db,
      { profile: profileOf(), roles: ['former-manager'], sharedEmployers: [] },
      settings,
      saved,
    );
    const actual = await recordVisit(
      db,
      profileOf({ currentCompany: null, currentTitle: null }),
      later,
    );
    expect(actual.jobChange).toBeNull();
    expect(actual.contact?.currentCompany).toBe('Globex');
  });
});
