/** The middle value (mean of the two middle ones for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Three decimals below 0.1 (a DOM walk takes hundredths of a millisecond), two below 10, one
 * below 100, whole numbers above: enough for noisy timings.
 */
export function round(value) {
  const places = value < 0.1 ? 3 : value < 10 ? 2 : value < 100 ? 1 : 0;
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}
