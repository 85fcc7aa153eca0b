import { describe, expect, it } from 'vitest';
import { nextDigestAt, nextLocalMidnight } from '@/lib/background/schedule';

describe('nextDigestAt', () => {
  it.each([
    [new Date(2026, 10, 23, 8, 59), 9, new Date(2026, 10, 23, 9, 0)],
    [new Date(2026, 10, 23, 9, 0), 9, new Date(2026, 10, 24, 9, 0)],
    [new Date(2026, 10, 23, 22, 0), 7, new Date(2026, 10, 24, 7, 0)],
    [new Date(2026, 11, 31, 23, 30), 0, new Date(2027, 0, 1, 0, 0)],
  ])('should go from %s at hour %i to %s', (now, hour, expected) => {
    expect(nextDigestAt(now, hour)).toBe(expected.getTime());
  });
});

describe('nextLocalMidnight', () => {
  it('should fire just after the next local midnight', () => {
    expect(nextLocalMidnight(new Date(2026, 1, 28, 23, 59))).toBe(
      new Date(2026, 2, 1, 0, 0, 1).getTime(),
    );
  });
});
