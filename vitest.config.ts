import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import type { PluginOption } from 'vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Fixed zone with daylight saving, so local-day and DST cases mean the same on every machine.
process.env.TZ = 'Europe/Berlin';

/**
 * WXT's test plugin, with `wxt/browser` as the fake browser alone (see tests/unit/fakeBrowser.ts
 * for why). WXT's plugin sets its own alias; a later plugin's alias comes first.
 */
const wxtTest = (): PluginOption => [
  WxtVitest(),
  {
    name: 'wxt-browser-is-the-fake-browser',
    config: () => ({
      resolve: {
        alias: [{ find: /^wxt\/browser$/, replacement: fileURLToPath(new URL('tests/unit/fakeBrowser.ts', import.meta.url)) }],
      },
    }),
  },
];

// Each kind of test gets only what it needs, since a DOM and a fake browser cost time in every
// file: pure logic runs in plain Node; the background, stores and messages on the fake browser;
// pages and components (.tsx) on the fake browser in happy-dom.
export default defineConfig({
  test: {
    projects: [
      {
        // Pure functions: nothing to isolate, so the files share one module graph.
        test: { name: 'core', environment: 'node', include: ['tests/unit/core/**/*.test.ts'], isolate: false },
      },
      {
        plugins: [wxtTest()],
        test: {
          name: 'extension',
          environment: 'node',
          // Each file in a fresh VM context of a long-lived worker: isolated like a new worker, cheaper.
          pool: 'vmThreads',
          include: ['tests/unit/*.test.ts'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        plugins: [wxtTest(), preact()],
        test: {
          name: 'pages',
          environment: 'happy-dom',
          pool: 'vmThreads',
          include: ['tests/unit/*.test.tsx'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
    ],
  },
});
