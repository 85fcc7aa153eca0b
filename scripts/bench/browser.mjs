// The figures measured in a real Chromium with the benchmark build of the extension.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { feedPageHtml } from './feed-page.mjs';
import { call } from './figures.mjs';
import { launchBench } from './launch.mjs';
import { benchDue, benchFiles, benchWrites } from './page-figures.mjs';
import { benchContent, benchFirstPaints, FEED_PATH, WARM_PATH } from './tab-figures.mjs';

const CARD_FIXTURE = 'en-classic-grouped';

function readCardFixture() {
  const dir = resolve('tests/fixtures/profiles');
  const expected = JSON.parse(readFileSync(join(dir, `${CARD_FIXTURE}.expected.json`), 'utf8'));
  return {
    html: readFileSync(join(dir, `${CARD_FIXTURE}.html`), 'utf8'),
    url: expected._fixture.pageUrl,
  };
}

/**
 * Every Chromium figure, `runs` times each (at most 3 for the multi-second 30k writes). The
 * order matters: the database is seeded once, read by the due query, popup and dashboard,
 * and replaced by the import last.
 */
export async function runBrowserBench({ runs, count }) {
  const card = readCardFixture();
  const ext = await launchBench({
    pages: {
      [new URL(card.url).pathname]: card.html,
      [FEED_PATH]: feedPageHtml(),
      [WARM_PATH]: '<!doctype html><title>blank</title>',
    },
  });
  try {
    const page = await ext.context.newPage();
    await page.goto(ext.url('bench.html'));
    await page.waitForFunction(() => globalThis.formerlyBench !== undefined);
    const figures = await benchWrites(page, count, Math.min(runs, 3));
    const seeded = await call(page, 'seed', count);
    console.log(
      `Seeded ${seeded.contacts} contacts (${seeded.tracked} tracked) in ${seeded.ms.toFixed(0)} ms`,
    );
    figures.push(...(await benchDue(page, runs)));
    figures.push(...(await benchFirstPaints(ext, runs)));
    figures.push(...(await benchContent(ext, card.url, runs)));
    figures.push(...(await benchFiles(page, runs, count)));
    return figures;
  } finally {
    await ext.close();
  }
}
