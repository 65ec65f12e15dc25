import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_FIELDS, type Settings } from '../../src/core/settings';
import type { HistoryEntry } from '../../src/core/history';
import { loadSettings, watchSettings, writeSettingsPatch } from '../../src/platform/settingsStore';
import {
  addHistoryEntry,
  clearHistory,
  importHistoryEntries,
  loadHistory,
  watchHistory,
} from '../../src/platform/historyStore';
import { settled } from './setup';

// How @wxt-dev/storage keeps an item: the value under its key (without the area prefix),
// and metadata such as the version under the key plus "$": { v: <version> }.
const SYNC_KEY = 'settings';
const SYNC_META = 'settings$';
const LOCAL_KEY = 'history';

const MINE: Settings = {
  ...DEFAULT_SETTINGS,
  intervalMinutes: 30,
  activeHours: { enabled: true, days: [1, 2, 3], startMinute: 480, endMinute: 960 },
  positions: ['seated'],
  theme: 'light',
};

async function rawSync(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.sync.get();
}

/** A fresh copy of the settings store, as a newly started worker or page would load it. */
async function freshSettingsStore(): Promise<typeof import('../../src/platform/settingsStore')> {
  vi.resetModules();
  return import('../../src/platform/settingsStore');
}

describe('settingsStore', () => {
  it('gives the defaults, without problems, when nothing is stored', async () => {
    expect(await loadSettings()).toEqual({ value: DEFAULT_SETTINGS, problems: [], ignoredKeys: [] });
  });

  it('saves and loads valid settings', async () => {
    expect(await writeSettingsPatch(MINE)).toEqual({ ok: true, settings: MINE });
    expect(await loadSettings()).toEqual({ value: MINE, problems: [], ignoredKeys: [] });
    expect(await rawSync()).toEqual({ [SYNC_KEY]: MINE });
    expect(JSON.stringify(await rawSync()).length).toBeLessThan(8192);
  });

  it('writes a patch over what is stored at that moment, keeping the other fields', async () => {
    await writeSettingsPatch(MINE);
    // Another device changed the theme in between.
    await fakeBrowser.storage.sync.set({ [SYNC_KEY]: { ...MINE, theme: 'dark' } });
    expect(await writeSettingsPatch({ breakMinutes: 4 })).toEqual({ ok: true, settings: { ...MINE, theme: 'dark', breakMinutes: 4 } });
    expect((await rawSync())[SYNC_KEY]).toEqual({ ...MINE, theme: 'dark', breakMinutes: 4 });
  });

  it('drops keys that are not settings and repairs invalid stored fields when writing', async () => {
    await fakeBrowser.storage.sync.set({ [SYNC_KEY]: { ...MINE, extra: 1, soundVolume: -4 } });
    await writeSettingsPatch({ sound: true });
    expect((await rawSync())[SYNC_KEY]).toEqual({ ...MINE, sound: true, soundVolume: DEFAULT_SETTINGS.soundVolume });
  });

  it('does not write again when nothing changed', async () => {
    await writeSettingsPatch(MINE);
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await writeSettingsPatch({ ...MINE });
    expect(set).not.toHaveBeenCalled();
    await writeSettingsPatch({ sound: true });
    expect(set).toHaveBeenCalled();
    set.mockRestore();
  });

  it('reports a storage failure instead of throwing', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await writeSettingsPatch(MINE)).toEqual({ ok: false });
    set.mockRestore();
    warn.mockRestore();
  });

  describe('garbage written by hand', () => {
    it.each([
      ['a string', 'hello'],
      ['a number', 42],
      ['a list', [1, 2, 3]],
      ['false', false],
    ])('%s gives the defaults with problems, and stays stored until a valid save', async (_, garbage) => {
      await fakeBrowser.storage.sync.set({ [SYNC_KEY]: garbage, [SYNC_META]: { v: 2 } });
      const loaded = await loadSettings();
      expect(loaded.value).toEqual(DEFAULT_SETTINGS);
      expect(loaded.problems.length).toBe(SETTINGS_FIELDS.length);
      expect((await rawSync())[SYNC_KEY]).toEqual(garbage);
      expect((await writeSettingsPatch(MINE)).ok).toBe(true);
      expect((await rawSync())[SYNC_KEY]).toEqual(MINE);
    });

    it('keeps the valid fields of a partly damaged object', async () => {
      const damaged = { ...MINE, intervalMinutes: 'soon', soundVolume: -4, positions: [], mystery: true };
      await fakeBrowser.storage.sync.set({ [SYNC_KEY]: damaged, [SYNC_META]: { v: 2 } });
      const loaded = await loadSettings();
      expect(loaded.value).toEqual({
        ...MINE,
        intervalMinutes: DEFAULT_SETTINGS.intervalMinutes,
        soundVolume: DEFAULT_SETTINGS.soundVolume,
        positions: DEFAULT_SETTINGS.positions,
      });
      expect(loaded.problems.map((p) => p.field)).toEqual(['intervalMinutes', 'positions', 'soundVolume']);
      expect(loaded.ignoredKeys).toEqual(['mystery']);
      expect((await rawSync())[SYNC_KEY]).toEqual(damaged);
    });

    it('garbage without a version meta survives a fresh start (the v2 migration leaves it alone)', async () => {
      await fakeBrowser.storage.sync.set({ [SYNC_KEY]: 'garbage' });
      const store = await freshSettingsStore();
      const loaded = await store.loadSettings();
      expect(loaded.value).toEqual(DEFAULT_SETTINGS);
      expect((await rawSync())[SYNC_KEY]).toBe('garbage');
    });

    it('settings from a newer version (v3) are read field by field, not thrown away', async () => {
      await fakeBrowser.storage.sync.set({ [SYNC_KEY]: { ...MINE, futureThing: 1 }, [SYNC_META]: { v: 3 } });
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const store = await freshSettingsStore();
      const loaded = await store.loadSettings();
      error.mockRestore();
      expect(loaded.value).toEqual(MINE);
      expect(loaded.ignoredKeys).toEqual(['futureThing']);
    });

    it('a failing storage read gives the defaults instead of throwing', async () => {
      const get = vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is off'));
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const loaded = await loadSettings();
      get.mockRestore();
      warn.mockRestore();
      expect(loaded.value).toEqual(DEFAULT_SETTINGS);
    });
  });

  describe('stored version numbers', () => {
    it('a corrupted version number is never acted on: the settings load at once', async () => {
      await fakeBrowser.storage.sync.set({ [SYNC_KEY]: MINE, [SYNC_META]: { v: -3e7 } });
      const store = await freshSettingsStore();
      expect(await store.loadSettings()).toEqual({ value: MINE, problems: [], ignoredKeys: [] });
      // Nothing is rewritten by reading.
      expect(await rawSync()).toEqual({ [SYNC_KEY]: MINE, [SYNC_META]: { v: -3e7 } });
    });

    it('leaves data stored without a meta unchanged', async () => {
      await fakeBrowser.storage.sync.set({ [SYNC_KEY]: MINE });
      const store = await freshSettingsStore();
      expect((await store.loadSettings()).value).toEqual(MINE);
      expect((await rawSync())[SYNC_KEY]).toEqual(MINE);
    });
  });

  it('tells watchers about changes, parsed', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings(({ value }) => seen.push(value));
    await writeSettingsPatch(MINE);
    await fakeBrowser.storage.sync.set({ [SYNC_KEY]: { ...MINE, theme: 'neon' } });
    await settled();
    unwatch();
    await writeSettingsPatch(DEFAULT_SETTINGS);
    await settled();
    // The hand-written 'neon' theme reaches the watcher as the default theme; nothing after unwatch.
    expect(seen).toEqual([MINE, { ...MINE, theme: 'system' }]);
  });
});

const NOW = new Date(2026, 5, 15, 12).getTime();
const e = (at: number, outcome: HistoryEntry['outcome'] = 'done'): HistoryEntry => ({ at, outcome, sittingMs: 1000 });

describe('historyStore', () => {
  it('starts empty, adds entries in order, and ignores duplicates', async () => {
    expect(await loadHistory()).toEqual([]);
    await addHistoryEntry(e(NOW), NOW);
    await addHistoryEntry(e(NOW - 1000, 'skipped'), NOW);
    await addHistoryEntry(e(NOW), NOW);
    expect(await loadHistory()).toEqual([e(NOW - 1000, 'skipped'), e(NOW)]);
  });

  it('keeps concurrent adds from the same page (no lost update)', async () => {
    await Promise.all([1, 2, 3, 4, 5].map((i) => addHistoryEntry(e(NOW - i * 1000), NOW)));
    expect((await loadHistory()).map((x) => x.at)).toEqual([5, 4, 3, 2, 1].map((i) => NOW - i * 1000));
  });

  it('does not record an invalid entry', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await addHistoryEntry({ at: Number.NaN, outcome: 'done', sittingMs: 1 }, NOW);
    await addHistoryEntry({ at: NOW, outcome: 'maybe', sittingMs: 1 } as unknown as HistoryEntry, NOW);
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      '[unhunch] history entry not recorded: historyProblemTime',
      '[unhunch] history entry not recorded: historyProblemOutcome',
    ]);
    warn.mockRestore();
    expect(await loadHistory()).toEqual([]);
  });

  it('drops entries older than a year on add', async () => {
    const old = new Date(2025, 5, 14, 12).getTime();
    await fakeBrowser.storage.local.set({ [LOCAL_KEY]: [e(old), e(NOW - 1000)] });
    await addHistoryEntry(e(NOW), NOW);
    expect(await loadHistory()).toEqual([e(NOW - 1000), e(NOW)]);
  });

  it('garbage in storage never throws and keeps the valid entries', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ [LOCAL_KEY]: [e(NOW - 2000), 'junk', { at: 'x' }, null, e(NOW - 5000, 'snoozed')] });
    expect(await loadHistory()).toEqual([e(NOW - 5000, 'snoozed'), e(NOW - 2000)]);
    expect(warn).toHaveBeenLastCalledWith('[unhunch] history: 3 unreadable entries ignored', [
      { messageKey: 'historyProblemNotObject', args: ['2'] },
      { messageKey: 'historyProblemTime', args: ['3'] },
      { messageKey: 'historyProblemNotObject', args: ['4'] },
    ]);
    await addHistoryEntry(e(NOW), NOW);
    expect(await loadHistory()).toEqual([e(NOW - 5000, 'snoozed'), e(NOW - 2000), e(NOW)]);

    for (const garbage of ['junk', 42, { entries: [] }, true]) {
      await fakeBrowser.storage.local.set({ [LOCAL_KEY]: garbage });
      expect(await loadHistory()).toEqual([]);
    }
    await addHistoryEntry(e(NOW), NOW);
    expect(await loadHistory()).toEqual([e(NOW)]);
    warn.mockRestore();
  });

  it('reads in time order, imports (merging without duplicates) and clears', async () => {
    await fakeBrowser.storage.local.set({ [LOCAL_KEY]: [e(3000), e(1000)] });
    expect(await loadHistory()).toEqual([e(1000), e(3000)]);
    expect(await importHistoryEntries([e(1000), e(2000), e(3000, 'skipped')], 4000)).toMatchObject({ added: 2, alreadyThere: 1 });
    expect(await loadHistory()).toEqual([e(1000), e(2000), e(3000), e(3000, 'skipped')]);
    expect(await importHistoryEntries([e(2000)], 4000)).toMatchObject({ added: 0, alreadyThere: 1 });
    await clearHistory();
    expect(await loadHistory()).toEqual([]);
  });

  it('tells watchers about changes, parsed', async () => {
    const seen: HistoryEntry[][] = [];
    const unwatch = watchHistory((entries) => seen.push(entries));
    await addHistoryEntry(e(NOW), NOW);
    await fakeBrowser.storage.local.set({ [LOCAL_KEY]: [e(NOW), 'junk'] });
    await settled();
    unwatch();
    expect(seen).toEqual([[e(NOW)], [e(NOW)]]);
  });
});
