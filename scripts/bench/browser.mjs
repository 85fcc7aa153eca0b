// The figures measured in a real Chromium with the benchmark build of the extension.
import { feedPageHtml } from './feed-page.mjs';
import { call } from './figures.mjs';
import { launchBench } from './launch.mjs';
import { benchDue, benchFiles, benchWrites } from './page-figures.mjs';
import { benchParse, readFixtures } from './parse-figures.mjs';
import { benchContent, benchFirstPaints, FEED_PATH, WARM_PATH } from './tab-figures.mjs';

const CARD_FIXTURE = 'en-classic-grouped';

/**
 * Every Chromium figure, `runs` times each (at least 15 for the parser, at most 3 for the
 * multi-second 30k writes). The order matters: the database is seeded once, read by the due
 * query, popup and dashboard, and replaced by the import last.
 */
export async function runBrowserBench({ runs, count }) {
  const fixtures = readFixtures();
  const card = fixtures.find((fixture) => fixture.name === CARD_FIXTURE);
  if (!card) throw new Error(`No fixture ${CARD_FIXTURE} in tests/fixtures/profiles`);
  const ext = await launchBench({
    pages: {
      [new URL(card.url).pathname]: card.html,
      [FEED_PATH]: feedPageHtml(),
      [WARM_PATH]: '<!doctype html><title>blank</title>',
    },
  });
  try {
    // The parser first, before 30,000 seeded rows weigh on the browser's memory.
    const figures = await benchParse(ext, fixtures, Math.max(runs, 15));
    const page = await ext.context.newPage();
    await page.goto(ext.url('bench.html'));
    await page.waitForFunction(() => globalThis.formerlyBench !== undefined);
    figures.push(...(await benchWrites(page, count, Math.min(runs, 3))));
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
