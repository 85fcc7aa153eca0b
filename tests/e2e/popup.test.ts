import { format, subYears } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, readFixture, type LaunchedExtension } from '../../scripts/chromium.mjs';
import { card, importFile, pollBadge } from './helpers';

const classic = readFixture('en-classic-grouped');

describe('the popup', () => {
  let ext: LaunchedExtension;
  let popup: Page;

  beforeAll(async () => {
    ext = await launchExtension({ pages: { [new URL(classic.pageUrl).pathname]: classic.html } });
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    await importFile(
      options,
      'Import Positions.csv',
      'tests/fixtures/csv/Positions-tarnwick.csv',
      '2 new',
    );
    await options.close();
    const page = await ext.context.newPage();
    await page.goto(classic.pageUrl);
    await card(page).getByRole('button', { name: 'Save as former boss' }).click();
    await card(page)
      .getByLabel('Last contacted')
      .fill(format(subYears(new Date(), 1), 'yyyy-MM-dd'));
    await card(page).getByRole('button', { name: 'Save changes' }).click();
    expect(await pollBadge(ext, '1')).toBe('1');
    await page.close();
    popup = await ext.context.newPage();
    // Headless Chromium has no system clipboard to read back: record what the popup hands to it.
    await popup.addInitScript(() => {
      const copied: string[] = [];
      Object.assign(window, { copied });
      navigator.clipboard.writeText = (text: string) => {
        copied.push(text);
        return Promise.resolve();
      };
    });
    await popup.goto(ext.url('popup.html'));
  });

  afterAll(async () => {
    await ext.close();
  });

  it('should copy a check-in with the first name and the shared employer', async () => {
    const item = popup.getByRole('listitem').filter({ hasText: 'Dagny Achterberg-Oyelaran' });
    await item.getByRole('button', { name: 'Copy message' }).click();
    const copied = (): Promise<string[]> =>
      popup.evaluate(() => (window as unknown as { copied: string[] }).copied);
    await expect.poll(copied).toHaveLength(1);
    const [message] = await copied();
    expect(message).toMatch(/^Hi Dagny, /);
    expect(message).toContain('Tarnwick Bank');
  });

  it('should move a snoozed contact to Coming up and clear the badge', async () => {
    const item = popup.getByRole('listitem').filter({ hasText: 'Dagny Achterberg-Oyelaran' });
    await item.getByRole('button', { name: 'Snooze' }).click();
    expect(await pollBadge(ext, '')).toBe('');
    const comingUp = popup.locator('h2:text("Coming up") + ul');
    await comingUp.getByText('Dagny Achterberg-Oyelaran').waitFor();
    expect(await popup.getByRole('button', { name: 'Done' }).count()).toBe(0);
  });
});
