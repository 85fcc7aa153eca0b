// Starts Debian's Chromium with the built extension loaded, for the end-to-end tests, the
// benchmarks and `npm start`. LinkedIn pages are served from local files at their real URLs.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Explains what is missing instead of failing deep inside Playwright. */
export function assertReady() {
  if (!existsSync(chromiumPath())) {
    throw new Error(
      `No Chromium at ${chromiumPath()}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('The extension is not built: run `npm run build` first.');
  }
}

/**
 * @param {{ headless?: boolean, pages?: Record<string, string>, env?: Record<string, string> }} options
 *   pages maps a LinkedIn path (`/in/someone/`) to the HTML to serve there.
 */
export async function launchExtension(options = {}) {
  assertReady();
  const userDataDir = mkdtempSync(join(tmpdir(), 'formerly-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    acceptDownloads: true,
    env: { ...process.env, ...options.env },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  /** Requests an extension context tried to send anywhere: there must be none. */
  const extensionRequests = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return;
    const frameUrl = safeFrameUrl(request);
    if (request.serviceWorker() || frameUrl.startsWith('chrome-extension://')) {
      extensionRequests.push(url);
    }
  });
  const pages = options.pages ?? {};
  await context.route('https://www.linkedin.com/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    const html = pages[path] ?? pages[`${path}/`] ?? pages['*'];
    if (route.request().resourceType() !== 'document' || html === undefined) {
      return route.fulfill({ status: 404, body: '' });
    }
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  // Nothing else is reachable here; refuse at once instead of waiting for a time-out.
  await context.route(/^https?:\/\/(?!www\.linkedin\.com\/)/, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionRequests,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    badge: () => worker.evaluate(() => chrome.action.getBadgeText({})),
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function safeFrameUrl(request) {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

/** A fixture page's HTML and the URL it was captured at. */
export function readFixture(name) {
  const dir = resolve('tests/fixtures/profiles');
  const html = readFileSync(join(dir, `${name}.html`), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
  return { html, expected, pageUrl: expected._fixture.pageUrl };
}
