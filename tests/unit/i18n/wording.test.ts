import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { errorText, readAhead, t } from '@/adapters/i18n';
import { dateLocaleFor } from '@/lib/i18n/date-locale';
import { formatDay, sharedEmployerIn } from '@/lib/i18n/format';
import { importDoneIn } from '@/lib/i18n/import-done';
import type { ImportDone } from '@/lib/imports/prepared';
import { reasonIn } from '@/lib/i18n/reason';
import { relativeIn, spanIn } from '@/lib/i18n/relative';
import { savedSummaryIn } from '@/lib/i18n/summary';
import type { Contact } from '@/lib/model';
import { priority, relativeSummary } from '@/lib/reminders';
import { localNoon, tracked } from '../reminders/tracked';
import { useCatalogue, type Language } from './catalogue';

const now = new Date(2026, 10, 23, 12);

describe('relativeIn', () => {
  it.each<[Language, number, string]>([
    ['en', -120, '4 months ago'],
    ['en', 21, 'in 3 weeks'],
    ['en', 0, 'today'],
    ['de', -91, 'vor 3 Monaten'],
    ['de', 1, 'in 1 Tag'],
    ['fr', -91, 'il y a 3 mois'],
    ['fr', 21, 'dans 3 semaines'],
    ['es', -91, 'hace 3 meses'],
    ['es', 0, 'hoy'],
  ])('should say %s %i days as "%s"', async (language, days, expected) => {
    await useCatalogue(language);
    expect(relativeIn(days, dateLocaleFor(language), t)).toBe(expected);
  });
});

describe('spanIn', () => {
  it.each<[string, number, string]>([
    ['en', 800, '2 years'],
    ['de', 56, '8 Wochen'],
    ['fr', 120, '4 mois'],
    ['es', 3, '3 días'],
  ])('should say %s %i days as "%s"', (language, days, expected) => {
    expect(spanIn(days, dateLocaleFor(language))).toBe(expected);
  });
});

describe('dateLocaleFor', () => {
  it.each([
    ['de-AT', 'de'],
    ['fr_CA', 'fr'],
    ['es-419', 'es'],
    ['it', 'en-US'],
  ])('should give %s the %s locale', (language, expected) => {
    expect(dateLocaleFor(language).code).toBe(expected);
  });
});

// The English lines must read as lib/reminders writes them.
const CONTACTS: [string, Partial<Contact>][] = [
  ['overdue, warm', { warmth: 'warm', roles: ['former-manager'], lastContactedAt: '2026-07-01' }],
  [
    'a reference',
    { roles: ['colleague', 'mentor'], reference: 'yes', lastContactedAt: '2026-08-20' },
  ],
  ['due today', { warmth: 'strained', lastContactedAt: '2026-08-25' }],
  ['not due yet', { warmth: null, lastContactedAt: '2026-09-01' }],
  ['changed jobs', { lastContactedAt: '2026-08-25', jobChangedAt: localNoon(2026, 11, 1) }],
  ['never contacted', { lastContactedAt: null }],
  ['paused', { paused: true }],
  ['snoozed', { lastContactedAt: '2026-08-01', snoozedUntil: '2026-12-20' }],
];

describe('reasonIn', () => {
  it.each(CONTACTS)('should word %s in English as lib/reminders does', async (_label, fields) => {
    await useCatalogue('en');
    const contact = tracked(fields);
    expect(reasonIn(contact, now, dateLocaleFor('en'), t)).toBe(priority(contact, now).reason);
  });

  it.each<[Language, string]>([
    ['de', 'herzlich · ehemalige Führungskraft · 8 Wochen überfällig · neue Stelle'],
    [
      'fr',
      'relation chaleureuse · ancien·ne manager · en retard de 8 semaines · a changé de poste',
    ],
    ['es', 'relación cercana · exjefe/a · 8 semanas de retraso · cambió de trabajo'],
  ])('should word the reason in %s', async (language, expected) => {
    await useCatalogue(language);
    const contact = tracked({
      warmth: 'warm',
      roles: ['former-manager'],
      lastContactedAt: '2026-07-01',
      jobChangedAt: localNoon(2026, 11, 1),
    });
    expect(reasonIn(contact, now, dateLocaleFor(language), t)).toBe(expected);
  });
});

describe('savedSummaryIn', () => {
  it.each(CONTACTS)('should sum up %s in English as lib/reminders does', async (_label, fields) => {
    await useCatalogue('en');
    const contact = tracked(fields);
    const expected = relativeSummary(contact, now).replace(/^Saved · /, '');
    expect(savedSummaryIn(contact, now, dateLocaleFor('en'), t)).toBe(expected);
  });

  it('should sum up in German', async () => {
    await useCatalogue('de');
    const contact = tracked({ lastContactedAt: '2026-09-01' });
    const actual = savedSummaryIn(contact, now, dateLocaleFor('de'), t);
    expect(actual).toBe('letzter Kontakt vor 3 Monaten · nächster Kontakt in 7 Tagen');
  });
});

describe('sharedEmployerIn', () => {
  interface Line {
    company: string;
    from: string | null;
    to: string | null;
    text: string;
  }
  const line: Line = { company: 'Tarnwick Bank', from: '2017-01', to: '2018-12', text: 'x' };
  it.each<[Language, Line, string]>([
    ['en', line, 'Tarnwick Bank, Jan 2017 – Dec 2018'],
    ['de', { ...line, to: null }, 'Tarnwick Bank, seit Jan. 2017'],
    ['fr', line, 'Tarnwick Bank, janv. 2017 – déc. 2018'],
    ['es', { ...line, from: '2017', to: '2018' }, 'Tarnwick Bank, 2017 – 2018'],
  ])('should write the period in %s', async (language, given, expected) => {
    await useCatalogue(language);
    expect(sharedEmployerIn(given, dateLocaleFor(language), t)).toBe(expected);
  });
});

describe('formatDay', () => {
  it.each([
    ['en', 'Jun 5, 2026'],
    ['de', '5. Juni 2026'],
    ['fr', '5 juin 2026'],
  ])('should write a day in %s', (language, expected) => {
    expect(formatDay('2026-06-05', dateLocaleFor(language))).toBe(expected);
  });
});

describe('importDoneIn', () => {
  it.each<[Language, ImportDone, string]>([
    ['en', { kind: 'connections', new: 9, updated: 0 }, 'Imported 9 new contacts, updated 0'],
    [
      'de',
      { kind: 'connections', new: 9, updated: 2 },
      '9 neue Kontakte importiert, 2 aktualisiert',
    ],
    ['fr', { kind: 'restore', contacts: 12, new: 3 }, '12 contacts restaurés (3 nouveaux)'],
    ['es', { kind: 'positions', added: 1 }, 'Se ha añadido 1 puesto a su historial laboral'],
  ])('should say what an import wrote in %s', async (language, done, expected) => {
    await useCatalogue(language);
    expect(importDoneIn(done, t)).toBe(expected);
  });
});

describe('errorText', () => {
  it.each<[Language, unknown, string]>([
    ['de', Object.assign(new Error('x'), { name: 'StorageFullError' }), 'Ihr Browser hat keinen'],
    [
      'fr',
      Object.assign(new Error('x'), { code: 'DatabaseUnavailableError' }),
      'Formerly n’a pas pu',
    ],
    ['es', 'not an error', 'Algo salió mal'],
    ['en', new Error('Row 3 is broken'), 'Row 3 is broken'],
  ])('should explain a failure in %s', async (language, error, expected) => {
    await useCatalogue(language);
    expect(errorText(error)).toContain(expected);
  });

  it('should say the extension was updated in the language read ahead, with no catalogue left', async () => {
    await useCatalogue('de');
    readAhead();
    // What an update leaves an open page's content script: no catalogue to read.
    Object.defineProperty(fakeBrowser, 'i18n', {
      get() {
        throw new Error('Extension context invalidated.');
      },
      configurable: true,
    });
    const gone = Object.assign(new Error('x'), { name: 'ExtensionReloadedError' });
    expect(errorText(gone)).toBe(
      'Formerly wurde aktualisiert – laden Sie die Seite neu, um es weiter zu verwenden.',
    );
  });
});
