// The pages in real Chromium (real clock): which files each page loads for the view it shows, and
// the popup's time to its first frame with content, with the worker running and stopped.
import { resolve } from 'node:path';
import { launchBrowser, waitFor } from './cdp.mjs';

/**
 * "First frame with content", measured inside the page from its navigation start
 * (performance.timeOrigin). Content: a <main> element holding a button, and nothing marked
 * aria-busy (the popup's status and start button, not its loading line). A MutationObserver
 * notices the first DOM change after which the content is there; the requestAnimationFrame
 * callback after it runs when the browser starts the frame that will paint it; a message posted
 * from that callback is handled once the frame's style, layout and paint are done, and that
 * moment is the figure. Frames are produced only for a visible tab: each page opens in a window
 * of its own.
 */
const FIRST_CONTENT_SCRIPT = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('main button') || document.querySelector('[aria-busy="true"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (globalThis.__firstContentFrame = performance.now());
      channel.port2.postMessage(null);
    });
  }).observe(document, { childList: true, subtree: true, attributes: true });`;

const OPENS = Number(process.env.OPENS ?? 15);

/**
 * @param {{ extensionDir: string, pages: string[], log?: (line: string) => void }} options
 * @returns {Promise<{ browser: string, loaded: Record<string, string[]>, popup: { running: number[], stopped: number[] } }>}
 */
export async function measurePages({ extensionDir, pages, log = () => {} }) {
  const browser = await launchBrowser();
  try {
    const { cdp } = browser;
    const status = { current: 'stopped' };
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.endsWith('/background.js')) status.current = v.runningStatus;
    });
    const control = await cdp.openTab('about:blank');
    await control.send('ServiceWorker.enable');
    const { id } = await cdp.send('Extensions.loadUnpacked', { path: resolve(extensionDir) });
    const base = `chrome-extension://${id}/`;
    const workerIs = (wanted) => waitFor(() => status.current === wanted, { what: `the worker ${wanted}` });
    await workerIs('running');

    const open = async (page, { requests } = {}) => {
      const tab = await cdp.openTab('about:blank', { newWindow: true });
      if (requests) {
        cdp.on('Network.requestWillBeSent', ({ request }, sessionId) => sessionId === tab.sessionId && requests.push(request.url));
        await tab.send('Network.enable');
      }
      await tab.send('Page.enable');
      await tab.send('Page.addScriptToEvaluateOnNewDocument', { source: FIRST_CONTENT_SCRIPT });
      await tab.send('Page.navigate', { url: base + page });
      return tab;
    };

    // The files each page loads (its default view): resource timing, once content is on screen.
    const loaded = {};
    for (const page of pages) {
      const requests = [];
      const tab = await open(page, { requests });
      // A page without the popup's content marker (a <main> with a button) is read once loaded.
      await waitFor(() => tab.evaluate('globalThis.__firstContentFrame !== undefined'), { timeout: 5_000 }).catch(() =>
        waitFor(() => tab.evaluate(`document.readyState === 'complete'`), { what: `${page} to load` }),
      );
      loaded[page] = requests.filter((u) => u.startsWith(base)).map((u) => new URL(u).pathname.slice(1));
      await tab.close();
    }

    const popup = { running: [], stopped: [] };
    for (const worker of /** @type {const} */ (['running', 'stopped'])) {
      log(`  popup: ${OPENS} opens with the worker ${worker}`);
      for (let i = 0; i <= OPENS; i++) {
        if (worker === 'running') {
          await control.send('ServiceWorker.startWorker', { scopeURL: base });
          await workerIs('running');
        } else {
          await control.send('ServiceWorker.stopAllWorkers');
          await workerIs('stopped');
        }
        const tab = await open('popup.html');
        const ms = await waitFor(() => tab.evaluate('globalThis.__firstContentFrame'), { what: 'the popup to show content' });
        if (i > 0) popup[worker].push(ms); // the first open of each series warms caches
        await tab.close();
      }
    }
    const { product } = await cdp.send('Browser.getVersion');
    return { browser: product, loaded, popup };
  } finally {
    await browser.close();
  }
}
