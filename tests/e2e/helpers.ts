import type { Locator, Page } from 'playwright-core';
import type { LaunchedExtension } from '../../scripts/chromium.mjs';

/** Waits (briefly, by polling) for the badge to show `expected`; returns what it shows. */
export async function pollBadge(ext: LaunchedExtension, expected: string): Promise<string> {
  let actual = await ext.badge();
  for (let i = 0; i < 40 && actual !== expected; i++) {
    await new Promise((r) => setTimeout(r, 100));
    actual = await ext.badge();
  }
  return actual;
}

/** The Formerly card on a LinkedIn page (Playwright's locators pierce its open shadow root). */
export function card(page: Page): Locator {
  return page.locator('formerly-card');
}

/** Imports a file through the options page's labelled input and confirms the preview. */
export async function importFile(
  options: Page,
  label: string,
  path: string,
  expectedNew: string,
): Promise<void> {
  await options.getByLabel(label).setInputFiles(path);
  await options.getByText(expectedNew).waitFor();
  await options.getByRole('button', { name: 'Confirm import' }).click();
  await options.getByRole('button', { name: 'Confirm import' }).waitFor({ state: 'detached' });
}
