// The background entrypoint: listeners registered at once, and each browser event reaches
// the right handler. The fake browser has no idle, commands or context menus: mocked here.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { BREAK_ALARM } from '../../src/core/scheduleEvents';
import { defaultSettings } from '../../src/core/settings';
import { loadLanguage } from '../../src/platform/i18n';
import { writeSettingsPatch } from '../../src/platform/settingsStore';
import { loadHistory } from '../../src/platform/historyStore';
import { loadStretch, scheduleItem } from '../../src/platform/stateStore';
import { serveLocaleFiles } from './localeFiles';
import { settled, waitFor } from './setup';

function listenerSlot<T extends (...args: never[]) => unknown>() {
  const listeners: T[] = [];
  return {
    addListener: (l: T) => listeners.push(l),
    fire: (...args: Parameters<T>) => listeners.forEach((l) => l(...args)),
    count: () => listeners.length,
  };
}

let idleChanged: ReturnType<typeof listenerSlot>;
let menuClicked: ReturnType<typeof listenerSlot>;
let commandFired: ReturnType<typeof listenerSlot>;
let menus: Array<{ id: string; title: string; contexts: string[] }>;

beforeEach(() => {
  idleChanged = listenerSlot();
  menuClicked = listenerSlot();
  commandFired = listenerSlot();
  menus = [];
  Object.assign(fakeBrowser, {
    idle: { setDetectionInterval: vi.fn(), queryState: vi.fn(async () => 'active'), onStateChanged: idleChanged },
    contextMenus: {
      removeAll: vi.fn(async () => void (menus = [])),
      create: vi.fn((item: (typeof menus)[number]) => void menus.push(item)),
      onClicked: menuClicked,
    },
    commands: { onCommand: commandFired },
  });
  fakeBrowser.action.openPopup = vi.fn(async () => undefined);
  background.main();
});

const schedule = async () => (await scheduleItem.getValue()) as { paused: boolean; pausedUntil: number | null };

describe('background entrypoint', () => {
  it('registers its listeners synchronously in main', () => {
    expect(idleChanged.count()).toBe(1);
    expect(menuClicked.count()).toBe(1);
    expect(commandFired.count()).toBe(1);
    // The fake's events all have hasListeners(); not all of its types say so.
    const events = [
      fakeBrowser.runtime.onInstalled,
      fakeBrowser.runtime.onStartup,
      fakeBrowser.runtime.onMessage,
      fakeBrowser.alarms.onAlarm,
      fakeBrowser.notifications.onButtonClicked,
      fakeBrowser.notifications.onClicked,
      fakeBrowser.storage.sync.onChanged, // settings changes
    ] as unknown as Array<{ hasListeners(): boolean }>;
    for (const event of events) expect(event.hasListeners()).toBe(true);
  });

  it('sets the idle threshold to the away time at every worker start', async () => {
    await waitFor(() => expect(fakeBrowser.idle.setDetectionInterval).toHaveBeenCalledWith(300));
  });

  it('on install: arms the break, and builds the toolbar menu', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await waitFor(async () => expect(await fakeBrowser.alarms.get(BREAK_ALARM)).toBeDefined());
    expect(menus.map((m) => m.title)).toEqual([
      'Start a stretch now',
      'Pause for 1 hour',
      'Pause until tomorrow',
      'Resume reminders',
      'Settings',
    ]);
    expect(menus.every((m) => m.contexts[0] === 'action')).toBe(true);
  });

  it('the menu pauses for an hour and resumes', async () => {
    const before = Date.now();
    menuClicked.fire({ menuItemId: 'pause1h' } as never, undefined as never);
    await waitFor(async () => expect((await schedule())?.paused).toBe(true));
    const until = (await schedule()).pausedUntil!;
    expect(until - before).toBeGreaterThanOrEqual(3_600_000);
    expect(until - before).toBeLessThan(3_600_000 + 5_000);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('II');
    menuClicked.fire({ menuItemId: 'resume' } as never, undefined as never);
    await waitFor(async () => expect((await schedule()).paused).toBe(false));
  });

  it('the keyboard shortcut starts a stretch and opens the popup', async () => {
    commandFired.fire('start-stretch' as never);
    await waitFor(async () => expect((await loadStretch())?.status).toBe('running'));
    await waitFor(() => expect(fakeBrowser.action.openPopup).toHaveBeenCalled());
  });

  it('with the popup already open, the shortcut shows the stretch there: no second window', async () => {
    const runtime = fakeBrowser.runtime as unknown as { getContexts?: unknown };
    runtime.getContexts = vi.fn(async () => [{ contextType: 'POPUP' }]);
    // What Firefox answers when asked to open a popup over an open one.
    fakeBrowser.action.openPopup = vi.fn(async () => Promise.reject(new Error('openPopup() cannot be called while another panel is open')));
    const createWindow = vi.spyOn(fakeBrowser.windows, 'create');
    try {
      commandFired.fire('start-stretch' as never);
      await waitFor(async () => expect((await loadStretch())?.status).toBe('running'));
      await settled();
      expect(fakeBrowser.action.openPopup).not.toHaveBeenCalled();
      expect(createWindow).not.toHaveBeenCalled();
    } finally {
      delete runtime.getContexts;
    }
  });

  it('falls back to the break window when the popup cannot open', async () => {
    fakeBrowser.action.openPopup = vi.fn(async () => Promise.reject(new Error('no focused window')));
    const createWindow = vi.spyOn(fakeBrowser.windows, 'create');
    menuClicked.fire({ menuItemId: 'start' } as never, undefined as never);
    await waitFor(() => expect(createWindow).toHaveBeenCalled());
    expect((await loadStretch())?.status).toBe('running');
  });

  it('an idle report reaches the sitting clock', async () => {
    idleChanged.fire('locked' as never);
    await waitFor(async () => expect(((await scheduleItem.getValue()) as { awaySince: number | null })?.awaySince).not.toBeNull());
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it("the nudge's Snooze button snoozes; clicking the nudge starts the stretch", async () => {
    await fakeBrowser.notifications.onButtonClicked.trigger('unhunch-break', 1);
    await waitFor(async () => expect((await loadHistory()).map((e) => e.outcome)).toEqual(['snoozed']));
    await fakeBrowser.notifications.onClicked.trigger('unhunch-break');
    await waitFor(async () => expect((await loadStretch())?.status).toBe('running'));
  });

  it('opens the welcome page when installed, and not when updated or reloaded', async () => {
    const createTab = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0', temporary: false });
    await fakeBrowser.runtime.onStartup.trigger();
    await settled();
    expect(createTab).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await waitFor(() => expect(createTab).toHaveBeenCalledTimes(1));
    expect(createTab).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/welcome.html') });
  });

  it("imports a page's valid history entries, says in the console which it left out, and ignores refused requests", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const at = Date.now() - 3_600_000;
    const entry = { at, outcome: 'done', sittingMs: 45 * 60_000 };
    const reply = await fakeBrowser.runtime.sendMessage({ type: 'importHistory', entries: [entry, { ...entry, outcome: 'napped' }] });
    // The reply counts the entries imported; the one left out is for the console, not the page.
    expect(reply).toEqual({ added: 1, alreadyThere: 0, tooOld: 0, inFuture: 0, overLimit: 0 });
    expect(await loadHistory()).toEqual([entry]);
    expect(warn.mock.calls).toEqual([['Unhunch: history import: entry 2 left out (historyProblemOutcome)']]);

    warn.mockClear();
    const before = await schedule();
    expect(await fakeBrowser.runtime.sendMessage({ type: 'pause', choice: 'forever' })).toBeUndefined();
    expect(warn.mock.calls).toEqual([['Unhunch: pause request refused: no known choice of how long']]);
    expect(await schedule()).toEqual(before);
    warn.mockRestore();
  });

  it('speaks a newly chosen language in the menu and the badge title at once', async () => {
    serveLocaleFiles();
    try {
      await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0', temporary: false });
      await waitFor(() => expect(menus[0]?.title).toBe('Start a stretch now'));
      await writeSettingsPatch({ ...defaultSettings(), language: 'de' });
      const german = JSON.parse(readFileSync('public/_locales/de/messages.json', 'utf8'));
      await waitFor(() => expect(menus[0]?.title).toBe(german.menuStartStretch.message));
      await waitFor(async () =>
        expect(await fakeBrowser.action.getTitle({})).toBe(german.badgeTitleNext.message.replace('$1', '45')),
      );
    } finally {
      await loadLanguage('browser');
      vi.unstubAllGlobals();
    }
  });
});
