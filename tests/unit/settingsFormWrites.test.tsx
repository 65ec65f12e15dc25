// What a page sends when settings change: the options form sends only the fields changed there
// and shows what others change meanwhile; the player's switches save a burst of clicks at once
// and say when a save was refused.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { PendingSettingsWrite, SettingsPatch } from '../../src/core/settingsWrites';
import type { SaveSettingsReply, SettingsWriter } from '../../src/core/settingsWrites';
import { SAVE_DEBOUNCE_MS } from '../../src/ui/usePatchSaver';
import { useSettingSwitches, type SettingSwitches } from '../../src/ui/useSettingSwitches';
import { usePageContainer, wiredOptionsPage } from './pageFixture';
import { queriesIn, type } from './queries';
import { storedSettings, waitFor } from './setup';

const container = usePageContainer();
let root: HTMLElement;
beforeEach(() => {
  root = container();
});

const { $ } = queriesIn(() => root);

describe('options form', () => {
  it('shows a change made elsewhere at once, without touching a field being edited, and saves only its own', async () => {
    render((await wiredOptionsPage())(), root);
    await waitFor(() => expect($('#intervalMinutes')).not.toBeNull());
    type($<HTMLInputElement>('#intervalMinutes')!, '60');
    // Another page (or device) writes the whole settings, with its own break length, before this page saves.
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, breakMinutes: 5, badge: false } });
    await waitFor(() => expect($<HTMLInputElement>('#breakMinutes')!.value).toBe('5'));
    expect($<HTMLInputElement>('#badge')!.checked).toBe(false);
    expect($<HTMLInputElement>('#intervalMinutes')!.value).toBe('60');

    await waitFor(() => expect($('[data-testid="save-status"]')!.textContent).toBe('Saved'));
    expect(await storedSettings()).toEqual({ ...DEFAULT_SETTINGS, breakMinutes: 5, badge: false, intervalMinutes: 60 });
  });

  it('leaves an unsent change in storage for the background when the page is closing', async () => {
    render((await wiredOptionsPage())(), root);
    await waitFor(() => expect($('#breakMinutes')).not.toBeNull());
    type($<HTMLInputElement>('#breakMinutes')!, '7');
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect((await storedSettings())?.breakMinutes).toBe(7));
  });
});

/** A writer with plain functions: each save waits for the test's answer. */
function fakeWriter() {
  const saves: { patch: SettingsPatch; answer: (reply: SaveSettingsReply) => void }[] = [];
  const left: SettingsPatch[] = [];
  let pendingListener: (pending: PendingSettingsWrite | null) => void = () => {};
  const writer: SettingsWriter = {
    save: (patch) => new Promise((answer) => saves.push({ patch, answer })),
    leave: (patch) => void left.push(patch),
    watchPending: (cb) => {
      pendingListener = cb;
      return () => {};
    },
  };
  return { writer, saves, left, pendingChanged: (p: PendingSettingsWrite | null) => pendingListener(p) };
}

function renderSwitches(stored: Settings, writer: SettingsWriter): { current: () => SettingSwitches; rerender: (s: Settings) => void } {
  let latest: SettingSwitches;
  function Probe({ settings }: { settings: Settings }) {
    latest = useSettingSwitches(settings, writer);
    return <p>{latest.problemKey}</p>;
  }
  // act: the effects (the page's listeners) are in place when it returns.
  act(() => render(<Probe settings={stored} />, root));
  return { current: () => latest, rerender: (s) => act(() => render(<Probe settings={s} />, root)) };
}

describe('player switches', () => {
  it('save a burst of clicks once, after a pause, as a patch of just those switches', async () => {
    vi.useFakeTimers();
    try {
      const { writer, saves } = fakeWriter();
      const switches = renderSwitches(DEFAULT_SETTINGS, writer);
      switches.current().toggle('sound');
      await vi.advanceTimersByTimeAsync(0);
      expect(switches.current().sound).toBe(true); // shown at once
      switches.current().toggle('voice');
      switches.current().toggle('sound');
      switches.current().toggle('sound');
      await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS - 1);
      expect(saves).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(saves.map((s) => s.patch)).toEqual([{ sound: true, voice: true }]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('say when a save was refused and clear it once the background wrote it; a lost save shows storage again', async () => {
    vi.useFakeTimers();
    try {
      const { writer, saves, pendingChanged } = fakeWriter();
      const switches = renderSwitches(DEFAULT_SETTINGS, writer);
      switches.current().toggle('sound');
      await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
      saves[0]!.answer({ ok: false, messageKey: 'settingsErrorSaveRetrying' });
      await vi.advanceTimersByTimeAsync(0);
      expect(switches.current().problemKey).toBe('settingsErrorSaveRetrying');
      expect(switches.current().sound).toBe(true); // still going to be saved
      pendingChanged(null);
      switches.rerender({ ...DEFAULT_SETTINGS, sound: true });
      await vi.advanceTimersByTimeAsync(0);
      expect(switches.current().problemKey).toBeNull();
      expect(switches.current().sound).toBe(true);

      switches.current().toggle('voice');
      await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
      saves[1]!.answer({ ok: false, messageKey: 'settingsErrorSaveFailed' });
      await vi.advanceTimersByTimeAsync(0);
      expect(switches.current().problemKey).toBe('settingsErrorSaveFailed');
      expect(switches.current().voice).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('follow a later change from elsewhere after a click and its undo that saved nothing new', async () => {
    vi.useFakeTimers();
    try {
      const { writer, saves } = fakeWriter();
      const switches = renderSwitches(DEFAULT_SETTINGS, writer);
      switches.current().toggle('sound');
      switches.current().toggle('sound');
      await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
      expect(saves.map((s) => s.patch)).toEqual([{ sound: false }]);
      // Storage already held it: the background writes nothing, so no storage change follows.
      saves[0]!.answer({ ok: true, settings: DEFAULT_SETTINGS });
      await vi.advanceTimersByTimeAsync(0);
      expect(switches.current().sound).toBe(false);
      switches.rerender({ ...DEFAULT_SETTINGS, sound: true }); // turned on in another window
      await vi.advanceTimersByTimeAsync(0);
      expect(switches.current().sound).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leave an unsaved click in storage when the popup closes', () => {
    const { writer, saves, left } = fakeWriter();
    const switches = renderSwitches(DEFAULT_SETTINGS, writer);
    act(() => switches.current().toggle('voice'));
    window.dispatchEvent(new Event('pagehide'));
    expect(left).toEqual([{ voice: true }]);
    expect(saves).toHaveLength(0);
  });
});
