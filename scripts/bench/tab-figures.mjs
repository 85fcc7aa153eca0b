// Figures measured by opening tabs: the popup and dashboard as a person opens them, and the
// content script on LinkedIn pages served from local files.
import { contentScriptTime } from './cpu-profile.mjs';
import { ms, repeat } from './figures.mjs';
import { cardProbe, paintProbe } from './probes.mjs';

export const FEED_PATH = '/feed/';
export const WARM_PATH = '/bench-blank/';

/** Opens `url` in a fresh tab with `probe` installed; its marks (ms since navigation start). */
async function timeToPaint(context, url, probe, arg) {
  const page = await context.newPage();
  await page.addInitScript(probe, arg);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => globalThis.__formerlyProbe?.painted != null, null, {
    timeout: 60_000,
  });
  const mark = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      ...globalThis.__formerlyProbe,
      domContentLoaded: nav?.domContentLoadedEventStart ?? 0,
    };
  });
  await page.close();
  return mark;
}

export async function benchFirstPaints(ext, runs) {
  const open = (path, selector) =>
    repeat(runs, () => timeToPaint(ext.context, ext.url(path), paintProbe, selector));
  const popup = await open('popup.html', 'ul.list > li');
  const options = await open('options.html', 'table tbody tr');
  return [
    ms(
      'popup.firstRender.30k.ms',
      popup.map((m) => m.painted),
      'navigation → first follow-up painted',
    ),
    ms(
      'options.firstRender.30k.ms',
      options.map((m) => m.painted),
      'navigation → first row painted',
    ),
  ];
}

export async function benchContent(ext, cardUrl, runs) {
  const marks = await repeat(runs, () =>
    timeToPaint(ext.context, cardUrl, cardProbe, 'Save as former boss'),
  );
  const idle = await repeat(runs, () =>
    contentScriptTime(ext.context, {
      warmUrl: `https://www.linkedin.com${WARM_PATH}`,
      url: `https://www.linkedin.com${FEED_PATH}`,
      prefix: ext.url('content-scripts/'),
      idleMs: 3_000,
    }),
  );
  return [
    ms(
      'content.injectToCard.ms',
      marks.map((m) => m.painted - m.domContentLoaded),
      'DOMContentLoaded → button painted',
    ),
    ms('content.idle.feed.ms', idle, 'profiler samples in the content script, load + 3 s idle'),
  ];
}
