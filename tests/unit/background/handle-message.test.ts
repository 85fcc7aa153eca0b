import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type BackgroundDeps, handleMessage } from '@/lib/background/handle-message';
import type { BadgeResult } from '@/lib/messages';
import { freshDb, profileOf, settings } from '../helpers';

const OWN_ID = 'formerly-test-id';

function depsWith(showBadge: (f: BadgeResult) => Promise<void>): BackgroundDeps {
  return {
    db: freshDb(),
    settings: () => Promise.resolve(settings),
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
});
