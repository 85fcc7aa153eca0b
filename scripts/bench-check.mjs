// `npm run bench:check`: compares bench/results.json with bench/budgets.json and fails when a
// budget is exceeded. `--only-bundle` measures the built bundles now and checks only those
// (cheap and stable, so CI runs it); timing budgets are checked on demand after `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { bundleSizes } from './bundle-sizes.mjs';

const onlyBundle = process.argv.includes('--only-bundle');
const { budgets } = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));

let results;
if (onlyBundle) {
  results = bundleSizes();
} else {
  if (!existsSync('bench/results.json')) {
    console.error('No bench/results.json yet: run `npm run bench` first.');
    process.exit(1);
  }
  results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
}

const byName = new Map(results.map((r) => [r.name, r.value]));
const matching = (pattern) => {
  const re = new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '[^]*')}$`);
  return results.filter((r) => re.test(r.name));
};

const failures = [];
let checked = 0;
for (const budget of budgets) {
  if (onlyBundle && !budget.name.startsWith('bundle.')) continue;
  const found = matching(budget.name);
  if (found.length === 0) {
    failures.push(`${budget.name}: no figure measured`);
    continue;
  }
  for (const { name, unit, value } of found) {
    checked += 1;
    // The budgets: times strictly below ("popup < 200 ms"), sizes at most ("≤ 80 kB").
    const over = unit === 'ms' ? value >= budget.max : value > budget.max;
    if (budget.max !== undefined && over) {
      failures.push(`${name} = ${value} ${unit === 'ms' ? '≥' : '>'} ${budget.max}`);
    }
    if (budget.maxRatio !== undefined) {
      const base = byName.get(budget.of);
      if (base === undefined) failures.push(`${name}: baseline ${budget.of} missing`);
      else if (value > base * budget.maxRatio) {
        failures.push(`${name} = ${value} > ${budget.maxRatio} × ${budget.of} (${base})`);
      }
    }
  }
}

for (const r of results.filter((r) => !onlyBundle || r.name.startsWith('bundle.'))) {
  console.log(`${r.name.padEnd(40)} ${String(r.value).padStart(10)} ${r.unit}`);
}
if (failures.length > 0) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\nAll ${checked} budgets met.`);
