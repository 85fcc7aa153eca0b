import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { t } from '@/adapters/i18n';
import { detectJobChange } from '@/lib/contacts/job-change';
import { jobChangeIn } from '@/lib/i18n/job-change';
import { useCatalogue } from './catalogue';

const side = fc.record({
  title: fc.option(fc.constantFrom('Engineer', 'Head of Payments', 'CTO')),
  company: fc.option(fc.constantFrom('Acme', 'Acme Inc.', 'Globex', 'Initech')),
});

describe('jobChangeIn', () => {
  it('should say in English exactly what the stored detail says', async () => {
    await useCatalogue('en');
    fc.assert(
      fc.property(side, side, (before, now) => {
        const change = detectJobChange(before, now);
        if (change === null) return;
        expect(jobChangeIn(change.from, change.to, t)).toBe(change.detail);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [
      'de',
      { title: 'Engineer', company: 'Acme' },
      { title: 'CTO', company: 'Globex' },
      'von Acme zu Globex gewechselt, als CTO',
    ],
    [
      'fr',
      { title: null, company: null },
      { title: 'CTO', company: 'Globex' },
      'a rejoint Globex comme CTO',
    ],
    [
      'es',
      { title: 'Engineer', company: 'Acme' },
      { title: 'CTO', company: 'Acme' },
      'ahora CTO en Acme',
    ],
  ] as const)('should say it in %s', async (language, from, to, expected) => {
    await useCatalogue(language);
    expect(jobChangeIn(from, to, t)).toBe(expected);
  });
});
