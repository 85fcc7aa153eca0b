// parse.<fixture>.ms and parse.domPass.ms, measured in the bench page in Chromium: the parser
// on fresh Documents of each fixture, as the content script meets a page.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { readFixture } from '../chromium.mjs';
import { call, ms } from './figures.mjs';
import { median, round } from './stats.mjs';

const FIXTURES = resolve('tests/fixtures/profiles');
const WARMUP = 3;

/** Every tests/fixtures/profiles/*.html with the URL it was captured at and what it holds. */
export function readFixtures() {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      const { html, expected, pageUrl } = readFixture(name);
      return {
        name,
        html,
        url: pageUrl,
        isProfile: expected.isProfile,
        positions: expected.isProfile ? expected.experience.length : 0,
      };
    });
}

// A figure from a parser that read the page wrongly would time the wrong work.
function checkResult(fixture, result) {
  if (result.isProfile === fixture.isProfile && result.positions === fixture.positions) return;
  console.warn(
    `Warning: in Chromium, ${fixture.name} parsed as isProfile=${result.isProfile} with ${result.positions} positions; expected ${fixture.isProfile} with ${fixture.positions}`,
  );
}

/**
 * Each fixture in a freshly loaded bench page, so its first parse is cold and its figures do
 * not depend on which fixtures ran before it. The HTML and URL go in as evaluate arguments.
 */
export async function benchParse(ext, fixtures, runs) {
  if (fixtures.length === 0) {
    console.warn('No fixtures in tests/fixtures/profiles: parse.* skipped.');
    return [];
  }
  const page = await ext.context.newPage();
  const figures = [];
  const walks = [];
  try {
    for (const fixture of fixtures) {
      await page.goto(ext.url('bench.html'));
      await page.waitForFunction(() => globalThis.formerlyBench !== undefined);
      const result = await call(page, 'parseFixture', fixture.html, fixture.url, runs, WARMUP);
      checkResult(fixture, result);
      const walk = median(result.walkMs);
      walks.push(walk);
      const ratio = walk > 0 ? median(result.parseMs) / walk : 0;
      figures.push(
        ms(
          `parse.${fixture.name}.ms`,
          result.parseMs,
          `${ratio.toFixed(1)}× one DOM walk; ${result.elements} elements; cold first parse ${round(result.coldMs)} ms; ${result.parseBatch} parses / ${result.walkBatch} walks per run`,
        ),
      );
    }
  } finally {
    await page.close();
  }
  const range = `${round(Math.min(...walks))}–${round(Math.max(...walks))} ms`;
  figures.push({
    name: 'parse.domPass.ms',
    unit: 'ms',
    value: median(walks),
    note: `querySelectorAll('*') on fresh Documents; median over ${walks.length} fixtures (${range})`,
  });
  return figures;
}
