// Starts Debian's Chromium with the benchmark build (.output/chrome-mv3-bench), which has the
// bench page that the shipped build leaves out. Same flags as scripts/chromium.mjs, whose
// extension folder is fixed to the shipped build.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../chromium.mjs';

export const BENCH_EXTENSION_DIR = resolve('.output/chrome-mv3-bench');

/**
 * @param {{ pages?: Record<string, string> }} options  LinkedIn path → HTML served there.
 */
export async function launchBench(options = {}) {
  if (!existsSync(join(BENCH_EXTENSION_DIR, 'bench.html'))) {
    throw new Error('No benchmark build: run `FORMERLY_BENCH=1 npx wxt build` first.');
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'formerly-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${BENCH_EXTENSION_DIR}`,
      `--load-extension=${BENCH_EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const pages = options.pages ?? {};
  await context.route('https://www.linkedin.com/**', (route) => {
    const html = pages[new URL(route.request().url()).pathname];
    if (route.request().resourceType() !== 'document' || html === undefined) {
      return route.fulfill({ status: 404, body: '' });
    }
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  await context.route(/^https?:\/\/(?!www\.linkedin\.com\/)/, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
