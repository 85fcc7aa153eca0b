import { describe, expect, it } from 'vitest';
import type { Interaction } from '@/lib/model';
import { giveAskWarning } from '@/lib/templates';

const now = new Date(2026, 10, 23, 12);

function touch(
  at: string,
  intent: Interaction['intent'],
  loggedAt = `${at}T12:00:00.000Z`,
): Interaction {
  return {
    id: at + intent + loggedAt,
    contactId: 'c',
    at,
    kind: 'message',
    intent,
    note: '',
    createdAt: loggedAt,
  };
}

describe('giveAskWarning', () => {
  it('should say the last three touches were all asks', () => {
    const touches = [
      touch('2026-10-01', 'ask'),
      touch('2026-09-01', 'ask'),
      touch('2026-08-01', 'ask'),
      touch('2026-07-01', 'give'),
    ];

    const actual = giveAskWarning(touches, now, 'Jane');

    expect(actual).toBe(
      'Your last three touches with Jane were all asks — consider offering something first, ' +
        'like congratulating them or sharing something useful.',
    );
  });

  it.each([
    ['no give in the last year', [touch('2026-10-01', 'neutral'), touch('2025-11-22', 'give')]],
    ['nothing logged yet', []],
    ['only asks and neutral touches', [touch('2026-10-01', 'ask'), touch('2026-09-01', 'neutral')]],
  ])('should warn after %s', (_label, touches) => {
    const actual = giveAskWarning(touches, now, 'Jane');

    expect(actual).toMatch(/^You haven't given Jane anything in the last year — consider offering/);
  });

  it.each([
    ['a give within the year', [touch('2026-10-01', 'ask'), touch('2026-06-01', 'give')]],
    ['a give exactly a year ago', [touch('2026-10-01', 'ask'), touch('2025-11-23', 'give')]],
    [
      'two asks after a give',
      [touch('2026-10-01', 'ask'), touch('2026-09-01', 'ask'), touch('2026-08-01', 'give')],
    ],
    [
      'three asks in any order of input, broken by a give',
      [
        touch('2026-08-01', 'ask'),
        touch('2026-10-01', 'ask'),
        touch('2026-09-01', 'give'),
        touch('2026-07-01', 'ask'),
      ],
    ],
    [
      'a same-day give logged after the asks',
      [
        touch('2026-10-01', 'ask', '2026-10-01T08:00:00.000Z'),
        touch('2026-10-01', 'give', '2026-10-01T18:00:00.000Z'),
        touch('2026-09-01', 'ask'),
        touch('2026-08-01', 'ask'),
      ],
    ],
  ])('should not warn after %s', (_label, touches) => {
    const actual = giveAskWarning(touches, now, 'Jane');

    expect(actual).toBeNull();
  });

  it('should speak of "them" without a name', () => {
    const actual = giveAskWarning([], now);

    expect(actual).toContain("You haven't given them anything");
  });
});
