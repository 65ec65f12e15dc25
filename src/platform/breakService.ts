/**
 * The background's work: every event loads state from storage, steps the pure core,
 * saves, and performs the effects. Nothing here survives between events but storage.
 */
import { browser } from 'wxt/browser';
import { isSameDay } from 'date-fns';
import { exerciseById, exerciseMessageKeys } from '../core/catalogue';
import { pickExercise } from '../core/picker';
import { step, type ScheduleEvent } from '../core/schedule';
import type { Settings } from '../core/settings';
import { applyStretchCommand, automaticEnd, type StretchCommand, type StretchNews, type StretchSession } from '../core/stretch';
import { closeBreakWindow, openBreakWindow, performEffects, toolbarAction, type NudgeText } from './browserEffects';
import { addHistoryEntry, clearHistory, importHistoryEntries, loadHistory } from './historyStore';
import { t, type MessageKey } from './i18n';
import type { UiRequest } from './messages';
import { loadSettings } from './settingsStore';
import { oneAtATime } from './turns';
import { loadSchedule, loadStretch, saveSchedule, saveStretch } from './stateStore';

/** One event at a time: each one reads what the previous one wrote. */
const serialized = oneAtATime();

async function currentSettings(): Promise<Settings> {
  const { settings, problems } = await loadSettings();
  if (problems.length) console.warn('Unhunch: some stored settings were invalid and use defaults', problems);
  return settings;
}

function exerciseName(id: string): string {
  const exercise = exerciseById(id);
  return exercise ? t(exerciseMessageKeys(exercise).name as MessageKey) : '';
}

/** Today's exercises, oldest first, so the picker can rotate and balance. */
async function servedToday(now: number, session: StretchSession | null): Promise<string[]> {
  const entries = await loadHistory();
  const ids = entries.filter((e) => e.exerciseId && isSameDay(e.at, now)).map((e) => e.exerciseId!);
  const sessionDay = session?.startedAt ?? session?.endedAt;
  if (session && sessionDay != null && isSameDay(sessionDay, now) && ids.at(-1) !== session.exerciseId)
    ids.push(session.exerciseId);
  return ids;
}

async function pick(now: number, settings: Settings, session: StretchSession | null, exclude: string[] = []) {
  const recentToday = await servedToday(now, session);
  return pickExercise({ positions: settings.positions, equipment: settings.equipment, recentToday, exclude }).id;
}

async function stepSchedule(event: ScheduleEvent, now: number, settings: Settings): Promise<void> {
  const { state, effects } = step(await loadSchedule(now), event, now, settings);
  await saveSchedule(state);
  // A nudge's notification and window share one prepared exercise: pick and store it once.
  let prepared: Promise<StretchSession | null> | undefined;
  const prepareBreak = () => (prepared ??= prepareSession(now, settings));
  await performEffects(effects, {
    now,
    record: (entry) => addHistoryEntry(entry, now),
    prepareBreak: async () => void (await prepareBreak()),
    nudgeText: async (repeat): Promise<NudgeText> => {
      const session = await prepareBreak();
      return {
        title: t(repeat ? 'nudgeRepeatTitle' : 'nudgeTitle'),
        message: t('nudgeMessage', [String(settings.breakMinutes), session ? exerciseName(session.exerciseId) : '']),
      };
    },
  });
}

/** The exercise a nudge offers: the stretch under way, the one already prepared, or a new pick. */
async function prepareSession(now: number, settings: Settings): Promise<StretchSession | null> {
  const session = await loadStretch(now);
  const breakMs = settings.breakMinutes * 60_000;
  if (session?.status === 'running' || (session?.status === 'ready' && session.breakMs === breakMs)) return session;
  const exerciseId = await pick(now, settings, session);
  const next = applyStretchCommand(session, { type: 'prepare', exerciseId, breakMs }, now).session;
  await saveStretch(next);
  return next;
}

async function deliverNews(news: StretchNews[], now: number, settings: Settings): Promise<void> {
  for (const item of news) {
    await stepSchedule(
      item.type === 'started'
        ? { type: 'stretchStarted' }
        : {
            type: 'stretchEnded',
            at: item.at,
            exerciseId: item.exerciseId,
            durationMs: item.durationMs,
            outcome: item.outcome,
          },
      now,
      settings,
    );
  }
}

async function runStretchCommand(command: StretchCommand, now: number, settings: Settings): Promise<void> {
  const { session, news } = applyStretchCommand(await loadStretch(now), command, now);
  await saveStretch(session);
  await deliverNews(news, now, settings);
}

/** A stretch that ran out or was left paused while no page was open is still recorded, once. */
async function endFinishedStretch(now: number, settings: Settings): Promise<void> {
  const at = automaticEnd(await loadStretch(now), now);
  if (at !== null) await runStretchCommand({ type: 'finish', at }, now, settings);
}

/** Runs a task in turn, with fresh settings and any finished stretch recorded first. */
function inTurn<T>(now: number, task: (settings: Settings) => Promise<T>): Promise<T> {
  return serialized(async () => {
    const settings = await currentSettings();
    await endFinishedStretch(now, settings);
    return task(settings);
  });
}

/** Browser events: a failure is logged, never thrown, so it cannot take the next event with it. */
export function handleScheduleEvent(event: ScheduleEvent, now = Date.now()): Promise<void> {
  return inTurn(now, async (settings) => {
    // Every worker start sets it already (refreshIdleThreshold); a settings change moves it.
    if (event.type === 'settingsChanged') await applyIdleThreshold(settings);
    await stepSchedule(event.type === 'alarm' ? { ...event, present: await inputInLastMinute() } : event, now, settings);
    // The stored idle state may be from before a shutdown: ask the browser what it is now.
    if (event.type === 'installed' || event.type === 'startup') {
      const idle = await browser.idle.queryState(awaySeconds(settings));
      await stepSchedule({ type: 'idle', state: idle }, now, settings);
    }
  }).catch((error: unknown) => console.error('Unhunch: could not handle', event.type, error));
}

async function startStretch(now: number, settings: Settings): Promise<void> {
  const session = await loadStretch(now);
  if (session?.status === 'running') return; // already under way: the pages resume it
  const exerciseId = session?.status === 'ready' ? session.exerciseId : await pick(now, settings, session);
  await runStretchCommand({ type: 'start', exerciseId, breakMs: settings.breakMinutes * 60_000 }, now, settings);
}

/** Resolves to what the page asked for: the number of new entries for an import, else nothing. */
export function handleUiRequest(request: UiRequest, now = Date.now()): Promise<number | void> {
  return inTurn(now, async (settings) => {
    switch (request.type) {
      case 'startStretch':
        return startStretch(now, settings);
      case 'pauseStretch':
        return runStretchCommand({ type: 'pause' }, now, settings);
      case 'resumeStretch':
        return runStretchCommand({ type: 'resume' }, now, settings);
      case 'anotherExercise': {
        const session = await loadStretch(now);
        if (!session) return;
        const exerciseId = await pick(now, settings, session, [session.exerciseId]);
        return runStretchCommand({ type: 'switchExercise', exerciseId }, now, settings);
      }
      case 'finishStretch':
        return runStretchCommand({ type: 'finish' }, now, settings);
      case 'dismissStretch':
        return runStretchCommand({ type: 'dismiss' }, now, settings);
      case 'snooze':
      case 'skip':
      case 'resume':
        await runStretchCommand({ type: 'dismiss' }, now, settings);
        return stepSchedule({ type: request.type }, now, settings);
      case 'pause':
        await runStretchCommand({ type: 'dismiss' }, now, settings);
        return stepSchedule({ type: 'pause', choice: request.choice }, now, settings);
      case 'importHistory':
        return importHistoryEntries(request.entries);
      case 'clearHistory':
        return clearHistory();
    }
  });
}

/** From a shortcut, the icon's menu or a notification: start, and show the timer. */
export async function startStretchAndShow(now = Date.now()): Promise<void> {
  // Asked for first, while the browser still counts this as the person's own action (Firefox
  // opens the popup only then); the popup shows the stretch as soon as it has started.
  const shown = toolbarAction()
    .openPopup()
    // No popup without a focused window (or a gesture, on older Firefox): use the break window.
    .catch(() => openBreakWindow());
  await Promise.all([shown, handleUiRequest({ type: 'startStretch' }, now)]);
}

export async function snoozeFromNudge(now = Date.now()): Promise<void> {
  await handleUiRequest({ type: 'snooze' }, now);
  await closeBreakWindow();
}

/** The "away counts as a break" time, as the idle API takes it (15 s is its minimum). */
function awaySeconds(settings: Settings): number {
  return Math.max(15, settings.awayMinutes * 60);
}

/** The idle state turns 'idle' after the away time. */
async function applyIdleThreshold(settings: Settings): Promise<void> {
  browser.idle.setDetectionInterval(awaySeconds(settings));
}

/** The browser forgets the idle threshold when the extension is reloaded: set it at every worker start. */
export async function refreshIdleThreshold(): Promise<void> {
  await applyIdleThreshold(await currentSettings());
}

/** A nudge waits for someone at the keyboard: no input for a minute may be an empty chair. */
async function inputInLastMinute(): Promise<boolean> {
  return (await browser.idle.queryState(60)) === 'active';
}
