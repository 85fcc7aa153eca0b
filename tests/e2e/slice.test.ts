import { readFile } from 'node:fs/promises';
import { subYears, format } from 'date-fns';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, readFixture, type LaunchedExtension } from '../../scripts/chromium.mjs';
import { pollBadge } from './helpers';

const fixture = readFixture('en-classic-grouped');
const profilePath = new URL(fixture.pageUrl).pathname;
const SCREENSHOTS = process.env.SCREENSHOTS === '1';

describe('the thin slice: save → badge → popup → done → export', () => {
  let ext: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    ext = await launchExtension({ pages: { [profilePath]: fixture.html } });
    page = await ext.context.newPage();
  });

  afterAll(async () => {
    await ext.close();
  });

  it('should show Save as former boss on a profile and save it', async () => {
    await page.goto(fixture.pageUrl);
    const save = page.getByRole('button', { name: 'Save as former boss' });
    await save.waitFor();
    if (SCREENSHOTS)
      await page.locator('formerly-card .card').screenshot({ path: 'docs/card.png' });
    await save.click();
    await expect.poll(() => page.getByText('Saved', { exact: true }).count()).toBe(1);
    expect(await page.getByLabel('Relationship').inputValue()).toBe('former-manager');
  });

  it('should count the contact on the badge once Last contacted is a year ago', async () => {
    const yearAgo = format(subYears(new Date(), 1), 'yyyy-MM-dd');
    await page.getByLabel('Last contacted').fill(yearAgo);
    await page.getByRole('button', { name: 'Save changes' }).click();
    expect(await pollBadge(ext, '1')).toBe('1');
  });

  it('should list the person in the popup and clear the badge on Done', async () => {
    const popup = await ext.context.newPage();
    await popup.goto(ext.url('popup.html'));
    await popup.getByRole('heading', { name: 'Follow-ups' }).waitFor();
    const item = popup.getByRole('listitem').filter({ hasText: 'Dagny Achterberg-Oyelaran' });
    await item.waitFor();
    if (SCREENSHOTS) await popup.locator('main').screenshot({ path: 'docs/popup.png' });
    await item.getByRole('button', { name: 'Done' }).click();
    expect(await pollBadge(ext, '')).toBe('');
    await popup.close();
  });

  it('should export the contact as CSV with the contract columns', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      `formerly-contacts-${format(new Date(), 'yyyy-MM-dd')}.csv`,
    );
    const text = await readFile(await download.path(), 'utf8');
    expect(
      text.startsWith(
        '\uFEFFName,First name,Last name,Headline,Company,Title,Location,Profile URL,',
      ),
    ).toBe(true);
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(1);
    expect(rows[0]?.['Profile URL']).toBe('https://www.linkedin.com/in/dagny-achterberg-oyelaran/');
    expect(rows[0]?.Relationship).toBe('Former manager');
    expect(rows[0]?.Company).toBe('Fjordlight Logistics');
    expect(rows[0]?.['Last contacted']).toBe(format(new Date(), 'yyyy-MM-dd'));
    await options.close();
  });

  it('should not have made any network request from an extension context', () => {
    expect(ext.extensionRequests).toEqual([]);
  });
});
