import { FormerlyDb } from '@/lib/db';
import type { ProfileData } from '@/lib/profile/schema';
import { DEFAULT_SETTINGS } from '@/lib/settings';

let counter = 0;

/** A fresh, empty database per test (fake-indexeddb is loaded by the setup file). */
export function freshDb(): FormerlyDb {
  counter += 1;
  return new FormerlyDb(`formerly-test-${String(counter)}-${String(Date.now())}`);
}

export const settings = DEFAULT_SETTINGS;

/** A parsed profile with sensible values; override what a test is about. */
export function profileOf(overrides: Partial<ProfileData> = {}): ProfileData {
  return {
    isProfile: true,
    name: 'Jane Doe',
    headline: 'VP Engineering at Globex',
    location: 'Oslo, Norway',
    currentTitle: 'VP Engineering',
    currentCompany: 'Globex',
    profileUrl: 'https://www.linkedin.com/in/jane-doe/',
    photoUrl: null,
    experience: [],
    experienceIsPartial: false,
    education: [],
    memberId: null,
    missing: [],
    sources: {},
    ...overrides,
  };
}
