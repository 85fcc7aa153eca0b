import { describe, expect, it } from 'vitest';
import { t } from '@/adapters/i18n';
import { PROBLEMS, problemIn, problemText, type ProblemKey } from '@/lib/i18n/problems';
import { LANGUAGES, useCatalogue } from './catalogue';

const KEYS = Object.keys(PROBLEMS) as ProblemKey[];
type Say = (key: string, values?: Record<string, string>) => string;

/** A value for every `{name}` of a sentence, distinct enough to be found again. */
function sampleValues(key: ProblemKey): Record<string, string> {
  const names = [...PROBLEMS[key].matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  return Object.fromEntries(names.map((name) => [name, `<${name}>`]));
}

describe('problems', () => {
  it('should have the English catalogue repeat lib/i18n/problems.ts word for word', async () => {
    await useCatalogue('en');
    for (const key of KEYS) {
      const values = sampleValues(key);
      expect((t as unknown as Say)(`problems.${key}`, values)).toBe(problemText(key, values));
    }
  });

  it.each(LANGUAGES)('should recognise every sentence and say it in %s', async (language) => {
    await useCatalogue(language);
    for (const key of KEYS) {
      const values = sampleValues(key);
      const expected = (t as unknown as Say)(`problems.${key}`, values);
      expect(problemIn(problemText(key, values), t)).toBe(expected);
      for (const value of Object.values(values)) expect(expected).toContain(value);
    }
  });

  it('should translate a sentence inside another one', async () => {
    await useCatalogue('fr');
    const nested = problemText('backupDamagedAt', {
      where: 'contacts[2].lastContactedAt',
      issue: problemText('useDate'),
    });
    expect(problemIn(nested, t)).toBe(
      'La sauvegarde est endommagée à contacts[2].lastContactedAt : Utilisez une date comme 2024-03-31. Rien n’a été restauré.',
    );
  });

  it('should leave any other text as it is', async () => {
    await useCatalogue('de');
    expect(problemIn('QuotaExceededError: the disk is full', t)).toBe(
      'QuotaExceededError: the disk is full',
    );
  });

  it('should say a row that does not fit its header in German', async () => {
    await useCatalogue('de');
    expect(problemIn(problemText('cellCount', { cells: '5', width: '7' }), t)).toBe(
      'Die Zeile hat 5 Zellen, die Kopfzeile aber 7: Vielleicht fehlen bei einem Komma in einer Zelle die Anführungszeichen',
    );
  });
});
