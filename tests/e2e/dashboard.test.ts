import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/chromium.mjs';
import { importFile } from './helpers';

async function download(
  page: Page,
  button: string,
): Promise<{ name: string; path: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path, text: await readFile(path, 'utf8') };
}

/** Rows of the contacts table (header included), not of the settings tables. */
function contactRows(page: Page) {
  return page.getByRole('table', { name: 'Contacts' }).getByRole('row');
}

describe('the dashboard', () => {
  let ext: LaunchedExtension;
  let options: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
  });

  afterAll(async () => {
    await ext.close();
  });

  it('should show Export CSV as soon as it opens', async () => {
    await options.getByRole('button', { name: 'Export CSV' }).waitFor({ timeout: 2000 });
  });

  it('should preview Connections.csv, write nothing until confirmed, then list the connections', async () => {
    await options
      .getByLabel('Import Connections.csv')
      .setInputFiles('tests/fixtures/csv/Connections.csv');
    await options.getByText('9 new').waitFor();
    expect(await contactRows(options).count()).toBe(0);
    await options.getByRole('button', { name: 'Confirm import' }).click();
    await options.getByText('Imported 9 new contacts').waitFor();
    await options.getByLabel('Search contacts').fill('kestrel');
    await expect.poll(() => contactRows(options).count()).toBe(2);
    await contactRows(options).filter({ hasText: 'Tomás Ibarra Lindqvist' }).waitFor();
    await options.getByLabel('Search contacts').fill('');
  });

  it('should refuse a file that is not a backup and change nothing', async () => {
    await options.getByLabel('Restore backup').setInputFiles('tests/fixtures/csv/Connections.csv');
    await options.getByText(/Nothing was imported/).waitFor();
    expect(await options.getByRole('button', { name: 'Confirm import' }).count()).toBe(0);
  });

  it('should restore a backup into an empty profile with an identical CSV export', async () => {
    const before = await download(options, 'Export CSV');
    const backup = await download(options, 'Export backup');
    expect(backup.name).toMatch(/^formerly-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const fresh = await launchExtension();
    try {
      const page = await fresh.context.newPage();
      await page.goto(fresh.url('options.html'));
      await importFile(page, 'Restore backup', backup.path, '9 new');
      await contactRows(page).filter({ hasText: 'Tomás Ibarra Lindqvist' }).waitFor();
      const after = await download(page, 'Export CSV');
      expect(after.text).toBe(before.text);
    } finally {
      await fresh.close();
    }
  });

  it('should import its own CSV into an empty profile and export the same file', async () => {
    const before = await download(options, 'Export CSV');
    const fresh = await launchExtension();
    try {
      const page = await fresh.context.newPage();
      await page.goto(fresh.url('options.html'));
      await importFile(page, 'Import Formerly CSV', before.path, '9 new');
      await page.getByText('Imported 9 new contacts, updated 0').waitFor();
      const after = await download(page, 'Export CSV');
      // The same rows; the order may differ, since imported people get new ids.
      expect(after.text.split('\r\n').sort()).toEqual(before.text.split('\r\n').sort());
    } finally {
      await fresh.close();
    }
  });
});
