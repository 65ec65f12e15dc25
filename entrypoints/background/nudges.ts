/** Break nudges: the sitting clock driven by the browser's events (install, start-up, alarms, idle, settings). */
import { browser } from 'wxt/browser';
import { BREAK_ALARM, TICK_ALARM, type AlarmName, type ScheduleEvent } from '../../src/core/schedule';
import type { Settings } from '../../src/core/settings';
import { idleStateNow, inputInLastMinute, setIdleThreshold } from '../../src/platform/idle';
import { watchSettings } from '../../src/platform/settingsStore';
import { stepSchedule } from './sittingClock';
import { runStretchCommand } from './stretch';
import { currentSettings, inTurn } from './turn';

const ALARMS = new Set<string>([BREAK_ALARM, TICK_ALARM]);

export function setupNudges(): void {
  browser.runtime.onInstalled.addListener(() => void handleScheduleEvent({ type: 'installed' }));
  browser.runtime.onStartup.addListener(() => void handleScheduleEvent({ type: 'startup' }));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (ALARMS.has(alarm.name)) void handleScheduleEvent({ type: 'alarm', name: alarm.name as AlarmName });
  });
  browser.idle.onStateChanged.addListener((state) => void handleScheduleEvent({ type: 'idle', state }));
  watchSettings(() => void handleScheduleEvent({ type: 'settingsChanged' }));
  // The browser forgets the idle threshold when the extension is reloaded: set it at every worker start.
  currentSettings()
    .then((settings) => setIdleThreshold(settings.awayMinutes))
    .catch((error: unknown) => console.error('Unhunch: could not set the idle threshold', error));
}

/** Browser events: a failure is logged, never thrown, so it cannot take the next event with it. */
export function handleScheduleEvent(event: ScheduleEvent, now = Date.now()): Promise<void> {
  return inTurn(now, async (settings) => {
    if (event.type === 'settingsChanged') setIdleThreshold(settings.awayMinutes);
    // A nudge waits for someone at the keyboard: no input for a minute may be an empty chair.
    await stepSchedule(event.type === 'alarm' ? { ...event, present: await inputInLastMinute() } : event, now, settings);
    // The stored idle state may be from before a shutdown: ask the browser what it is now.
    if (event.type === 'installed' || event.type === 'startup') {
      await stepSchedule({ type: 'idle', state: await idleStateNow(settings.awayMinutes) }, now, settings);
    }
  }).catch((error: unknown) => console.error('Unhunch: could not handle', event.type, error));
}

export type ReminderChange = Extract<ScheduleEvent, { type: 'snooze' | 'skip' | 'pause' | 'resume' }>;

/** Snooze, skip, pause or resume reminders; the stretch on offer is put away first. Runs in turn. */
export async function changeReminders(change: ReminderChange, now: number, settings: Settings): Promise<void> {
  await runStretchCommand({ type: 'dismiss' }, now, settings);
  await stepSchedule(change, now, settings);
}
