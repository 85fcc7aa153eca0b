import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, readFixture, type LaunchedExtension } from '../../scripts/chromium.mjs';
import { card } from './helpers';

const hostile = readFixture('hostile-text');
const expected = hostile.expected as unknown as { name: string; headline: string };

describe('hostile profile text', () => {
  let ext: LaunchedExtension;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    ext = await launchExtension({ pages: { [new URL(hostile.pageUrl).pathname]: hostile.html } });
    ext.context.on('page', (p) =>
      p.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message()))),
    );
    page = await ext.context.newPage();
    page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
  });

  afterAll(async () => {
    await ext.close();
  });

  it('should show markup and script text literally on the card and save it', async () => {
    await page.goto(hostile.pageUrl);
    const headline = card(page).locator('.headline');
    await headline.waitFor();
    expect(await headline.textContent()).toBe(expected.headline);
    expect(await card(page).locator('script, img').count()).toBe(0);
    await card(page).getByRole('button', { name: 'Save as former boss' }).click();
    await card(page).getByText('Saved', { exact: true }).waitFor();
  });

  it('should show the saved name literally on the dashboard', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    const row = options.getByRole('table', { name: 'Contacts' }).getByRole('row').nth(1);
    await row.waitFor();
    expect(await row.getByRole('button').first().textContent()).toBe(expected.name);
    await options.close();
  });

  it('should never run the page text: no dialog, no request from an extension context', () => {
    expect(dialogs).toEqual([]);
    expect(ext.extensionRequests).toEqual([]);
  });
});
