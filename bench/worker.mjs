// The background worker in real Chromium under a sped-up clock: how often it wakes, how long it
// runs and how often it writes, over one nudge cycle and an hour of simulated sitting.
//
// How it is counted, and why the count is honest:
// - No DevTools session is ever attached to the worker (an attached worker is never stopped by
//   Chrome). The bench speaks raw CDP over a pipe and attaches only to its own two tabs.
// - Wake-ups and running time: a control tab (about:blank) enables CDP's `ServiceWorker` domain,
//   which reports every status change of the extension's worker version. A wake-up is a
//   `stopped -> starting` transition; running time is all time not `stopped` (starting, running,
//   stopping). The control tab is up before the extension is loaded.
// - Writes: an observer tab shows `chrome-extension://ID/manifest.json`, an extension page that runs
//   none of Unhunch's code but has its API; it counts `storage.onChanged` events (Chromium reports
//   only keys whose value really changed, in any area). Neither tab ever messages the worker.
// - Nudges: break windows (`popup.html?view=break`) seen through target discovery.
// - Scenario: install, then (badge off) the setting written through storage by the observer;
//   sitting at the keyboard (headless Chromium always reports `active`); at the first nudge a person
//   presses "Skip this break" in the break window, which restarts the clock: the measured hour starts
//   at that click and contains a whole 45-minute cycle (up to and including the next nudge) and
//   the 15 minutes after it, with the break due and nobody acting.
//
// The sped-up clock (libfaketime, FAKETIME='+0 xN') speeds up the whole browser: alarms, and also
// Chrome's own ~30 s idle timeout for workers (a monotonic-clock timer). So the worker's life is
// simulated faithfully in simulated time; wake-up and write counts are what a real hour gives.
// What does not scale is CPU work: a worker start that takes 50 ms of real time lasts 3 s of
// simulated time at x60. The running share is therefore an upper bound on the real one; the
// report also gives the median run length, to be read against the 30 s idle timeout.
import { resolve } from 'node:path';
import { launchBrowser, waitFor } from './cdp.mjs';

const MINUTE = 60_000;
const CYCLE_MIN = 45;

/** Records every storage change, on the browser's clock. */
const OBSERVER_SCRIPT = `
  globalThis.__changes = [];
  chrome.storage.onChanged.addListener((changes, area) =>
    __changes.push({ at: Date.now(), area, keys: Object.keys(changes) }));`;

/**
 * @param {{ extensionDir: string, badge: boolean, speed: number, log?: (line: string) => void }} options
 */
export async function measureWorker({ extensionDir, badge, speed, log = () => {} }) {
  const browser = await launchBrowser({ speed });
  try {
    return await run(browser.cdp, { extensionDir, badge, speed, log });
  } finally {
    await browser.close();
  }
}

async function run(cdp, { extensionDir, badge, speed, log }) {
  // Every event gets the real time it arrived; the browser's clock is mapped from it afterwards.
  const statuses = []; // { real, versionId, status }
  const breakWindows = []; // { real, targetId }
  let redundant = false;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const real = performance.now();
    for (const v of versions) {
      if (!v.scriptURL.endsWith('/background.js')) continue;
      statuses.push({ real, versionId: v.versionId, status: v.runningStatus });
      // Chrome gives up on a worker whose start takes 5 minutes: 5 real seconds at x60 on a busy machine.
      if (v.status === 'redundant') redundant = true;
    }
  });
  // A new window's target may be created blank and get its address a moment later.
  const seeTarget = ({ targetInfo }) => {
    if (targetInfo.type !== 'page' || !targetInfo.url.includes('view=break')) return;
    if (!breakWindows.some((w) => w.targetId === targetInfo.targetId))
      breakWindows.push({ real: performance.now(), targetId: targetInfo.targetId });
  };
  cdp.on('Target.targetCreated', seeTarget);
  cdp.on('Target.targetInfoChanged', seeTarget);
  await cdp.send('Target.setDiscoverTargets', { discover: true });

  const control = await cdp.openTab('about:blank');
  await control.send('ServiceWorker.enable');
  const { id } = await cdp.send('Extensions.loadUnpacked', { path: resolve(extensionDir) });
  // Up long before the measured hour starts (at the first nudge's skip).
  const observer = await openExtensionPage(cdp, `chrome-extension://${id}/manifest.json`);
  await observer.evaluate(OBSERVER_SCRIPT);
  /** Pairs of (real, browser) time, to map real arrival times onto the browser's clock. */
  const clock = async () => {
    const before = performance.now();
    const sim = await observer.evaluate('Date.now()');
    return { real: (before + performance.now()) / 2, sim };
  };
  const first = await clock();
  if (!badge) {
    // The setting as the options page would store it: the stored settings with the badge off.
    await observer.evaluate(`chrome.storage.sync.get('settings').then(({ settings }) =>
      chrome.storage.sync.set({ settings: { ...(settings ?? {}), badge: false } }))`);
  }
  log(`  extension ${id} loaded; waiting for the first nudge`);

  // The first nudge, then a person skips it in the break window: the clock restarts there.
  const realPerCycle = (CYCLE_MIN * MINUTE) / speed;
  // On a loaded machine a worker start can stall for seconds of real time, which at this clock
  // speed is minutes: long enough for Unhunch to take it for sleep and restart the clock.
  await waitFor(() => {
    if (redundant) throw new Error('Chrome gave up on the worker (a start too slow for the sped-up clock)');
    return breakWindows.length > 0;
  }, { timeout: realPerCycle * 3 + 30_000, interval: 100, what: 'the first nudge' }).catch(
    async (error) => {
      const stored = await observer.evaluate('chrome.storage.local.get(null)');
      const now = new Date(await observer.evaluate('Date.now()')).toISOString();
      throw new Error(`${error.message}; browser time ${now}, local storage ${JSON.stringify(stored).slice(0, 600)}`);
    },
  );
  const skipAt = await skipBreak(cdp, breakWindows[0].targetId);
  const start = await clock();
  log('  break skipped; measuring one simulated hour');

  const realHour = 60 * MINUTE / speed;
  await waitFor(() => performance.now() > start.real + realHour, { timeout: realHour + 60_000, interval: 250, what: 'the hour' });
  const end = await clock();
  const writes = await observer.evaluate('__changes');

  // Map real arrival times to the browser's clock (a straight line through the first and last pair).
  const rate = (end.sim - first.sim) / (end.real - first.real);
  const toSim = (real) => first.sim + (real - first.real) * rate;
  const from = skipAt;
  const to = skipAt + 60 * MINUTE;
  const nudges = breakWindows.map((w) => toSim(w.real)).filter((t) => t > from && t <= to);
  const runs = workerRuns(statuses, toSim, end.sim);
  const hour = summarize(runs, writes, from, to);
  const nextNudge = nudges[0];
  // The cycle: from the skip to the next nudge, including the wake that brings it and its writes.
  const cycle = nextNudge === undefined ? undefined : summarize(runs, writes, from, nextNudge + MINUTE);
  return {
    id,
    speed: rate,
    hour,
    cycle,
    cycleMinutes: nextNudge === undefined ? undefined : (nextNudge - from) / MINUTE,
    firstNudgeMinutes: (toSim(breakWindows[0].real) - first.sim) / MINUTE,
    nudges: nudges.length,
    writeKeys: countBy(writes.filter((w) => w.at >= from && w.at < to).flatMap((w) => w.keys.map((k) => `${w.area}:${k}`))),
  };
}

/** Opens an extension page with the extension's API; a tab opened the moment the extension loads may miss it. */
async function openExtensionPage(cdp, url) {
  for (let attempt = 1; ; attempt++) {
    const tab = await cdp.openTab(url);
    const ready = await waitFor(() => tab.evaluate('Boolean(globalThis.chrome?.storage?.onChanged)'), { timeout: 10_000 }).catch(() => false);
    if (ready) return tab;
    await tab.close();
    if (attempt === 3) throw new Error(`${url} never got the extension's API`);
  }
}

/** Clicks "Skip this break" in the break window; returns the browser's time of the click. */
async function skipBreak(cdp, targetId) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
  const evaluate = async (expression) =>
    (await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId)).result.value;
  const at = await waitFor(
    () =>
      evaluate(`(() => {
        const skip = [...document.querySelectorAll('button')].find((b) => /^skip/i.test(b.textContent.trim()));
        if (!skip) return null;
        skip.click();
        return Date.now();
      })()`),
    { what: 'the skip button in the break window' },
  );
  await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {}); // the window closes itself
  return at;
}

/** The worker's runs, [start, end) on the browser's clock, from its status changes. */
function workerRuns(statuses, toSim, endSim) {
  const runs = [];
  let open = null;
  for (const { real, status } of statuses) {
    const at = toSim(real);
    if (status === 'stopped') {
      if (open !== null) runs.push({ start: open, end: at });
      open = null;
    } else if (open === null) open = at;
  }
  if (open !== null) runs.push({ start: open, end: endSim });
  return runs;
}

/** Wake-ups (runs that started), running time (clipped) and writes within [from, to). */
function summarize(runs, writes, from, to) {
  const inside = runs.filter((r) => r.start >= from && r.start < to);
  const runningMs = runs.reduce((sum, r) => sum + Math.max(0, Math.min(r.end, to) - Math.max(r.start, from)), 0);
  const lengths = inside.map((r) => r.end - r.start).sort((a, b) => a - b);
  return {
    minutes: (to - from) / MINUTE,
    wakeUps: inside.length,
    runningShare: runningMs / (to - from),
    medianRunS: lengths.length ? lengths[Math.floor(lengths.length / 2)] / 1000 : 0,
    writes: writes.filter((w) => w.at >= from && w.at < to).length,
  };
}

function countBy(items) {
  const counts = {};
  for (const item of items) counts[item] = (counts[item] ?? 0) + 1;
  return counts;
}
