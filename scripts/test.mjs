// `npm test`: builds the extension (the end-to-end tests load it), runs every unit and
// end-to-end test, and ends with one line CI can count: "N passed, N failed".
// A skipped or todo test counts as failed: an untested promise is not a pass.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return result.status ?? 1;
}

if (process.env.SKIP_BUILD !== '1') {
  const built = run('npx', ['wxt', 'build']);
  if (built !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(built);
  }
}

mkdirSync('.tmp', { recursive: true });
const report = '.tmp/vitest-report.json';
const extra = process.argv.slice(2);
const status = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...extra,
]);

let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + results.numPendingTests + results.numTodoTests;
  // A file that fails to load has no tests to count; count it.
  failed += results.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
} catch {
  failed = Math.max(failed, 1);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(status !== 0 ? status : failed > 0 ? 1 : 0);
