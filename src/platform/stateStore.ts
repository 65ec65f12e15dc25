import { storage } from 'wxt/utils/storage';
import { parseScheduleState, type ScheduleState } from '../core/scheduleState';
import { parseStretchSession, type StretchSession } from '../core/stretch';
import { STORAGE_KEYS } from './storageKeys';

/** Stored raw: every read goes through the parsers, so an old or corrupted value never crashes anything. */
export const scheduleItem = storage.defineItem<unknown>(STORAGE_KEYS.schedule, { fallback: null });
const stretchItem = storage.defineItem<unknown>(STORAGE_KEYS.stretch, { fallback: null });

/** The sitting clock; `stored`: false when storage does not hold it as is (first run, older shape, damage). */
export async function loadSchedule(now: number): Promise<{ state: ScheduleState; stored: boolean }> {
  const raw = await scheduleItem.getValue();
  // Nothing stored yet (first run) is a fresh clock, not a problem to report.
  const { value: state, problems } = parseScheduleState(raw ?? undefined, now);
  for (const problem of problems) console.warn(`Unhunch: sitting clock restarted: ${problem}`);
  return { state, stored: JSON.stringify(raw) === JSON.stringify(state) };
}

/** What the sitting clock holds, unparsed: pages parse it with the moment they show it. */
export function loadScheduleRaw(): Promise<unknown> {
  return scheduleItem.getValue();
}

export async function saveSchedule(state: ScheduleState): Promise<void> {
  await scheduleItem.setValue(state);
}

/** The stretch under way, or null; a stored one that cannot be trusted is left be and reads as none. */
function readStretch(raw: unknown, now: number): StretchSession | null {
  const { value, problems } = parseStretchSession(raw, now);
  for (const problem of problems) console.warn(`Unhunch: ${problem}`);
  return value;
}

export async function loadStretch(now = Date.now()): Promise<StretchSession | null> {
  return readStretch(await stretchItem.getValue(), now);
}

export async function saveStretch(session: StretchSession | null): Promise<void> {
  await stretchItem.setValue(session);
}

export function watchSchedule(callback: (raw: unknown) => void): () => void {
  return scheduleItem.watch(callback);
}

export function watchStretch(callback: (session: StretchSession | null) => void): () => void {
  return stretchItem.watch((raw) => callback(readStretch(raw, Date.now())));
}
