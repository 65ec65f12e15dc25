/**
 * Settings in `storage.sync` (one item, `sync:settings`; well under the 8 KB per-item limit).
 * Whatever is stored is untrusted (older versions, other devices, hand edits): it is always read
 * through `parseSettings`, and only fully valid settings are ever written, by the background alone.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, parseSettings, settingsEqual, type ParsedSettings, type Settings } from '../core/settings';
import {
  applySettingsPatch,
  parsePendingSettingsWrite,
  type PendingSettingsWrite,
  type SettingsPatch,
} from '../core/settingsWrites';
import { STORAGE_KEYS } from './storageKeys';
import { readStored, watchKey } from './storedValues';

/**
 * Read and written with `browser.storage` itself, not the storage library: every page loads this
 * file, and the library's weight buys nothing here. The stored value has no version and no
 * migrations: every read goes through `parseSettings`, which keeps each valid field and defaults the
 * rest, so no stored version number (even a corrupted one) is ever acted on.
 */
const SETTINGS_KEY = STORAGE_KEYS.settings.slice('sync:'.length);

/** The stored value, untrusted; the defaults when nothing is stored. */
async function readStoredSettings(): Promise<unknown> {
  return (await readStored({ settings: STORAGE_KEYS.settings })).settings ?? DEFAULT_SETTINGS;
}


/**
 * The stored settings, field by field: invalid or missing fields hold their default and are listed
 * in `problems` (unknown keys in `ignoredKeys`). Nothing is written: stored data stays as it is until
 * a valid save. Never throws (a failed read gives the defaults).
 */
export async function loadSettings(): Promise<ParsedSettings> {
  try {
    return parseSettings(await readStoredSettings());
  } catch (err) {
    console.warn('[unhunch] could not read settings; using defaults', err);
    return parseSettings(DEFAULT_SETTINGS);
  }
}

type WriteSettingsResult = { ok: true; settings: Settings } | { ok: false };

/**
 * Writes the patch's fields over what is stored now (invalid stored fields take their default);
 * the caller passes only valid fields. Skips the write when nothing would change (storage.sync
 * allows 120 writes a minute). Never throws: `ok: false` when storage refused (e.g. the sync quota).
 * Only the background calls this, one write at a time (see its settings writes).
 */
export async function writeSettingsPatch(patch: SettingsPatch): Promise<WriteSettingsResult> {
  try {
    const stored = parseSettings(await readStoredSettings());
    const value = applySettingsPatch(stored.value, patch);
    const same = stored.problems.length === 0 && stored.ignoredKeys.length === 0 && settingsEqual(stored.value, value);
    if (!same) await browser.storage.sync.set({ [SETTINGS_KEY]: value });
    return { ok: true, settings: value };
  } catch (err) {
    console.warn('[unhunch] could not save settings', err);
    return { ok: false };
  }
}

/** A write the browser refused, kept on this device until a retry writes it. */
const PENDING_KEY = 'settingsWritePending';

export async function loadPendingSettingsWrite(): Promise<PendingSettingsWrite | null> {
  try {
    return parsePendingSettingsWrite((await browser.storage.local.get(PENDING_KEY))[PENDING_KEY]);
  } catch {
    return null;
  }
}

export async function savePendingSettingsWrite(pending: PendingSettingsWrite | null): Promise<void> {
  if (pending) await browser.storage.local.set({ [PENDING_KEY]: pending });
  else await browser.storage.local.remove(PENDING_KEY);
}

/**
 * Patches left by pages as they closed, one key each: `storage.session` (in memory, for this
 * browser run) takes the write even when the page is gone a moment later, and its change wakes
 * the background, which may have been stopped, to write them.
 */
const LEFT_PATCH_PREFIX = 'settingsPatchLeft.';

/**
 * Issued synchronously, so a page may call it from `pagehide`. False when the browser has no
 * `storage.session` (Chrome before 102): the caller sends the patch instead.
 */
export function leaveSettingsPatch(patch: SettingsPatch): boolean {
  if (!browser.storage.session) return false;
  const key = `${LEFT_PATCH_PREFIX}${Date.now()}.${Math.random().toString(36).slice(2)}`;
  browser.storage.session.set({ [key]: patch }).catch((err) => console.warn('[unhunch] could not leave settings', err));
  return true;
}

/**
 * Calls `cb` once with each patch left by a closing page (those already there first); `done`
 * removes it. A patch that wakes a stopped worker is both in storage at start and in a change
 * event: it is taken once.
 */
export function watchLeftSettingsPatches(cb: (raw: unknown, done: () => Promise<void>) => void): void {
  if (!browser.storage.session) return;
  const taken = new Set<string>();
  const take = (key: string, raw: unknown) => {
    if (!key.startsWith(LEFT_PATCH_PREFIX) || raw == null || taken.has(key)) return;
    taken.add(key);
    cb(raw, () => browser.storage.session.remove(key));
  };
  browser.storage.session.onChanged.addListener((changes) => {
    for (const [key, change] of Object.entries(changes)) take(key, change.newValue);
  });
  void browser.storage.session.get(null).then((all) => {
    for (const [key, raw] of Object.entries(all)) take(key, raw);
  });
}

/** Calls `cb` whenever a refused write is kept or written at last (null: none is waiting). */
export function watchPendingSettingsWrite(cb: (pending: PendingSettingsWrite | null) => void): () => void {
  return watchKey('local', PENDING_KEY, (value) => cb(parsePendingSettingsWrite(value)));
}

/**
 * Calls `cb` with the parsed settings whenever they change (here or on another device), and the
 * ones they replaced. Returns an unwatch function.
 */
export function watchSettings(cb: (loaded: ParsedSettings, previous: ParsedSettings) => void): () => void {
  return watchKey('sync', SETTINGS_KEY, (newValue, oldValue) =>
    cb(parseSettings(newValue ?? DEFAULT_SETTINGS), parseSettings(oldValue ?? DEFAULT_SETTINGS)),
  );
}
