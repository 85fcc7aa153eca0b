import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedConnectionsCsv } from '@/lib/seed';
import { launchExtension, type LaunchedExtension } from '../../scripts/chromium.mjs';

const ROWS = 5000;

// The browser may stop the service worker at any moment. An import runs in the dashboard page
// in one IndexedDB transaction, so stopping the worker in the middle must change nothing.
describe('the service worker stopped in the middle of an import', () => {
  let ext: LaunchedExtension;
  let csvPath: string;

  beforeAll(async () => {
    ext = await launchExtension();
    csvPath = join(mkdtempSync(join(tmpdir(), 'formerly-import-')), 'Connections.csv');
    writeFileSync(csvPath, seedConnectionsCsv(ROWS, 7));
  });

  afterAll(async () => {
    await ext.close();
  });

  it('should leave every row imported, and the worker should come back', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    await options.getByLabel('Import Connections.csv').setInputFiles(csvPath);
    await options.getByText(`${String(ROWS)} new`).waitFor();

    // The worker's life as Chromium reports it: running → stopping → stopped → …
    const cdp = await ext.context.newCDPSession(options);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
      statuses.push(...event.versions.map((version) => version.runningStatus));
    });
    await cdp.send('ServiceWorker.enable');
    await options.getByRole('button', { name: 'Confirm import' }).click();
    await cdp.send('ServiceWorker.stopAllWorkers');
    const done = options.getByText(`Imported ${String(ROWS)} new contacts, updated 0`);
    // The worker went while the import was still writing.
    expect(await done.count()).toBe(0);

    await done.waitFor();
    expect(statuses).toContain('stopped');

    // Read again from a fresh page: everything is there, once.
    const fresh = await ext.context.newPage();
    await fresh.goto(ext.url('options.html'));
    await fresh.getByText(`${String(ROWS)} contacts stored`).waitFor();

    // The write woke the worker again (the dashboard asks it to recount the badge).
    await expect
      .poll(() => statuses.slice(statuses.lastIndexOf('stopped')).includes('running'), {
        timeout: 10_000,
      })
      .toBe(true);
  });
});
