// `npm start`: builds Formerly and opens Chromium with it loaded on a demo LinkedIn profile
// (a bundled page served at a real LinkedIn URL, so no account is needed). Close the window to stop.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, launchExtension, readFixture } from './chromium.mjs';

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

if (!existsSync(chromiumPath())) {
  fail(
    `Formerly needs Chromium to show the demo, and there is none at ${chromiumPath()}.\n` +
      'Install it (Debian/Ubuntu: sudo apt-get install chromium) or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail(
    'There is no display to open a browser window on (DISPLAY is not set).\n' +
      'Run `npm start` from a desktop session, or use `xvfb-run npm start` on a server;\n' +
      'to load Formerly into your own browser instead, run `npm run build` and load .output/chrome-mv3 unpacked.',
  );
}

const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (built.status !== 0) fail('The build failed; see the messages above.');

const demo = readFixture('en-classic-grouped');
const feed = '<!doctype html><title>Feed | LinkedIn</title><h1>Demo feed</h1>';
const ext = await launchExtension({
  headless: false,
  pages: { [new URL(demo.pageUrl).pathname]: demo.html, '*': feed },
});
const page = ext.context.pages()[0] ?? (await ext.context.newPage());
await page.goto(demo.pageUrl);
console.log(
  `\nFormerly is running on a demo profile (${demo.pageUrl}).\n` +
    'Click "Save as former boss" on the card, then open the Formerly toolbar button.\n' +
    'Close the browser window to stop.',
);
await new Promise((resolve) => ext.context.on('close', resolve));
await ext.close().catch(() => undefined);
