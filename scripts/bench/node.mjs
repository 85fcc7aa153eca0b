// Bundles scripts/bench/node-bench.ts with rolldown (Vite's bundler, already installed) and runs
// it: the lib/ code is measured as the extension ships it, bundled, not through a TS loader.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const ROOT = resolve('.');
const OUT = resolve('.output/bench-node/node-bench.mjs');
const FIXTURES = resolve('tests/fixtures/profiles');

async function bundle() {
  await build({
    input: resolve('scripts/bench/node-bench.ts'),
    platform: 'node',
    logLevel: 'warn',
    resolve: { alias: { '@': ROOT } },
    // Packages stay in node_modules; only the project's own sources are bundled.
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('@/'),
    output: { file: OUT, format: 'esm' },
  });
  // A fresh query string so a second run in the same process never gets a cached module.
  return import(`${pathToFileURL(OUT).href}?t=${Date.now()}`);
}

/** Every tests/fixtures/profiles/*.html with the URL it was captured at. */
function readFixtures() {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'));
      return {
        name,
        html: readFileSync(join(FIXTURES, file), 'utf8'),
        url: expected._fixture.pageUrl,
      };
    });
}

/**
 * @param {{ seed: number, now: Date, runs: number, count: number }} options
 * @returns {Promise<Array<{ name: string, unit: 'ms' | 'kB', value: number, note?: string }>>}
 */
export async function runNodeBench({ seed, now, runs, count }) {
  const bench = await bundle();
  const fixtures = readFixtures();
  if (fixtures.length === 0)
    console.warn('No fixtures in tests/fixtures/profiles: parse.* skipped.');
  return [
    ...bench.benchParser(fixtures, Math.max(runs, 15)),
    ...bench.benchPure(count, seed, now, runs),
  ];
}
