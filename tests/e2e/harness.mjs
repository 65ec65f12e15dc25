// Loads the built extension into Debian's Chromium, as a person's browser would have it.
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const CHROMIUM = '/usr/bin/chromium';
const FAKETIME_LIB = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

/**
 * @param {{ speed?: number, display?: string, env?: Record<string, string> }} options speed > 1
 *   runs the whole browser's clock faster (libfaketime), so real default intervals pass in
 *   seconds; display runs a visible browser on that X display; env adds to its environment.
 */
export async function launchExtension({ speed = 1, display, env: extraEnv = {} } = {}) {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build first: .output/chrome-mv3 is missing');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  if (speed !== 1 && !existsSync(FAKETIME_LIB)) throw new Error('libfaketime is missing: apt-get install -y faketime');
  const profile = await mkdtemp(join(tmpdir(), 'unhunch-e2e-'));
  const env = { ...process.env, ...(display ? { DISPLAY: display } : {}), ...extraEnv };
  if (speed !== 1) Object.assign(env, { LD_PRELOAD: FAKETIME_LIB, FAKETIME: `+0 x${speed}` });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    env,
    viewport: { width: 420, height: 760 },
    args: [
      // On a display (Xvfb), Chromium reports real idle and locked states; headless is always active.
      ...(display ? [] : ['--headless=new']),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const id = new URL(worker.url()).host;
  return {
    context,
    worker,
    id,
    url: (path) => `chrome-extension://${id}/${path}`,
    /** Opens an extension page in a new tab; `viewport` sizes the tab before the page loads. */
    async openPage(path, { viewport } = {}) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * One browser for all of a test file's tests: launched before the first, closed after the last.
 * Call it at the top of the file; by the time the tests run, the object it returns holds what
 * `launch` resolved to (launchExtension's, another browser's launcher's). Setup that needs the
 * browser goes in `setUp`, not in a before hook of its own: Node starts a file's top-level
 * before hooks side by side.
 */
export function launchForAllTests(launch = launchExtension, setUp = async () => {}) {
  const ext = {};
  before(async () => {
    Object.assign(ext, await launch());
    await setUp(ext);
  });
  after(async () => {
    await ext.close?.();
  });
  return ext;
}

/** The break window's page at the size the background opens it (src/platform/breakWindow.ts), once it offers a stretch. */
export async function openBreakWindow(ext) {
  const page = await ext.openPage('popup.html?view=break', { viewport: { width: 380, height: 600 } });
  await page.locator('button.start').waitFor();
  return page;
}

/** Waits until the page has put itself in `language` (a _locales folder name: de, pt_BR). */
export async function waitForLanguage(page, language) {
  const lang = language.replace('_', '-');
  await waitFor(async () => (await page.evaluate(() => document.documentElement.lang)) === lang, { what: `${page.url()} in ${language}` });
}

/** Stops the extension's service worker the way Chrome does when it idles; resolves once it has stopped. */
export async function stopServiceWorkers(context, page) {
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([stopped, new Promise((_, reject) => setTimeout(() => reject(new Error('worker did not stop')), 10_000))]);
  await cdp.detach();
}

/** Runs axe-core in the page (extension CSP blocks script tags, so evaluate its source). */
export async function axeViolations(page) {
  const { readFile } = await import('node:fs/promises');
  const source = await readFile(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

/** Runs `check(scheme)` with the system in light mode, then in dark mode; leaves the page dark. */
export async function inEachColourScheme(page, check) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await check(scheme);
  }
}

/** axe finds nothing in the page, in light mode and in dark mode; `where` names it in the failure. */
export async function assertAxeCleanInEachScheme(page, where) {
  await inEachColourScheme(page, async (scheme) => {
    assert.deepEqual(await axeViolations(page), [], `axe violations ${where}, ${scheme} mode`);
  });
}

/** Polls until `check` returns a truthy value; real time, so it works under a sped-up browser too. */
export async function waitFor(check, { timeout = 15_000, interval = 200, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`Timed out waiting for ${what} (last: ${last})`);
}

/** "1:05" -> 65 */
export function countdownSeconds(text) {
  const [m, s] = text.trim().split(':').map(Number);
  return m * 60 + s;
}

/**
 * Notes each change of the clock a page shows in `selector` (the first "m:ss" in its text), with
 * the moment it changed by the page's own clock (absolute, so pages can be compared). Moments of
 * change, not readings at arbitrary times: two of them differ by the real time between them, to
 * within the page's refresh, however slow the machine or the test's round trips.
 */
export async function watchClock(page, selector) {
  const name = `clockChanges${Math.random().toString(36).slice(2)}`;
  await page.evaluate(
    ([selector, name]) => {
      const shown = () => {
        const m = /(\d+):(\d\d)/.exec(document.querySelector(selector)?.textContent ?? '');
        return m ? Number(m[1]) * 60 + Number(m[2]) : null;
      };
      const changes = (globalThis[name] = []);
      let last = shown();
      new MutationObserver(() => {
        const now = shown();
        if (now === last) return;
        last = now;
        changes.push({ shown: now, at: performance.timeOrigin + performance.now() });
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    [selector, name],
  );
  const changes = () => page.evaluate((name) => globalThis[name], name);
  return {
    changes,
    /** The first noted change and the first one `seconds` below it on the clock. */
    async fallenBy(seconds) {
      const found = await page.waitForFunction(
        ([name, seconds]) => {
          const [first, ...later] = globalThis[name];
          const last = first && later.find((change) => first.shown - change.shown >= seconds);
          return last ? { first, last } : null;
        },
        [name, seconds],
        { timeout: (seconds + 10) * 1000 },
      );
      return found.jsonValue();
    },
    /** Every change noted within the next `ms` of real time (a clock standing still shows only over time). */
    async changesWithin(ms) {
      const before = (await changes()).length;
      const end = await page.evaluate((ms) => performance.timeOrigin + performance.now() + ms, ms);
      await page.waitForFunction((end) => performance.timeOrigin + performance.now() >= end, end, { timeout: ms + 10_000 });
      return (await changes()).slice(before);
    },
  };
}

/** A virtual X display, so Chromium runs visibly and its idle detection follows real input. */
export async function startXvfb() {
  const { spawn } = await import('node:child_process');
  // Xvfb picks a free display itself and writes its number to fd 3 once it accepts connections.
  const server = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const number = await new Promise((resolve, reject) => {
    let output = '';
    server.stdio[3].on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve(output.trim());
    });
    server.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before its display was ready`)));
    server.once('error', reject);
  });
  return {
    display: `:${number}`,
    stop: () => server.kill(),
  };
}

/** Real user input on that display (Playwright's own input does not count for idle). */
export async function moveMouse(display) {
  const { execFileSync } = await import('node:child_process');
  // There and back: the pointer always moves, wherever it was.
  for (const step of ['9', '-9'])
    execFileSync('xdotool', ['mousemove_relative', '--', step, step], { env: { ...process.env, DISPLAY: display } });
}

/**
 * Starts listening, in `page`, for the next change of `key` in the extension's storage `area`;
 * the returned function waits for it and gives the new value. Listen first, then act, so the
 * change cannot slip past.
 */
export async function nextStorageChange(page, area, key) {
  const name = `storageChange${Math.random().toString(36).slice(2)}`;
  await page.evaluate(
    ([area, key, name]) => {
      globalThis[name] = new Promise((resolve) => {
        const listener = (changes, changedArea) => {
          if (changedArea !== area || !(key in changes)) return;
          chrome.storage.onChanged.removeListener(listener);
          resolve(changes[key].newValue);
        };
        chrome.storage.onChanged.addListener(listener);
      });
    },
    [area, key, name],
  );
  return () => page.evaluate((name) => globalThis[name], name);
}

/** The settings as stored, read through an extension page. */
export const storedSettings = (page) => page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);

/** What a settings page's save status says: "Saved", or why not. */
export const saveStatus = (page) => page.getByTestId('save-status').innerText();

/** The history log as stored (entries, oldest first), read through an extension page. */
export const storedHistory = (page) => page.evaluate(async () => (await chrome.storage.local.get('history')).history ?? []);

/** Changes one setting the way a person does: on the options page, until it says "Saved". */
export async function changeSetting(ext, label, value) {
  const page = await ext.openPage('options.html');
  await page.getByLabel(label).fill(String(value));
  await waitFor(async () => (await saveStatus(page)) === 'Saved', { what: `"${label}" to save` });
  await page.close();
}

/**
 * A private D-Bus session with a desktop notification server on it, so the browser shows its
 * notifications there and a test can read them and press their buttons. Pass `env` to
 * launchExtension.
 */
export async function startNotificationServer() {
  const { spawn } = await import('node:child_process');
  const { createInterface } = await import('node:readline');
  const bus = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const address = await new Promise((resolve, reject) => {
    createInterface({ input: bus.stdout }).once('line', resolve);
    bus.once('exit', () => reject(new Error('dbus-daemon exited')));
  });
  const env = { DBUS_SESSION_BUS_ADDRESS: address.trim() };
  const server = spawn('/usr/bin/python3', [resolve('tests/e2e/notificationServer.py')], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  /** Everything the server was told, in order: { event: 'notify' | 'close', id, summary, body, actions }. */
  const events = [];
  createInterface({ input: server.stdout }).on('line', (line) => events.push(JSON.parse(line)));
  await waitFor(() => events.some((e) => e.event === 'ready'), { what: 'the notification server' });
  return {
    env,
    events,
    /** Presses one of a notification's actions (a button's key, or "default" for the notification). */
    invoke: (id, action) => server.stdin.write(`invoke ${id} ${action}\n`),
    stop() {
      server.kill();
      bus.kill();
    },
  };
}

/** Real typing on that display, into whatever window has the keyboard focus. */
export async function typeText(display, text, delayMs) {
  const { execFile } = await import('node:child_process');
  const { promisify } = await import('node:util');
  await promisify(execFile)('xdotool', ['type', '--delay', String(delayMs), text], { env: { ...process.env, DISPLAY: display } });
}

/** Gives the keyboard focus to the X window whose title contains `title`. */
export async function focusWindow(display, title) {
  const { execFileSync } = await import('node:child_process');
  const env = { ...process.env, DISPLAY: display };
  const ids = execFileSync('xdotool', ['search', '--name', title], { env }).toString().trim().split('\n');
  execFileSync('xdotool', ['windowfocus', '--sync', ids[0]], { env });
}

/**
 * The options page's later sections load when they come near the screen: scrolls to each, as a
 * person reading on does, and waits until its content has come.
 */
export async function showAllOptionsSections(page) {
  for (const [heading, content] of [
    ['#custom-heading', '#exerciseSource'],
    ['#history-heading', '#import-history'],
  ]) {
    await page.locator(heading).scrollIntoViewIfNeeded();
    await page.locator(content).waitFor();
  }
}

/**
 * Opens the options page in a new tab once its form is there; with `allSections`, also once its
 * later sections have loaded.
 */
export async function openOptions(ext, { allSections = false } = {}) {
  const page = await ext.openPage('options.html');
  await page.locator('#intervalMinutes').waitFor();
  if (allSections) await showAllOptionsSections(page);
  return page;
}
