import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // The pages' HTML preloads the modules each page starts with; a chunk loaded on demand brings only
  // its styles along, not a list of its modules in the page that loads it (the files are on disk).
  vite: () => ({
    plugins: [preact()],
    build: {
      modulePreload: {
        polyfill: false,
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css'))),
      },
    },
  }),
  // `npm run dev` opens Chromium with Unhunch loaded; Chromium refuses to start as root without this.
  webExt: { chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'storage', 'idle', 'notifications', 'contextMenus'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'start-stretch': {
        suggested_key: { default: 'Alt+Shift+U' },
        description: '__MSG_commandStartStretch__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'unhunch@unhunch.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
