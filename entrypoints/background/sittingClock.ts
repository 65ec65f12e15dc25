/**
 * The sitting clock in the background: every event loads the state from storage, steps the
 * pure core, saves it and performs the effects. Nothing survives between events but storage.
 */
import { step } from '../../src/core/schedule';
import type { ScheduleEvent } from '../../src/core/scheduleEvents';
import type { Settings } from '../../src/core/settings';
import { applyStretchCommand, type StretchSession } from '../../src/core/stretch';
import { addHistoryEntry } from '../../src/platform/historyStore';
import { loadSchedule, loadStretch, saveSchedule, saveStretch } from '../../src/platform/stateStore';
import { performEffects } from './effects';
import { nudgeText } from './nudgeText';
import { pick, served } from './pick';

export async function stepSchedule(event: ScheduleEvent, now: number, settings: Settings): Promise<void> {
  const loaded = await loadSchedule(now);
  const { state, effects } = step(loaded.state, event, now, settings);
  // A wake that changes no fact writes nothing.
  if (state !== loaded.state || !loaded.stored) await saveSchedule(state);
  // A nudge's notification and window share one prepared exercise: pick and store it once.
  let prepared: Promise<StretchSession | null> | undefined;
  const prepareBreak = () => (prepared ??= prepareSession(now, settings));
  await performEffects(effects, {
    record: (entry) => addHistoryEntry(entry, now),
    prepareBreak: async () => void (await prepareBreak()),
    nudgeText: async (repeat) => nudgeText(repeat, settings, await prepareBreak()),
  });
}

/** The exercise a nudge offers: the stretch under way, the one already prepared, or a new pick. */
async function prepareSession(now: number, settings: Settings): Promise<StretchSession | null> {
  const session = await loadStretch(now);
  const breakMs = settings.breakMinutes * 60_000;
  if (session?.status === 'running' || (session?.status === 'ready' && session.breakMs === breakMs)) return session;
  const exercise = served(await pick(now, settings, session));
  const next = applyStretchCommand(session, { type: 'prepare', ...exercise, breakMs }, now).session;
  await saveStretch(next);
  return next;
}
