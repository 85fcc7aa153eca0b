import { describe, expect, it } from 'vitest';
import { createRandom, mixSeed, seededId } from '@/lib/seed/random';

describe('createRandom', () => {
  it('should repeat the same sequence for the same seed', () => {
    const a = createRandom(123);
    const b = createRandom(123);
    const expected = Array.from({ length: 20 }, () => a.next());
    const actual = Array.from({ length: 20 }, () => b.next());
    expect(actual).toEqual(expected);
  });

  it('should stay within [min, max] and reach both ends', () => {
    const random = createRandom(9);
    const actual = new Set(Array.from({ length: 2_000 }, () => random.int(1, 6)));
    expect([...actual].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('should follow the weights', () => {
    const random = createRandom(4);
    const draws = Array.from({ length: 10_000 }, () =>
      random.weighted([
        ['a', 9],
        ['b', 1],
      ] as const),
    );
    const actual = draws.filter((d) => d === 'b').length / draws.length;
    expect(actual).toBeGreaterThan(0.08);
    expect(actual).toBeLessThan(0.12);
  });
});

describe('mixSeed', () => {
  it.each([
    [
      [1, 0],
      [1, 1],
    ],
    [
      [1, 0],
      [2, 0],
    ],
    [
      [0, 1, 0],
      [0, 1, 1],
    ],
  ])('should give different seeds for %j and %j', (a, b) => {
    expect(mixSeed(...a)).not.toBe(mixSeed(...b));
  });
});

describe('seededId', () => {
  it('should look like a version 4 UUID', () => {
    const actual = seededId(createRandom(1));
    expect(actual).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
