import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, readFixture, type LaunchedExtension } from '../../scripts/chromium.mjs';
import { card, importFile } from './helpers';

const classic = readFixture('en-classic-grouped');
const hashed = readFixture('en-hashed-2025');
const classicPath = new URL(classic.pageUrl).pathname;
const hashedPath = new URL(hashed.pageUrl).pathname;
// The same person, later: LinkedIn now shows another current employer.
const moved = classic.html.replaceAll('Fjordlight Logistics', 'Globex Freight');
const pages: Record<string, string> = { [classicPath]: classic.html, [hashedPath]: hashed.html };

describe('the profile card', () => {
  let ext: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    ext = await launchExtension({ pages });
    page = await ext.context.newPage();
  });

  afterAll(async () => {
    await ext.close();
  });

  it('should say where you both worked once your Positions.csv is imported', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    await importFile(
      options,
      'Import Positions.csv',
      'tests/fixtures/csv/Positions-tarnwick.csv',
      '2 new',
    );
    await options.close();
    await page.goto(classic.pageUrl);
    await card(page).getByText('You both worked at Tarnwick Bank, Jan 2017 – Dec 2018').waitFor();
  });

  it('should show Saved and Log a touch when a saved profile is visited again', async () => {
    await card(page).getByRole('button', { name: 'Save as former boss' }).click();
    await card(page).getByText('Saved', { exact: true }).waitFor();
    await page.reload();
    await card(page).getByRole('button', { name: 'Log a touch' }).waitFor();
    expect(await card(page).getByText('Saved', { exact: true }).count()).toBe(1);
  });

  it('should show a job change as a reason to reach out', async () => {
    pages[classicPath] = moved;
    await page.reload();
    await card(page)
      .getByText(
        'Changed jobs: moved from Fjordlight Logistics to Globex Freight as Principal Product Manager, Payments',
      )
      .waitFor();
  });

  it('should follow in-app navigation to another profile without a reload', async () => {
    await page.evaluate(
      ({ html, url }) => {
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.body.replaceWith(document.adoptNode(next.body));
        history.pushState({}, '', url);
      },
      { html: hashed.html, url: hashed.pageUrl },
    );
    await card(page).getByText('Odalys Ferreira-Kwan').waitFor();
    expect(await card(page).getByText('Dagny Achterberg-Oyelaran').count()).toBe(0);
    await card(page).getByRole('button', { name: 'Save as former boss' }).waitFor();
  });

  it('should give one contact when two tabs save the same profile at once', async () => {
    const [a, b] = [await ext.context.newPage(), await ext.context.newPage()];
    await Promise.all([a.goto(hashed.pageUrl), b.goto(hashed.pageUrl)]);
    const buttons = [a, b].map((p) => card(p).getByRole('button', { name: 'Save as former boss' }));
    await Promise.all(buttons.map((button) => button.waitFor()));
    await Promise.all(buttons.map((button) => button.click()));
    await Promise.all([a, b].map((p) => card(p).getByText('Saved', { exact: true }).waitFor()));
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    await options.getByLabel('Search contacts').fill('Odalys');
    await expect.poll(() => options.getByRole('row').filter({ hasText: 'Odalys' }).count()).toBe(1);
    await Promise.all([a.close(), b.close(), options.close()]);
  });
});
