// Gzip size of what each entrypoint loads at start, from the built extension.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIR = '.output/chrome-mv3';

function gzipKb(files) {
  const total = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(DIR, file))).length,
    0,
  );
  return Math.round((total / 1024) * 10) / 10;
}

/** Scripts and styles an HTML page loads up front (module preloads included, lazy chunks not). */
function pageAssets(html) {
  const text = readFileSync(join(DIR, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return [...new Set(refs)];
}

export function bundleSizes() {
  if (!existsSync(join(DIR, 'manifest.json'))) throw new Error('Build first: npm run build');
  const content = ['content-scripts/linkedin.js', 'content-scripts/linkedin.css'].filter((f) =>
    existsSync(join(DIR, f)),
  );
  return [
    { name: 'bundle.content.gz.kB', unit: 'kB', value: gzipKb(content) },
    // Loaded by the content script on profiles only (the reader, React and the card).
    { name: 'bundle.cardUi.gz.kB', unit: 'kB', value: gzipKb(['card-ui.js']) },
    { name: 'bundle.background.gz.kB', unit: 'kB', value: gzipKb(['background.js']) },
    { name: 'bundle.popup.gz.kB', unit: 'kB', value: gzipKb(pageAssets('popup.html')) },
    { name: 'bundle.options.gz.kB', unit: 'kB', value: gzipKb(pageAssets('options.html')) },
  ];
}
