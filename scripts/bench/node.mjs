// Bundles scripts/bench/node-bench.ts with rolldown (Vite's bundler, already installed) and runs
// it: the lib/ code is measured as the extension ships it, bundled, not through a TS loader.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const ROOT = resolve('.');
const OUT = resolve('.output/bench-node/node-bench.mjs');

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

/**
 * @param {{ seed: number, now: Date, runs: number, count: number }} options
 * @returns {Promise<Array<{ name: string, unit: 'ms' | 'kB', value: number, note?: string }>>}
 */
export async function runNodeBench({ seed, now, runs, count }) {
  const bench = await bundle();
  return bench.benchPure(count, seed, now, runs);
}
