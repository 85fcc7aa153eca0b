import { describe, expect, it } from 'vitest';
import { detectJobChange } from '@/lib/contacts';

describe('detectJobChange', () => {
  it.each([
    [{ title: 'VP', company: 'Acme' }, { title: 'VP', company: 'Acme Inc.' }, null],
    [{ title: 'VP', company: 'Acme' }, { title: 'vp ', company: 'ACME' }, null],
    [
      { title: 'VP', company: 'Acme' },
      { title: 'CTO', company: 'Globex' },
      'moved from Acme to Globex as CTO',
    ],
    [{ title: 'VP', company: 'Acme' }, { title: 'SVP', company: 'Acme' }, 'now SVP at Acme'],
    [{ title: 'VP', company: null }, { title: 'VP', company: 'Globex' }, 'joined Globex as VP'],
    [{ title: 'VP', company: 'Acme' }, { title: null, company: null }, null],
    [{ title: null, company: null }, { title: 'VP', company: 'Acme' }, null],
  ])('should describe %o → %o as %s', (before, now, expected) => {
    expect(detectJobChange(before, now)?.detail ?? null).toBe(expected);
  });
});
