/**
 * Settings in `storage.sync` (one item, `sync:settings`; well under the 8 KB per-item limit).
 * Whatever is stored is untrusted (older versions, other devices, hand edits): it is always read
 * through `parseSettings`, and only fully valid settings are ever written.
 */
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  settingsEqual,
  type FieldProblem,
  type ParsedSettings,
  type Settings,
} from '../core/settings';

export const SETTINGS_STORAGE_KEY = 'sync:settings';
/**
 * The stored value is typed `unknown` on purpose: nothing read from it is trusted. The item has no
 * version and no migrations: every read goes through `parseSettings`, which keeps each valid field
 * and defaults the rest, so no stored version number (even a corrupted one) is ever acted on.
 */
export const settingsItem = storage.defineItem<unknown>(SETTINGS_STORAGE_KEY, { fallback: DEFAULT_SETTINGS });

export type LoadedSettings = ParsedSettings;

function fromStored(raw: unknown): LoadedSettings {
  return parseSettings(raw);
}

/**
 * The stored settings, field by field: invalid or missing fields hold their default and are listed
 * in `problems` (unknown keys in `ignoredKeys`). Nothing is written: stored data stays as it is until
 * a valid save. Never throws (a failed read gives the defaults).
 */
export async function loadSettings(): Promise<LoadedSettings> {
  try {
    return fromStored(await settingsItem.getValue());
  } catch (err) {
    console.warn('[unhunch] could not read settings; using defaults', err);
    return parseSettings(DEFAULT_SETTINGS);
  }
}

export type SaveSettingsResult =
  | { ok: true; settings: Settings }
  /** `messageKey`: settingsErrorInvalid (see `problems`) or settingsErrorSaveFailed (storage refused, e.g. sync quota). */
  | { ok: false; messageKey: string; problems: FieldProblem[] };

/**
 * Saves settings if every field is valid; otherwise saves nothing and returns the problems.
 * Keys that are not settings are dropped. Skips the write when storage already holds the same
 * valid settings (storage.sync allows 120 writes a minute). Never throws.
 */
export async function saveSettings(settings: Settings): Promise<SaveSettingsResult> {
  const parsed = parseSettings(settings);
  if (parsed.problems.length > 0) {
    return { ok: false, messageKey: 'settingsErrorInvalid', problems: parsed.problems };
  }
  const value = parsed.value;
  try {
    let same = false;
    try {
      const stored = fromStored(await settingsItem.getValue());
      same = stored.problems.length === 0 && stored.ignoredKeys.length === 0 && settingsEqual(stored.value, value);
    } catch {
      same = false;
    }
    if (!same) await settingsItem.setValue(value);
    return { ok: true, settings: value };
  } catch (err) {
    console.warn('[unhunch] could not save settings', err);
    return { ok: false, messageKey: 'settingsErrorSaveFailed', problems: [] };
  }
}

/** Puts the defaults back (as a save). */
export function resetSettings(): Promise<SaveSettingsResult> {
  return saveSettings(DEFAULT_SETTINGS);
}

/**
 * Calls `cb` with the parsed settings whenever they change (here or on another device), and the
 * ones they replaced. Returns an unwatch function.
 */
export function watchSettings(cb: (loaded: LoadedSettings, previous: LoadedSettings) => void): () => void {
  return settingsItem.watch((newValue, oldValue) => cb(fromStored(newValue), fromStored(oldValue)));
}
