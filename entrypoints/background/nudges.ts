/** Break nudges: the sitting clock driven by the browser's events (install, start-up, alarms, idle, settings). */
import { browser } from 'wxt/browser';
import { BREAK_ALARM, TICK_ALARM, type AlarmName, type Presence, type ScheduleEvent } from '../../src/core/scheduleEvents';
import type { Settings } from '../../src/core/settings';
import { idleStateNow, inputInLastMinute, setIdleThreshold } from '../../src/platform/idle';
import { watchingOrListening } from '../../src/platform/presence';
import { watchSettings } from '../../src/platform/settingsStore';
import { stepSchedule } from './sittingClock';
import { runStretchCommand } from './stretch';
import { currentSettings, inTurn } from './turn';

const ALARMS = new Set<string>([BREAK_ALARM, TICK_ALARM]);

export function setupNudges(): void {
  browser.runtime.onInstalled.addListener(() => void handleScheduleEvent({ type: 'installed' }));
  browser.runtime.onStartup.addListener(() => void handleScheduleEvent({ type: 'startup' }));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (!ALARMS.has(alarm.name)) return;
    void handleScheduleEvent({ type: 'alarm', name: alarm.name as AlarmName, scheduledTime: alarm.scheduledTime });
  });
  browser.idle.onStateChanged.addListener((state) => void handleScheduleEvent({ type: 'idle', state }));
  watchSettings(() => void handleScheduleEvent({ type: 'settingsChanged' }));
  // The browser forgets the idle threshold when the extension is reloaded: set it at every worker start.
  currentSettings()
    .then((settings) => setIdleThreshold(settings.awayMinutes))
    .catch((error: unknown) => console.error('Unhunch: could not set the idle threshold', error));
}

/** Is someone there: asked when an alarm is about to decide, and at start-up. */
async function presenceNow(settings: Settings): Promise<Presence> {
  const [idle, recentInput, activity] = await Promise.all([
    idleStateNow(settings.awayMinutes),
    inputInLastMinute(),
    watchingOrListening(),
  ]);
  return { idle, recentInput, ...activity };
}

/** The event with what the browser can tell about presence at this moment, where it matters. */
async function withPresence(event: ScheduleEvent, settings: Settings): Promise<ScheduleEvent> {
  switch (event.type) {
    case 'alarm':
    case 'startup':
      return { ...event, presence: await presenceNow(settings) };
    case 'idle':
      // Idle with a film or a call on is still sitting; locked is away whatever plays.
      return event.state === 'idle' ? { ...event, activity: await watchingOrListening() } : event;
    default:
      return event;
  }
}

/** Browser events: a failure is logged, never thrown, so it cannot take the next event with it. */
export function handleScheduleEvent(event: ScheduleEvent, now = Date.now()): Promise<void> {
  return inTurn(now, async (settings) => {
    if (event.type === 'settingsChanged') setIdleThreshold(settings.awayMinutes);
    await stepSchedule(await withPresence(event, settings), now, settings);
    // Installed or updated while someone is away: ask the browser what the idle state is now.
    if (event.type === 'installed') {
      const state = await idleStateNow(settings.awayMinutes);
      if (state !== 'active') await stepSchedule(await withPresence({ type: 'idle', state }, settings), now, settings);
    }
  }).catch((error: unknown) => console.error('Unhunch: could not handle', event.type, error));
}

type ReminderChange = Extract<ScheduleEvent, { type: 'snooze' | 'skip' | 'pause' | 'resume' }>;

/** Snooze, skip, pause or resume reminders; the stretch on offer is put away first. Runs in turn. */
export async function changeReminders(change: ReminderChange, now: number, settings: Settings): Promise<void> {
  await runStretchCommand({ type: 'dismiss' }, now, settings);
  await stepSchedule(change, now, settings);
}
