// Installs the Firefox build into Debian's Firefox ESR as a temporary add-on, over WebDriver BiDi.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { waitFor } from '../e2e/harness.mjs';

export { countdownSeconds, launchForAllTests, moveMouse, startXvfb, waitFor } from '../e2e/harness.mjs';

export const EXTENSION_DIR = resolve('.output/firefox-mv2');
export const FIREFOX = '/usr/bin/firefox-esr';

/**
 * @param {{ display?: string, sessionBus?: string, backgroundIdleMs?: number }} options display and
 *   sessionBus run a visible Firefox on that X display and D-Bus session (shortcuts, idle, notifications);
 *   backgroundIdleMs is how long the event page stays awake with nothing to do (Firefox's default is 30 s).
 */
export async function launchFirefox({ display, sessionBus, backgroundIdleMs } = {}) {
  const manifestPath = resolve(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error('Build first: npx wxt build -b firefox');
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: apt-get install -y firefox-esr`);
  const addonId = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
  // Firefox gives each install a random host; fixing it lets the test open pages by URL.
  const host = randomUUID();
  const env = { ...process.env, ...(display ? { DISPLAY: display } : {}), ...(sessionBus ? { DBUS_SESSION_BUS_ADDRESS: sessionBus } : {}) };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: !display,
    env,
    // Without it Firefox refuses to open moz-extension:// pages for the remote agent.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: host }),
      // Extension pages' console and uncaught errors go to Firefox's stdout (page.on('console') never fires for them).
      'devtools.console.stdout.content': true,
      'browser.dom.window.dump.enabled': true,
      ...(backgroundIdleMs ? { 'extensions.background.idle.timeout': backgroundIdleMs } : {}),
    },
  });
  const output = [];
  const record = (chunk) => output.push(...String(chunk).split('\n'));
  browser.process()?.stdout?.on('data', record);
  browser.process()?.stderr?.on('data', record);
  await browser.installExtension(EXTENSION_DIR);
  const origin = `moz-extension://${host}`;

  return {
    browser,
    origin,
    url: (path) => `${origin}/${path}`,
    /** Opens an extension page in a new tab and resolves once it has loaded. */
    async openPage(path) {
      const page = await browser.newPage();
      await navigate(page, `${origin}/${path}`);
      return page;
    },
    /** The extension's own errors so far: uncaught exceptions and console.error calls from its pages. */
    errors: () =>
      output.filter((line) => line.includes(`JavaScript error: ${origin}`) || (line.startsWith('console.error:') && /Unhunch/.test(line))),
    async close() {
      await browser.close();
    },
  };
}

/**
 * `page.goto` never resolves for moz-extension:// pages: navigate without waiting, then
 * wait for the document itself.
 */
export async function navigate(page, url) {
  await page.mainFrame().browsingContext.navigate(url, 'none');
  await waitFor(
    async () => {
      const [href, state] = await page.evaluate(() => [location.href, document.readyState]);
      return href === url && state === 'complete';
    },
    { what: `${url} to load` },
  );
}

/** The extension's event page is asleep (asking does not wake it). */
export const backgroundAsleep = (page) => page.evaluate(() => browser.extension.getBackgroundPage() === null);

/** Clicks the button a person would see with this name (its text or aria-label). */
export async function clickButton(page, name) {
  const button = await waitFor(() => buttonNamed(page, name), { what: `the "${name}" button` });
  await button.click();
}

async function buttonNamed(page, name) {
  const handle = await page.evaluateHandle(
    (n) => [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === n && !b.disabled) ?? null,
    name,
  );
  const element = handle.asElement();
  if (!element) await handle.dispose();
  return element;
}

/** The visible text of the first element matching `selector`, or null. */
export const textOf = (page, selector) => page.evaluate((s) => document.querySelector(s)?.innerText ?? null, selector);

/**
 * A D-Bus session with a notification server on that display, as a desktop has: Firefox shows
 * extension notifications through it. `notifications()` lists what reached the server.
 */
export async function startDesktopSession(display) {
  const bus = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let address = '';
  bus.stdout.on('data', (chunk) => (address += chunk));
  await waitFor(() => address.includes('\n'), { timeout: 10_000, what: 'the D-Bus session to start' });
  const sessionBus = address.trim();
  const env = { ...process.env, DISPLAY: display, DBUS_SESSION_BUS_ADDRESS: sessionBus };
  const notifier = spawn('/usr/lib/notification-daemon/notification-daemon', [], { stdio: 'ignore', env });
  const monitor = spawn('dbus-monitor', ['--session', "interface='org.freedesktop.Notifications',member='Notify'"], {
    stdio: ['ignore', 'pipe', 'ignore'],
    env,
  });
  let log = '';
  monitor.stdout.on('data', (chunk) => (log += chunk));
  await waitFor(() => log.includes('NameAcquired'), { timeout: 10_000, what: 'the D-Bus monitor to start' });
  return {
    sessionBus,
    /** Each notification sent to the desktop: its title and text. */
    notifications: () =>
      log
        .split(/^method call /m)
        .filter((call) => call.includes('member=Notify'))
        .map((call) => {
          // Notify(app_name, replaces_id, app_icon, summary, body, ...): the 3rd and 4th strings.
          const strings = [...call.matchAll(/^\s+string "(.*)"$/gm)].map((m) => m[1]);
          return { title: strings[2], message: strings[3] };
        }),
    stop() {
      monitor.kill();
      notifier.kill();
      bus.kill();
    },
  };
}
