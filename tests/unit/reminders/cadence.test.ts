import { describe, expect, it } from 'vitest';
import type { Role, Warmth } from '@/lib/model';
import { CadenceSettings, DEFAULT_CADENCES, defaultCadence } from '@/lib/reminders';

describe('defaultCadence', () => {
  it.each<[Role[], Warmth | null, number]>([
    [['former-manager'], 'warm', 90],
    [['former-manager'], 'neutral', 120],
    [['former-manager'], null, 120],
    [['skip-level-manager'], 'warm', 120],
    [['mentor'], 'warm', 90],
    [['colleague'], 'warm', 180],
    [['colleague', 'mentor'], 'neutral', 120],
    [['colleague', 'former-manager'], 'warm', 90],
    [['colleague'], 'strained', 365],
    [['former-manager'], 'strained', 365],
    [[], null, 180],
  ])('should give %o, %s → %i days', (roles, warmth, expected) => {
    const actual = defaultCadence(roles, warmth, DEFAULT_CADENCES);

    expect(actual).toBe(expected);
  });

  it('should follow the user’s own settings', () => {
    const settings = { ...DEFAULT_CADENCES, warm: { ...DEFAULT_CADENCES.warm, mentor: 30 } };

    const actual = defaultCadence(['mentor', 'colleague'], 'warm', settings);

    expect(actual).toBe(30);
  });
});

describe('CadenceSettings', () => {
  it('should accept the defaults', () => {
    const actual = CadenceSettings.safeParse(DEFAULT_CADENCES).success;

    expect(actual).toBe(true);
  });

  it.each([
    ['a zero cadence', { ...DEFAULT_CADENCES, warm: { ...DEFAULT_CADENCES.warm, mentor: 0 } }],
    ['a fraction', { ...DEFAULT_CADENCES, warm: { ...DEFAULT_CADENCES.warm, mentor: 1.5 } }],
    ['a missing warmth', { warm: DEFAULT_CADENCES.warm, neutral: DEFAULT_CADENCES.neutral }],
  ])('should reject %s', (_label, input) => {
    const actual = CadenceSettings.safeParse(input).success;

    expect(actual).toBe(false);
  });
});
