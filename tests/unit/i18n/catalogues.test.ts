import { describe, expect, it } from 'vitest';
import { chromeMessages, LANGUAGES, type ChromeMessages } from './catalogue';

/** Positional (`$1`) and named (`{name}`) values a message uses. */
function placeholders(message: string): string[] {
  const found = message.match(/\$[1-9]|\{[A-Za-z0-9_]+\}/g) ?? [];
  return [...new Set(found)].sort();
}

const english = await chromeMessages('en');
const others = LANGUAGES.filter((language) => language !== 'en');

describe('the catalogues', () => {
  it.each(others)('should have every English key in %s, and no other', async (language) => {
    const actual = Object.keys(await chromeMessages(language)).sort();
    expect(actual).toEqual(Object.keys(english).sort());
  });

  it.each(others)('should use the same placeholders in %s as in English', async (language) => {
    const catalogue: ChromeMessages = await chromeMessages(language);
    const mismatched = Object.entries(english)
      .filter(([key, { message }]) => {
        const theirs = catalogue[key]?.message ?? '';
        return placeholders(theirs).join() !== placeholders(message).join();
      })
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it.each(others)('should keep a plural a plural in %s', async (language) => {
    const catalogue = await chromeMessages(language);
    const isPlural = (message: string): boolean => message.includes(' | ');
    const mismatched = Object.entries(english)
      .filter(([key, { message }]) => isPlural(catalogue[key]?.message ?? '') !== isPlural(message))
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it.each(LANGUAGES)('should name its own language in meta.locale (%s)', async (language) => {
    const catalogue = await chromeMessages(language);
    expect(catalogue.meta_locale?.message).toBe(language);
  });

  it.each(LANGUAGES)('should have no empty message in %s', async (language) => {
    const catalogue = await chromeMessages(language);
    const empty = Object.entries(catalogue).filter(([, { message }]) => message.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('should only use names Chrome accepts, unique regardless of case', () => {
    const names = Object.keys(english);
    expect(names.filter((name) => !/^[A-Za-z0-9_]+$/.test(name))).toEqual([]);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });
});

describe('the English catalogue', () => {
  // Contracts 3 and 7 (DESIGN.md): outside tests find the English UI by these names.
  it.each([
    ['card_saveAsFormerBoss', 'Save as former boss'],
    ['card_saved', 'Saved'],
    ['common_relationship', 'Relationship'],
    ['common_lastContacted', 'Last contacted'],
    ['common_followUpEvery', 'Follow up every'],
    ['common_notes', 'Notes'],
    ['common_saveChanges', 'Save changes'],
    ['common_logATouch', 'Log a touch'],
    ['popup_heading', 'Follow-ups'],
    ['popup_done', 'Done'],
    ['popup_snooze', 'Snooze'],
    ['popup_copyMessage', 'Copy message'],
    ['popup_comingUp', 'Coming up'],
    ['options_exportCsv', 'Export CSV'],
    ['options_exportBackup', 'Export backup'],
    ['jobs_heading', 'My work history'],
    ['jobs_importPositions', 'Import Positions.csv'],
    ['imports_connections', 'Import Connections.csv'],
    ['imports_restore', 'Restore backup'],
    ['filters_search', 'Search contacts'],
    ['imports_confirm', 'Confirm import'],
    ['card_bothWorkedAt', 'You both worked at {employer}'],
    ['counts_new', '1 new | $1 new'],
  ])('should keep %s as "%s"', (key, expected) => {
    expect(english[key]?.message).toBe(expected);
  });
});
