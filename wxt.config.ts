import { defineConfig } from 'wxt';

// The benchmark page (entrypoints/bench) exists only in `FORMERLY_BENCH=1` builds, which go to
// their own folder (.output/chrome-mv3-bench) so the shipped build never contains it.
const benchBuild = process.env.FORMERLY_BENCH === '1';

// Formerly's manifest asks for the least it can: storage for settings, alarms for the badge,
// and host access to LinkedIn only. Exports download through the page itself, so no
// `downloads` permission; extension pages may connect nowhere (`connect-src 'none'`).
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  manifest: {
    // Catalogues live in locales/*.yml (@wxt-dev/i18n); the browser picks the UI language.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'alarms'],
    // Asked for only when the user turns on the daily digest.
    optional_permissions: ['notifications'],
    host_permissions: ['https://www.linkedin.com/*'],
    browser_specific_settings: {
      gecko: {
        id: 'formerly@formerly.extension',
        strict_min_version: '142.0',
        // Nothing is collected or transmitted: everything stays in the browser.
        data_collection_permissions: { required: ['none'] },
      },
    },
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
