import { storage } from 'wxt/utils/storage';
import { parseScheduleState, type ScheduleState } from '../core/scheduleState';
import { parseStretchSession, type StretchSession } from '../core/stretch';

/** Stored raw: every read goes through the parsers, so an old or corrupted value never crashes anything. */
export const scheduleItem = storage.defineItem<unknown>('local:schedule', { fallback: null });
export const stretchItem = storage.defineItem<unknown>('local:stretch', { fallback: null });

/** The sitting clock; `stored`: false when storage does not hold it as is (first run, older shape, damage). */
export async function loadSchedule(now: number): Promise<{ state: ScheduleState; stored: boolean }> {
  const raw = await scheduleItem.getValue();
  // Nothing stored yet (first run) is a fresh clock, not a problem to report.
  const { state, problem } = parseScheduleState(raw ?? undefined, now);
  if (problem) console.warn(`Unhunch: sitting clock restarted: ${problem}`);
  return { state, stored: JSON.stringify(raw) === JSON.stringify(state) };
}

/** What the sitting clock holds, unparsed: pages parse it with the moment they show it. */
export function loadScheduleRaw(): Promise<unknown> {
  return scheduleItem.getValue();
}

export async function saveSchedule(state: ScheduleState): Promise<void> {
  await scheduleItem.setValue(state);
}

export async function loadStretch(now = Date.now()): Promise<StretchSession | null> {
  return parseStretchSession(await stretchItem.getValue(), now);
}

export async function saveStretch(session: StretchSession | null): Promise<void> {
  await stretchItem.setValue(session);
}

export function watchSchedule(callback: (raw: unknown) => void): () => void {
  return scheduleItem.watch(callback);
}

export function watchStretch(callback: (session: StretchSession | null) => void): () => void {
  return stretchItem.watch((raw) => callback(parseStretchSession(raw, Date.now())));
}
