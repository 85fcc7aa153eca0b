// content.idle.feed.ms: main-thread time spent in the content script, from a V8 CPU profile of
// the page (sampled every 50 µs while the page loads and idles). A sample counts when any frame
// of its stack belongs to the content script's file, so work the script causes in the DOM or in
// the libraries bundled into it counts too; the page's own work does not.

const SAMPLING_US = 50;

/** Milliseconds of samples whose stack runs through a script whose URL starts with `prefix`. */
export function attributedMs(profile, prefix) {
  const parent = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const memo = new Map();
  const inScript = (id) => {
    if (memo.has(id)) return memo.get(id);
    const node = byId.get(id);
    const own = node?.callFrame.url.startsWith(prefix) ?? false;
    const up = parent.get(id);
    const result = own || (up !== undefined && inScript(up));
    memo.set(id, result);
    return result;
  };
  let micros = 0;
  for (let i = 0; i < profile.samples.length; i += 1) {
    // A sample stands for the time until the next one.
    const delta = profile.timeDeltas[i + 1] ?? SAMPLING_US;
    if (inScript(profile.samples[i])) micros += delta;
  }
  return micros / 1000;
}

/**
 * Loads `url` in a tab under the profiler, lets it idle for `idleMs`, and returns the content
 * script's main-thread milliseconds. The tab first opens `warmUrl` on the same site, so the
 * measured navigation stays in the renderer process being profiled.
 */
export async function contentScriptTime(context, { warmUrl, url, prefix, idleMs }) {
  const page = await context.newPage();
  await page.goto(warmUrl, { waitUntil: 'load' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(idleMs);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  await page.close();
  return attributedMs(profile, prefix);
}
