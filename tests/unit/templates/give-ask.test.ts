import { describe, expect, it } from 'vitest';
import type { Interaction } from '@/lib/model';
import { t } from '@/adapters/i18n';
import { giveAskText, giveAskWarning, type GiveAskWarning } from '@/lib/templates';
import { useCatalogue, type Language } from '../i18n/catalogue';

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

    const actual = giveAskWarning(touches, now);

    expect(actual).toBe('all-asks');
  });

  it.each([
    ['no give in the last year', [touch('2026-10-01', 'neutral'), touch('2025-11-22', 'give')]],
    ['nothing logged yet', []],
    ['only asks and neutral touches', [touch('2026-10-01', 'ask'), touch('2026-09-01', 'neutral')]],
  ])('should warn after %s', (_label, touches) => {
    const actual = giveAskWarning(touches, now);

    expect(actual).toBe('no-give');
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
    const actual = giveAskWarning(touches, now);

    expect(actual).toBeNull();
  });
});

describe('giveAskText', () => {
  it.each<[Language, GiveAskWarning, string]>([
    [
      'en',
      'all-asks',
      'Your last three touches with Jane were all asks — consider offering something first, like congratulating them or sharing something useful.',
    ],
    ['en', 'no-give', "You haven't given Jane anything in the last year"],
    ['de', 'all-asks', 'Ihre letzten drei Kontakte mit Jane waren alles Bitten'],
    ['fr', 'no-give', 'Vous n’avez rien offert à Jane depuis un an'],
    ['es', 'no-give', 'No le ha ofrecido nada a Jane en el último año'],
  ])('should say it in %s (%s)', async (language, warning, expected) => {
    await useCatalogue(language);

    expect(giveAskText(warning, 'Jane', t)).toContain(expected);
  });
});
