/** What the sitting clock hears (events) and what it asks of the browser (effects). */
import type { HistoryEntry } from './history';
import type { IdleState } from './scheduleState';
import type { Badge } from './scheduleStatus';

export type PauseChoice = 'minutes30' | 'hour1' | 'tomorrow' | 'untilResumed';
export const PAUSE_CHOICES: readonly PauseChoice[] = ['minutes30', 'hour1', 'tomorrow', 'untilResumed'];
export const BREAK_ALARM = 'unhunch-break';
export const TICK_ALARM = 'unhunch-tick';
export type AlarmName = typeof BREAK_ALARM | typeof TICK_ALARM;

/** Someone watching or listening, as found when asked: a fullscreen window, a tab playing sound. */
export interface Activity {
  fullscreen: boolean;
  audible: boolean;
}

/** What the platform found when an alarm was about to decide. */
export interface Presence extends Activity {
  /** The idle state for the away time. */
  idle: IdleState;
  /** Whether there was input in the last minute. */
  recentInput: boolean;
}

export type ScheduleEvent =
  | { type: 'installed' } // installed or updated
  | { type: 'startup'; presence?: Presence } // the browser started
  /** `scheduledTime`: when the alarm was due (it may fire late); `presence` undefined = someone typing. */
  | { type: 'alarm'; name: AlarmName; scheduledTime?: number; presence?: Presence }
  | { type: 'idle'; state: IdleState; activity?: Activity }
  | { type: 'stretchStarted' }
  /** `at`: when the stretch ended, which may be before `now` (it ran out with no page open). */
  | { type: 'stretchEnded'; at: number; exerciseId: string; durationMs: number; outcome: 'done' | 'stoppedEarly' }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'pause'; choice: PauseChoice }
  | { type: 'resume' }
  | { type: 'settingsChanged' };

export type Effect =
  | { type: 'setAlarm'; name: AlarmName; at: number; periodMinutes?: number }
  | { type: 'clearAlarm'; name: AlarmName }
  | { type: 'showNotification'; repeat: boolean }
  /** The quiet notice before the break: "Break in 1 minute". */
  | { type: 'showWarning'; secondsLeft: number }
  /** Clears the nudge's and the warning's notifications. */
  | { type: 'clearNotification' }
  /** Opens the break window without taking keyboard focus. */
  | { type: 'openBreakWindow' }
  /** Close the break window a withdrawn nudge opened (no-op when none is open). */
  | { type: 'closeBreakWindow' }
  | { type: 'setBadge'; badge: Badge }
  | { type: 'record'; entry: HistoryEntry };
