import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardcodedText } from './scan-jsx';

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.tsx'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const FILES = [...tsxFiles('components'), ...tsxFiles('entrypoints')];

describe('findHardcodedText', () => {
  it.each([
    ['<p>Saved</p>', 'Saved'],
    ['<button aria-label="Hide Formerly" />', 'Hide Formerly'],
    ['<input placeholder="Search" />', 'Search'],
    ['<Select label="Warmth" />', 'Warmth'],
    ['<b title={`Edit ${x}`} />', 'Edit'],
    ["<p>{ok ? 'All good' : t('k')}</p>", 'All good'],
    ["<p>{busy && 'Loading…'}</p>", 'Loading…'],
    ['<p>Grüße</p>', 'Grüße'],
    ['<JobForm submitLabel="Save job" />', 'Save job'],
    ["<Menu items={[{ label: 'Snooze a month', onSelect }]} />", 'Snooze a month'],
  ])('should find the English in %s', (source, expected) => {
    const actual = findHardcodedText('x.tsx', source).map((f) => f.text);
    expect(actual).toEqual([expected]);
  });

  it.each([
    ["<p>{t('card.saved')}</p>"],
    ["<button aria-label={t('card.hide')}>×</button>"],
    ['<span>▾ · – … ?</span>'],
    ['<p className="muted" role="status">{x === \'network\' && t(\'a\')}</p>'],
    ["<td>{c.nextDueAt ?? ''}</td>"],
  ])('should accept %s', (source) => {
    expect(findHardcodedText('x.tsx', source)).toEqual([]);
  });
});

describe('the UI sources', () => {
  it('should include the card, the popup and the options page', () => {
    expect(FILES).toEqual(
      expect.arrayContaining([
        'components/card/UnsavedView.tsx',
        'components/popup/FollowUpsView.tsx',
        'entrypoints/options/App.tsx',
      ]),
    );
  });

  it.each(FILES)('should take every visible text in %s from the catalogue', (file) => {
    const actual = findHardcodedText(file, readFileSync(file, 'utf8'));
    expect(actual).toEqual([]);
  });
});
