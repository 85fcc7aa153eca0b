import { parseProfile } from '@/lib/profile';

// performance.now() here is coarsened to 0.1 ms (the page is not cross-origin isolated), and
// one DOM walk takes a few hundredths of that. So each timed run is a batch of fresh
// Documents, enough for the batch to last TARGET_MS, and reports the time per Document.
const TARGET_MS = 1;
const MAX_BATCH = 128;

export interface ParseBenchResult {
  /** The first parseProfile call on a freshly loaded page: the JIT has not seen the parser. */
  coldMs: number;
  /** Per run, ms per Document. */
  parseMs: number[];
  walkMs: number[];
  /** Documents per timed run. */
  parseBatch: number;
  walkBatch: number;
  /** Elements one `querySelectorAll('*')` walk visits. */
  elements: number;
  isProfile: boolean;
  positions: number;
}

type Operation = (doc: Document) => number;

// A new Document for every call, built outside the timed region: the content script meets each
// page once, so a Document the engine has already queried would give warm-cache figures.
function freshDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Milliseconds per Document for `operation` on `size` fresh Documents. */
function timeBatch(html: string, operation: Operation, size: number): number {
  const docs = Array.from({ length: size }, () => freshDocument(html));
  let sink = 0;
  const started = performance.now();
  for (const doc of docs) sink += operation(doc);
  const ms = performance.now() - started;
  // Keeps the results observable, so no call can be dropped as dead code.
  if (sink < 0) throw new Error('negative result');
  return ms / size;
}

/**
 * The batch size that lasts TARGET_MS, found by doubling; the batches it runs are warm-ups.
 * Each size is judged by the fastest of three batches, since a pause (garbage collection)
 * only ever makes one slower and would stop the doubling too early.
 */
function calibrate(html: string, operation: Operation): number {
  const fastest = (size: number): number =>
    Math.min(...[0, 1, 2].map(() => timeBatch(html, operation, size)));
  let size = 1;
  while (size < MAX_BATCH && fastest(size) * size < TARGET_MS) size *= 2;
  return size;
}

function operations(url: string): { parse: Operation; walk: Operation } {
  return {
    parse: (doc) => (parseProfile(doc, url).isProfile ? 1 : 0),
    walk: (doc) => doc.querySelectorAll('*').length,
  };
}

/**
 * `parseProfile(doc, url)` and one DOM walk on fresh Documents of one fixture: a cold first
 * parse, at least `warmup` untimed parses and walks, then `runs` of each, interleaved so both
 * meet the same state of the page (garbage, JIT).
 */
export function parseFixture(
  html: string,
  url: string,
  runs: number,
  warmup: number,
): ParseBenchResult {
  const { parse, walk } = operations(url);
  const coldMs = timeBatch(html, parse, 1);
  for (let i = 1; i < warmup; i += 1) timeBatch(html, parse, 1);
  for (let i = 0; i < warmup; i += 1) timeBatch(html, walk, 1);
  const parseBatch = calibrate(html, parse);
  const walkBatch = calibrate(html, walk);
  const parseMs: number[] = [];
  const walkMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    parseMs.push(timeBatch(html, parse, parseBatch));
    walkMs.push(timeBatch(html, walk, walkBatch));
  }
  const parsed = parseProfile(freshDocument(html), url);
  return {
    coldMs,
    parseMs,
    walkMs,
    parseBatch,
    walkBatch,
    elements: walk(freshDocument(html)),
    isProfile: parsed.isProfile,
    positions: parsed.isProfile ? parsed.experience.length : 0,
  };
}
