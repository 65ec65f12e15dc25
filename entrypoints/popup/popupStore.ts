/**
 * What the popup shows, read straight from storage in one go (`storedValues`) and parsed with the
 * core parsers. The stretch is parsed for its status and timing here; its exercise is checked by
 * the player's module, loaded only when a stretch is shown.
 */
import { parseHistory, type HistoryEntry } from '../../src/core/history';
import { parseSettings, type Settings } from '../../src/core/settings';
import { parseStretchState, type StretchState } from '../../src/core/stretchState';
import { STORAGE_KEYS } from '../../src/platform/storageKeys';
import { readStored, watchStored } from '../../src/platform/storedValues';

type PopupStored = Record<keyof typeof STORAGE_KEYS, unknown>;

interface PopupData {
  settings: Settings;
  /** The sitting clock as stored: parsed with the moment it is shown. */
  schedule: unknown;
  /** The stretch as stored, and its status and timing (null: none). */
  stretch: { raw: unknown; state: StretchState | null };
  history: HistoryEntry[];
}

const parsers: { [K in keyof PopupData]: (raw: unknown, now: number) => PopupData[K] } = {
  settings: (raw) => parseSettings(raw).value,
  schedule: (raw) => raw,
  stretch: (raw, now) => ({ raw, state: parseStretchState(raw, now).value }),
  history: (raw) => parseHistory(raw).value,
};

/** `data` with the changed stored values parsed in (every value when `data` is null; a missing one is its default). */
function parsePopupData(data: PopupData | null, changed: Partial<PopupStored>, now: number): PopupData {
  const next = { ...data } as PopupData;
  for (const key of Object.keys(parsers) as (keyof PopupData)[]) {
    if (data === null || key in changed) (next as unknown as Record<string, unknown>)[key] = parsers[key](changed[key], now);
  }
  return next;
}

export interface PopupStore {
  /** What the popup shows now. */
  readonly current: PopupData;
  /** Calls `cb` with the data after each stored change. Returns an unsubscribe function. */
  subscribe(cb: (data: PopupData) => void): () => void;
}

/**
 * Reads what the popup shows (one `get` per storage area) and keeps it current. It listens before
 * it reads, so a change made while the page opens (a click on its first frame) is never missed.
 */
export async function openPopupStore(): Promise<PopupStore> {
  const early: Partial<PopupStored>[] = [];
  const subscribers = new Set<(data: PopupData) => void>();
  let current: PopupData | null = null;
  watchStored(STORAGE_KEYS, (changed) => {
    if (!current) return void early.push(changed);
    current = parsePopupData(current, changed, Date.now());
    subscribers.forEach((cb) => cb(current!));
  });
  const stored = await readStored(STORAGE_KEYS).catch((err): Partial<PopupStored> => {
    // A failed read shows the defaults rather than an empty popup.
    console.warn('[unhunch] could not read storage', err);
    return {};
  });
  current = early.reduce<PopupData>((data, changed) => parsePopupData(data, changed, Date.now()), parsePopupData(null, stored, Date.now()));
  return {
    get current() {
      return current!;
    },
    subscribe(cb) {
      subscribers.add(cb);
      return () => subscribers.delete(cb);
    },
  };
}
