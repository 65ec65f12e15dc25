// The popup's wiring to storage: one read of what it shows, parsed, and kept current.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPopupStore } from '../../entrypoints/popup/popupStore';
import { defaultSettings } from '../../src/core/settings';
import { waitFor } from './setup';

const running = (startedAt: number) => ({
  exerciseId: 'chairTwist',
  breakMs: 120_000,
  status: 'running',
  startedAt,
  pausedAt: null,
  pausedMs: 0,
  endedAt: null,
  outcome: null,
});

describe('popup store', () => {
  it('reads settings, sitting clock, stretch and history with one get per storage area', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), breakMinutes: 5 } });
    await fakeBrowser.storage.local.set({ stretch: running(Date.now() - 1000), history: [] });
    const local = vi.spyOn(fakeBrowser.storage.local, 'get');
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const store = await openPopupStore();
    expect(local).toHaveBeenCalledOnce();
    expect(sync).toHaveBeenCalledOnce();
    expect(store.current.settings.breakMinutes).toBe(5);
    expect(store.current.stretch.state?.status).toBe('running');
    expect(store.current.schedule).toBeUndefined();
  });

  it('shows the defaults when storage cannot be read, rather than nothing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error'));
    const { current } = await openPopupStore();
    expect(current.settings).toEqual(defaultSettings());
    expect(current.stretch.state).toBeNull();
    expect(current.history).toEqual([]);
  });

  it('parses what it reads: damaged values give defaults, never a crash', async () => {
    await fakeBrowser.storage.sync.set({ settings: { breakMinutes: 'lots', theme: 'dark' } });
    await fakeBrowser.storage.local.set({ stretch: { status: 'running' }, history: 'not a list' });
    const { current } = await openPopupStore();
    expect(current.settings).toEqual({ ...defaultSettings(), theme: 'dark' });
    expect(current.stretch.state).toBeNull();
    expect(current.history).toEqual([]);
  });

  it('keeps up with changes, including one made while it opens', async () => {
    const opening = openPopupStore();
    await fakeBrowser.storage.local.set({ stretch: running(Date.now()) });
    const store = await opening;
    expect(store.current.stretch.state?.status).toBe('running');

    const seen = vi.fn();
    store.subscribe(seen);
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), language: 'de' } });
    await waitFor(() => expect(seen).toHaveBeenCalled());
    expect(store.current.settings.language).toBe('de');
    expect(store.current.stretch.state?.status).toBe('running');
  });
});
