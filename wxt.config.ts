import { defineConfig } from 'wxt';

// The benchmark page (entrypoints/bench) exists only in `FORMERLY_BENCH=1` builds, which go to
// their own folder (.output/chrome-mv3-bench) so the shipped build never contains it.
const benchBuild = process.env.FORMERLY_BENCH === '1';

// Formerly's manifest asks for the least it can: storage for settings, alarms for the badge,
// and host access to LinkedIn only. Exports download through the page itself, so no
// `downloads` permission; extension pages may connect nowhere (`connect-src 'none'`).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Formerly',
    description:
      'Keep in touch with former bosses, colleagues and employers. Everything stays in your browser.',
    permissions: ['storage', 'alarms'],
    // Asked for only when the user turns on the daily digest.
    optional_permissions: ['notifications'],
    host_permissions: ['https://www.linkedin.com/*'],
    action: { default_title: 'Formerly' },
    // The card's UI script, loaded by the content script on profiles only; a dynamic URL so
    // pages cannot probe for the extension.
    web_accessible_resources: [
      { resources: ['card-ui.js'], matches: ['https://www.linkedin.com/*'], use_dynamic_url: true },
    ],
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'self'; connect-src 'none'; img-src 'self' data:",
    },
  },
  webExt: { disabled: true },
  ...(benchBuild ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-bench' } : {}),
  hooks: {
    'entrypoints:found': (_wxt, infos) => {
      const bench = infos.findIndex((info) => info.name === 'bench');
      if (!benchBuild && bench !== -1) infos.splice(bench, 1);
    },
  },
});
