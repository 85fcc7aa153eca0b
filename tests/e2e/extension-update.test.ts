import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, readFixture, type LaunchedExtension } from '../../scripts/chromium.mjs';
import { card } from './helpers';

// What the service worker's global scope has that this test calls.
declare const chrome: {
  runtime: { reload: () => void };
};

const fixture = readFixture('en-classic-grouped');

// An update (or a reload in chrome://extensions) leaves the card of an open LinkedIn tab
// talking to an extension that is gone. It must say so, not fail silently or lose the save.
describe('an extension update while a LinkedIn tab is open', () => {
  let ext: LaunchedExtension;

  beforeAll(async () => {
    ext = await launchExtension({
      pages: { [new URL(fixture.pageUrl).pathname]: fixture.html },
    });
  });

  afterAll(async () => {
    await ext.close();
  });

  it('should ask for a page reload on the old card instead of failing silently', async () => {
    const page = await ext.context.newPage();
    await page.goto(fixture.pageUrl);
    const save = card(page).getByRole('button', { name: 'Save as former boss' });
    await save.waitFor();

    // What an update does to an open tab: the extension its card was talking to is gone.
    // (Chromium started with --load-extension does not load it again, so no new one starts.)
    await ext.worker
      .evaluate(() => {
        chrome.runtime.reload();
      })
      .catch(() => undefined);

    await save.click();
    await card(page)
      .getByText('Formerly was updated — reload the page to keep using it.')
      .waitFor();

    // The card keeps what it showed; only the action failed, and it says why.
    await card(page).getByText('Dagny Achterberg-Oyelaran').waitFor();
    expect(await card(page).getByRole('alert').textContent()).toBe(
      'Formerly was updated — reload the page to keep using it.',
    );
  });
});
