/* global MutationObserver, requestAnimationFrame */
// Init scripts injected into a page before its own code runs. They note when an element first
// appears and when the frame after it has been painted: a requestAnimationFrame callback runs
// just before the frame is drawn, and a task queued from it runs once the frame is out.
// Times are performance.now(), i.e. milliseconds since the navigation started.

/** Notes when `selector` first matches in the page's document (popup list, dashboard row). */
export function paintProbe(selector) {
  const mark = { found: null, painted: null };
  globalThis.__formerlyProbe = mark;
  const observer = new MutationObserver(() => {
    if (mark.found !== null || document.querySelector(selector) === null) return;
    mark.found = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      setTimeout(() => {
        mark.painted = performance.now();
      }, 0);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Notes when a button named `label` is visible inside a `formerly-card` shadow root (the
 * content script's card). Shadow roots are watched as they appear; a per-frame check catches
 * a change that only styles make.
 */
export function cardProbe(label) {
  const mark = { found: null, painted: null };
  globalThis.__formerlyProbe = mark;
  const watched = new WeakSet();
  const named = (button) =>
    (button.getAttribute('aria-label') ?? button.textContent ?? '').trim() === label;
  const shown = (button) => {
    const box = button.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.height > 0 &&
      button.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    );
  };
  const observer = new MutationObserver(() => check());
  const check = () => {
    if (mark.found !== null) return;
    for (const host of document.querySelectorAll('formerly-card')) {
      const root = host.shadowRoot;
      if (root === null) continue;
      if (!watched.has(root)) {
        watched.add(root);
        observer.observe(root, { childList: true, subtree: true, attributes: true });
      }
      if (![...root.querySelectorAll('button')].some((b) => named(b) && shown(b))) continue;
      mark.found = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => {
        setTimeout(() => {
          mark.painted = performance.now();
        }, 0);
      });
      return;
    }
  };
  const everyFrame = () => {
    check();
    if (mark.found === null) requestAnimationFrame(everyFrame);
  };
  observer.observe(document, { childList: true, subtree: true });
  requestAnimationFrame(everyFrame);
}
