import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, readFixture, type LaunchedExtension } from '../../scripts/chromium.mjs';
import { card, importFile } from './helpers';

// Evaluated through the DevTools protocol, which the extension pages' strict CSP allows.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const fixture = readFixture('en-classic-grouped');

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown }[];
}

/** Runs axe-core's WCAG 2.1 A and AA rules on `selector` (into open shadow roots). */
async function audit(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async (target) => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document.querySelector(target) ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  }, selector);
  return violations.map(
    (v) => `${v.id}: ${v.help} (${JSON.stringify(v.nodes.map((n) => n.target))})`,
  );
}

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (scheme) => {
  let ext: LaunchedExtension;

  beforeAll(async () => {
    ext = await launchExtension({ pages: { [new URL(fixture.pageUrl).pathname]: fixture.html } });
  });

  afterAll(async () => {
    await ext.close();
  });

  async function open(url: string): Promise<Page> {
    const page = await ext.context.newPage();
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(url);
    return page;
  }

  it('should have no violations on the card, before and after saving', async () => {
    const page = await open(fixture.pageUrl);
    const save = card(page).getByRole('button', { name: 'Save as former boss' });
    await save.waitFor();
    expect(await audit(page, 'formerly-card')).toEqual([]);
    await save.click();
    await card(page).getByRole('button', { name: 'Save changes' }).waitFor();
    expect(await audit(page, 'formerly-card')).toEqual([]);
    await page.close();
  });

  it('should have no violations in the popup', async () => {
    const page = await open(ext.url('popup.html'));
    await page.getByRole('heading', { name: 'Follow-ups' }).waitFor();
    expect(await audit(page, 'body')).toEqual([]);
    await page.close();
  });

  it('should have no violations on the dashboard, its import preview and a contact page', async () => {
    const page = await open(ext.url('options.html'));
    await page.getByRole('button', { name: 'Export CSV' }).waitFor();
    expect(await audit(page, 'body')).toEqual([]);
    await page
      .getByLabel('Import Connections.csv')
      .setInputFiles('tests/fixtures/csv/Connections.csv');
    await page.getByRole('button', { name: 'Confirm import' }).waitFor();
    expect(await audit(page, 'body')).toEqual([]);
    await importFile(page, 'Import Connections.csv', 'tests/fixtures/csv/Connections.csv', 'new');
    await page.getByRole('table', { name: 'Contacts' }).getByRole('button').first().click();
    await page.getByRole('button', { name: 'Back to contacts' }).waitFor();
    expect(await audit(page, 'body')).toEqual([]);
    await page.close();
  });
});

describe('keyboard only', () => {
  let ext: LaunchedExtension;

  beforeAll(async () => {
    ext = await launchExtension({ pages: { [new URL(fixture.pageUrl).pathname]: fixture.html } });
  });

  afterAll(async () => {
    await ext.close();
  });

  it('should save from the card, land in the form and save changes without a mouse', async () => {
    const page = await ext.context.newPage();
    await page.goto(fixture.pageUrl);
    const save = card(page).getByRole('button', { name: 'Save as former boss' });
    await save.focus();
    await page.keyboard.press('Enter');
    const notes = card(page).getByLabel('Notes');
    await notes.waitFor();
    await expect.poll(() => card(page).locator(':focus').count()).toBe(1);
    await notes.focus();
    await page.keyboard.type('Met at the 2019 offsite');
    await card(page).getByRole('button', { name: 'Save changes' }).focus();
    await page.keyboard.press('Enter');
    await page.reload();
    expect(await card(page).getByLabel('Notes').inputValue()).toBe('Met at the 2019 offsite');
  });

  it('should mark a follow-up done from the keyboard in the popup', async () => {
    const page = await ext.context.newPage();
    await page.goto(fixture.pageUrl);
    await card(page).getByLabel('Last contacted').fill('2024-01-01');
    await card(page).getByRole('button', { name: 'Save changes' }).click();
    const popup = await ext.context.newPage();
    await popup.goto(ext.url('popup.html'));
    const done = popup.getByRole('button', { name: 'Done' });
    await done.waitFor();
    await done.focus();
    await popup.keyboard.press('Enter');
    await popup.getByText('Nobody is due', { exact: false }).waitFor();
    // The item is gone; the focus went back to the top of the list, not to the page's body.
    expect(await popup.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });
});
