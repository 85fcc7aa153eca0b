import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type BackgroundDeps, handleMessage } from '@/lib/background/handle-message';
import type { BadgeResult } from '@/lib/messages';
import type { Settings } from '@/lib/settings';
import { freshDb, profileOf, settings } from '../helpers';

const OWN_ID = 'formerly-test-id';

function depsWith(showBadge: (f: BadgeResult) => Promise<void>): BackgroundDeps {
  let stored: Settings = settings;
  return {
    db: freshDb(),
    settings: () => Promise.resolve(stored),
    updateSettings: (patch) => {
      stored = { ...stored, ...patch };
      return Promise.resolve();
    },
    now: () => new Date(2026, 10, 23, 9),
    showBadge,
  };
}

describe('handleMessage', () => {
  let shown: BadgeResult[];
  let deps: BackgroundDeps;
  beforeEach(() => {
    shown = [];
    deps = depsWith((figures) => {
      shown.push(figures);
      return Promise.resolve();
    });
  });

  it('should ignore a message from a web page or another extension', async () => {
    const save = {
      type: 'profile/save',
      input: { profile: profileOf(), roles: ['mentor'], sharedEmployers: [] },
    };
    expect(await handleMessage(save, undefined, OWN_ID, deps)).toBeUndefined();
    expect(await handleMessage(save, 'some-other-extension', OWN_ID, deps)).toBeUndefined();
    expect(await deps.db.contacts.count()).toBe(0);
  });

  it.each([
    [{ type: 'profile/save' }],
    [{ type: 'contact/update', id: 'x', patch: { cadenceDays: -4 } }],
    [{ type: 'nope' }],
    ['profile/save'],
    [null],
  ])('should answer %o with a clear refusal', async (message) => {
    const actual = await handleMessage(message, OWN_ID, OWN_ID, deps);
    expect(actual).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('should save, answer with JSON-safe data and refresh the badge', async () => {
    const save = {
      type: 'profile/save',
      input: { profile: profileOf(), roles: ['mentor'], sharedEmployers: [] },
    };
    const actual = await handleMessage(save, OWN_ID, OWN_ID, deps);
    expect(actual?.ok).toBe(true);
    expect(JSON.parse(JSON.stringify(actual))).toEqual(actual);
    expect(shown).toEqual([{ due: 0, overdue: 0 }]);
  });

  it('should explain a failure instead of throwing', async () => {
    const failing = depsWith(vi.fn(() => Promise.reject(new Error('badge broke'))));
    const actual = await handleMessage({ type: 'badge/refresh' }, OWN_ID, OWN_ID, failing);
    expect(actual).toEqual({ ok: false, code: 'Error', error: 'badge broke' });
  });

  it('should import my own experience on "This is me" and recognise my profile afterwards', async () => {
    const me = profileOf({
      experience: [
        {
          title: 'Engineer',
          company: 'Acme',
          employmentType: null,
          start: { year: 2019, month: 3 },
          end: null,
          isCurrent: true,
          durationText: null,
          location: null,
          workplaceType: null,
        },
        {
          title: 'Intern',
          company: 'Globex',
          employmentType: null,
          start: { year: 2015, month: null },
          end: { year: 2015, month: null },
          isCurrent: false,
          durationText: null,
          location: null,
          workplaceType: null,
        },
      ],
    });
    const actual = await handleMessage(
      { type: 'profile/thisIsMe', profile: me },
      OWN_ID,
      OWN_ID,
      deps,
    );
    expect(actual).toEqual({ ok: true, data: { added: 2 } });
    expect((await deps.db.myJobs.toArray()).map((j) => [j.company, j.from, j.to])).toEqual(
      expect.arrayContaining([
        ['Acme', '2019-03', null],
        ['Globex', '2015', '2015'],
      ]),
    );
    const lookup = await handleMessage(
      { type: 'profile/lookup', profile: me },
      OWN_ID,
      OWN_ID,
      deps,
    );
    expect(lookup).toMatchObject({ ok: true, data: { isMe: true } });
  });
});
