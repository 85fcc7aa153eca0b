import { backupRoundtrip, connectionsCsv, exportCsv, importConnections } from './io-bench';
import { clear, dexieBulkPut, rawBulkPut, seed } from './db-bench';
import { dueQueryDexie, dueQueryRaw } from './due-bench';
import { parseFixture } from './parse-bench';

// The benchmark page runs in the extension's own origin, so IndexedDB here is the extension's
// database, the one the popup and dashboard read. scripts/bench.mjs drives it.
const formerlyBench = {
  parseFixture,
  seed,
  clear,
  dexieBulkPut,
  rawBulkPut,
  dueQueryDexie,
  dueQueryRaw,
  exportCsv,
  connectionsCsv,
  importConnections,
  backupRoundtrip,
};

declare global {
  interface Window {
    formerlyBench?: typeof formerlyBench;
  }
}

window.formerlyBench = formerlyBench;
const status = document.getElementById('status');
if (status) status.textContent = 'Ready';
