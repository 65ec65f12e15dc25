/**
 * The break log in `storage.local` (item `local:history`): a list of entries, one year and
 * `HISTORY_MAX_ENTRIES` at most.
 * Read through `parseHistory`, so garbage never throws; invalid entries are dropped on the next write.
 */
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS } from './storageKeys';
import { oneAtATime } from './turns';
import {
  appendEntry,
  importIntoHistory,
  parseEntry,
  parseHistory,
  type HistoryEntry,
  type HistoryImportSummary,
} from '../core/history';

const HISTORY_STORAGE_VERSION = 1;

const historyItem = storage.defineItem<unknown>(STORAGE_KEYS.history, {
  fallback: [],
  version: HISTORY_STORAGE_VERSION,
});

/** Read-modify-write steps within one page or worker run one after another. */
const serialized = oneAtATime();

async function read(): Promise<HistoryEntry[]> {
  try {
    const parsed = parseHistory(await historyItem.getValue());
    if (parsed.rejected > 0 || parsed.problems.length > 0) {
      console.warn(`[unhunch] history: ${parsed.rejected} unreadable entries ignored`, parsed.problems);
    }
    return parsed.value;
  } catch (err) {
    console.warn('[unhunch] could not read history', err);
    return [];
  }
}

/** The valid entries, oldest first. Never throws. */
export function loadHistory(): Promise<HistoryEntry[]> {
  return read();
}

/**
 * Adds one entry (ignored when invalid or a duplicate of one with the same `at` and `outcome`),
 * and drops entries older than a year before `now`.
 */
export function addHistoryEntry(entry: HistoryEntry, now: number): Promise<void> {
  return serialized(async () => {
    const checked = parseEntry(entry);
    if (!checked.ok) {
      console.warn(`[unhunch] history entry not recorded: ${checked.problem}`, entry);
      return;
    }
    await historyItem.setValue(appendEntry(await read(), checked.value, now));
  });
}

/**
 * Merges imported entries, as `parseHistory` gives them (valid, by time), into the stored log: no
 * duplicates, only the window the log keeps, the newest entries within its limit. Resolves to what
 * happened to each imported entry.
 */
export function importHistoryEntries(imported: readonly HistoryEntry[], now: number): Promise<HistoryImportSummary> {
  return serialized(async () => {
    const { entries, summary } = importIntoHistory(await read(), imported, now);
    if (summary.added > 0) await historyItem.setValue(entries);
    return summary;
  });
}

export function clearHistory(): Promise<void> {
  return serialized(() => historyItem.setValue([]));
}

/** Calls `cb` with the valid entries whenever the log changes. Returns an unwatch function. */
export function watchHistory(cb: (entries: HistoryEntry[]) => void): () => void {
  return historyItem.watch((newValue) => cb(parseHistory(newValue).value));
}
