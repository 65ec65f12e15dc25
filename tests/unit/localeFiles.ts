import { readFile } from 'node:fs/promises';
import { vi } from 'vitest';

/** The packaged `_locales` files, served to `fetch` as the browser serves them from the extension. */
export function serveLocaleFiles(): void {
  vi.stubGlobal('fetch', async (url: string) => {
    const path = /\/(_locales\/[^/]+\/messages\.json)$/.exec(url)?.[1];
    if (!path) throw new TypeError(`Failed to fetch ${url}`);
    return new Response(await readFile(`public/${path}`, 'utf8'));
  });
}
