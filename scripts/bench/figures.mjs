// Helpers shared by the Chromium benchmarks.
import { median } from './stats.mjs';

/** Calls window.formerlyBench[method](...args) in the bench page. */
export function call(page, method, ...args) {
  return page.evaluate(
    ([name, params]) => globalThis.formerlyBench[name](...params),
    [method, args],
  );
}

/** `fn` run `runs` times, one after another. */
export async function repeat(runs, fn) {
  const values = [];
  for (let i = 0; i < runs; i += 1) values.push(await fn(i));
  return values;
}

/** A figure from its runs: the median, with the runs kept for the printed table. */
export function ms(name, values, note) {
  return { name, unit: 'ms', value: median(values), note, runs: values };
}
