// Chromium driven over a raw DevTools pipe. Playwright's launcher attaches a DevTools session to
// every service worker, and Chrome never stops a worker that has one: the worker figures would be
// meaningless. Here nothing attaches to anything unless the bench asks for it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = '/usr/bin/chromium';
const FAKETIME_LIB = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
const ANSWER_TIMEOUT_MS = 60_000;

/**
 * Starts Chromium with a fresh profile and no extension; `Extensions.loadUnpacked` loads one.
 * @param {{ speed?: number }} options speed > 1 runs the whole browser's clock faster (libfaketime).
 */
export async function launchBrowser({ speed = 1 } = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  if (speed !== 1 && !existsSync(FAKETIME_LIB)) throw new Error('libfaketime is missing: apt-get install -y faketime');
  const profile = await mkdtemp(join(tmpdir(), 'unhunch-bench-'));
  const env = { ...process.env };
  if (speed !== 1) Object.assign(env, { LD_PRELOAD: FAKETIME_LIB, FAKETIME: `+0 x${speed}` });
  const child = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--remote-debugging-pipe',
      '--enable-unsafe-extension-debugging',
      `--user-data-dir=${profile}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Tabs the bench opens side by side keep their timers and frames running.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      'about:blank',
    ],
    { env, stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  child.stderr.resume(); // Chromium's own log is noise here; keep the pipe drained.
  const cdp = new Connection(child.stdio[3], child.stdio[4]);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await cdp.send('Browser.getVersion');
  return {
    cdp,
    async close() {
      cdp.closed = true;
      child.kill();
      await exited;
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** One DevTools connection: browser-level commands, and flat sessions for attached targets. */
class Connection {
  #nextId = 1;
  #pending = new Map();
  #listeners = new Set();
  closed = false;

  constructor(writable, readable) {
    this.writable = writable;
    let buffered = '';
    readable.setEncoding('utf8');
    readable.on('data', (text) => {
      buffered += text;
      let end;
      while ((end = buffered.indexOf('\0')) >= 0) {
        this.#receive(JSON.parse(buffered.slice(0, end)));
        buffered = buffered.slice(end + 1);
      }
    });
  }

  #receive(message) {
    if (message.id !== undefined) {
      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (message.error) pending?.reject(new Error(`${pending.method}: ${message.error.message}`));
      else pending?.resolve(message.result);
      return;
    }
    for (const listener of this.#listeners) listener(message);
  }

  /** @returns {Promise<any>} Rejects after a minute without an answer: a stuck browser fails the bench, never hangs it. */
  send(method, params = {}, sessionId = undefined) {
    const id = this.#nextId++;
    let timer;
    const done = new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, method });
      timer = setTimeout(() => reject(new Error(`${method}: no answer from Chromium in ${ANSWER_TIMEOUT_MS / 1000} s`)), ANSWER_TIMEOUT_MS);
    });
    this.writable.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return done.finally(() => clearTimeout(timer));
  }

  /** Calls `listener(params, sessionId)` for every `method` event; returns a function that stops it. */
  on(method, listener) {
    const wrapped = (message) => message.method === method && listener(message.params, message.sessionId);
    this.#listeners.add(wrapped);
    return () => this.#listeners.delete(wrapped);
  }

  /** Opens a tab at `url` (in a window of its own, so it is visible and paints) and attaches to it. */
  async openTab(url, { newWindow = false } = {}) {
    const { targetId } = await this.send('Target.createTarget', { url, newWindow });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    return new Tab(this, targetId, sessionId);
  }
}

class Tab {
  constructor(cdp, targetId, sessionId) {
    this.cdp = cdp;
    this.targetId = targetId;
    this.sessionId = sessionId;
  }

  send(method, params = {}) {
    return this.cdp.send(method, params, this.sessionId);
  }

  /** Evaluates an expression in the page, awaiting a promise it returns; throws what the page threw. */
  async evaluate(expression) {
    const { result, exceptionDetails } = await this.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`in page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  }

  close() {
    return this.cdp.send('Target.closeTarget', { targetId: this.targetId });
  }
}

/** Polls until `check` returns a truthy value (real time). */
export async function waitFor(check, { timeout = 15_000, interval = 50, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check(); // a check that throws ends the wait with its error
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
