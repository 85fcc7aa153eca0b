import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/chromium.mjs';

// What the service worker's global scope has that this test calls.
declare const chrome: {
  storage: {
    local: {
      get: (key: string) => Promise<Record<string, unknown>>;
      set: (items: object) => Promise<void>;
    };
  };
};

const EIGHT_DAYS_AGO = new Date(Date.now() - 8 * 86_400_000).toISOString();

describe('the weekly backup', () => {
  let ext: LaunchedExtension;

  beforeAll(async () => {
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext.close();
  });

  it('should save one as soon as it is switched on', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    const box = options.getByLabel('Download a backup every week');
    const [file] = await Promise.all([options.waitForEvent('download'), box.click()]);
    expect(file.suggestedFilename()).toMatch(/^formerly-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await box.isChecked()).toBe(true);
    await options.close();
  });

  it('should save a backup the first time the popup opens a week later, and only then', async () => {
    // A week and a day after the last one.
    await ext.worker.evaluate(async (last) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({
        settings: { ...(settings as object), lastWeeklyBackupAt: last },
      });
    }, EIGHT_DAYS_AGO);
    const popup = await ext.context.newPage();
    const [file] = await Promise.all([
      popup.waitForEvent('download'),
      popup.goto(ext.url('popup.html')),
    ]);
    expect(file.suggestedFilename()).toMatch(/^formerly-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(await readFile(await file.path(), 'utf8')) as { format: string };
    expect(backup.format).toBe('formerly-backup');
    await popup.getByText(`Weekly backup saved as ${file.suggestedFilename()}`).waitFor();
    await popup.close();

    const again = await ext.context.newPage();
    let downloads = 0;
    again.on('download', () => {
      downloads += 1;
    });
    await again.goto(ext.url('popup.html'));
    await again.getByRole('heading', { name: 'Follow-ups' }).waitFor();
    await again.waitForTimeout(1000);
    expect(downloads).toBe(0);
  });
});
