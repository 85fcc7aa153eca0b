import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showBadge } from '@/adapters/badge';
import { t } from '@/adapters/i18n';
import { useCatalogue, type Language } from './catalogue';

describe('badge.due', () => {
  it.each<[Language, number, string]>([
    ['en', 0, 'No follow-ups due'],
    ['en', 1, '1 follow-up due'],
    ['en', 3, '3 follow-ups due'],
    ['de', 0, 'Keine Kontakte fällig'],
    ['de', 1, '1 Kontakt fällig'],
    ['de', 3, '3 Kontakte fällig'],
    ['fr', 0, 'Aucune relance à faire'],
    ['fr', 1, '1 relance à faire'],
    ['fr', 3, '3 relances à faire'],
    ['es', 0, 'Ningún seguimiento pendiente'],
    ['es', 1, '1 seguimiento pendiente'],
    ['es', 3, '3 seguimientos pendientes'],
  ])('should say %s for %i as "%s"', async (language, count, expected) => {
    await useCatalogue(language);
    const actual = t('badge.due', count);
    expect(actual).toBe(expected);
  });
});

describe('counts.new', () => {
  it.each<[Language, number, string]>([
    ['en', 1, '1 new'],
    ['en', 9, '9 new'],
    ['de', 9, '9 neu'],
    ['fr', 0, '0 nouveau'],
    ['fr', 1, '1 nouveau'],
    ['fr', 9, '9 nouveaux'],
    ['es', 1, '1 nuevo'],
    ['es', 9, '9 nuevos'],
  ])('should count %s %i as "%s"', async (language, count, expected) => {
    await useCatalogue(language);
    expect(t('counts.new', count)).toBe(expected);
  });
});

describe('options.exported', () => {
  it.each<[Language, number, string]>([
    ['en', 1, 'Exported 1 contact to a.csv'],
    ['en', 2, 'Exported 2 contacts to a.csv'],
    ['de', 2, '2 Kontakte nach a.csv exportiert'],
    ['fr', 2, '2 contacts exportés dans a.csv'],
    ['es', 1, 'Se ha exportado 1 contacto a a.csv'],
  ])('should fill the count and the file name in %s (%i)', async (language, count, expected) => {
    await useCatalogue(language);
    expect(t('options.exported', count, { file: 'a.csv' })).toBe(expected);
  });
});

describe('showBadge', () => {
  it.each<[Language, number, string]>([
    ['en', 3, 'Formerly — 3 follow-ups due'],
    ['de', 1, 'Formerly – 1 Kontakt fällig'],
    ['fr', 0, 'Formerly – Aucune relance à faire'],
  ])('should title the badge in %s for %i', async (language, due, expected) => {
    await useCatalogue(language);
    await showBadge({ due, overdue: 0 });
    expect(await fakeBrowser.action.getTitle({})).toBe(expected);
  });
});
