// `npm run bench`: builds the extension (the shipped build and the benchmark build), runs the
// Node-side and real-Chromium benchmarks, prints a table and writes bench/results.json
// (DESIGN.md contract 6). See bench/README.md for what each figure measures.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { bundleSizes } from './bundle-sizes.mjs';
import { runBrowserBench } from './bench/browser.mjs';
import { runNodeBench } from './bench/node.mjs';
import { round } from './bench/stats.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COUNT = 30_000;
const SEED = 20_240_601;
// A fixed instant for the Node figures; the browser ones use the real clock, as the popup does.
const NOW = new Date('2026-03-15T09:00:00Z');
const WXT = 'node_modules/.bin/wxt';

function buildBoth() {
  const started = performance.now();
  execFileSync(WXT, ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(WXT, ['build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, FORMERLY_BENCH: '1' },
  });
  console.log(
    `Built .output/chrome-mv3 and .output/chrome-mv3-bench in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

function printTable(figures) {
  console.log(`\n${'figure'.padEnd(40)} ${'median'.padStart(10)}  unit  runs / note`);
  for (const f of figures) {
    const runs = f.runs ? `[${f.runs.map((v) => round(v)).join(', ')}]` : '';
    console.log(
      `${f.name.padEnd(40)} ${String(round(f.value)).padStart(10)}  ${f.unit.padEnd(4)}  ${[runs, f.note ?? ''].filter(Boolean).join(' ')}`,
    );
  }
}

async function main() {
  const started = performance.now();
  console.log(
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; ${RUNS} runs per figure`,
  );
  if (!process.argv.includes('--no-build')) buildBoth();
  const figures = [
    ...(await runNodeBench({ seed: SEED, now: NOW, runs: RUNS, count: COUNT })),
    ...(await runBrowserBench({ runs: RUNS, count: COUNT })),
    ...bundleSizes(),
  ];
  printTable(figures);
  const results = figures.map(({ name, unit, value }) => ({ name, unit, value: round(value) }));
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\nWrote bench/results.json (${results.length} figures) in ${((performance.now() - started) / 1000).toFixed(0)} s. Check budgets with: npm run bench:check`,
  );
}

await main();
