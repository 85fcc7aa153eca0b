// Node-side benchmarks, bundled by scripts/bench/node.mjs (Node cannot import the TypeScript
// sources directly). Everything here is pure lib/ code without a DOM or IndexedDB; the parser
// is measured in Chromium (scripts/bench/parse-figures.mjs), since happy-dom caches query
// results per Document and would report warm-cache figures.
import { toCalendarDate } from '@/lib/clock';
import { withSchedule } from '@/lib/contacts/schedule';
import { parseConnectionsCsv } from '@/lib/csv/connections';
import { contactsToCsv } from '@/lib/csv/export-contacts';
import { planConnectionsImport } from '@/lib/csv/plan-import';
import { priority } from '@/lib/reminders';
import { seedConnectionsCsv, seedContacts } from '@/lib/seed';

export interface Figure {
  name: string;
  unit: 'ms' | 'kB';
  value: number;
  /** Extra context for the printed table; not written to results.json. */
  note?: string;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median of `runs` timed calls after `warmup` untimed ones (so the JIT has settled). */
function time(fn: () => unknown, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i += 1) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/** Reminder math and CSV at 30k in Node, to tell compute from IndexedDB in the browser figures. */
export function benchPure(count: number, seed: number, now: Date, runs: number): Figure[] {
  const { contacts } = seedContacts(count, seed, now);
  const today = toCalendarDate(now);
  const reminders = time(
    () => {
      const due = contacts
        .map(withSchedule)
        .filter((c) => c.nextDueAt !== undefined && c.nextDueAt <= today)
        .map((contact) => ({ contact, ...priority(contact, now) }));
      return due.sort((a, b) => b.score - a.score);
    },
    runs,
    1,
  );
  const exportMs = time(() => contactsToCsv(contacts), runs, 1);
  const csv = seedConnectionsCsv(count, seed);
  const planMs = time(() => planConnectionsImport(parseConnectionsCsv(csv).rows, [], now), runs, 1);
  const k = `${String(Math.round(count / 1000))}k`;
  return [
    {
      name: `reminders.math.${k}.ms`,
      unit: 'ms',
      value: reminders,
      note: 'withSchedule + priority + sort',
    },
    { name: `csv.export.node.${k}.ms`, unit: 'ms', value: exportMs, note: 'contactsToCsv only' },
    {
      name: `csv.import.plan.node.${k}.ms`,
      unit: 'ms',
      value: planMs,
      note: 'parse + plan, no write',
    },
  ];
}
