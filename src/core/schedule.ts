/**
 * The sitting-time state machine: (state, event, now, settings) -> state + effects.
 *
 * Pure: no browser API, no clock of its own. `now` (epoch ms) is always an argument.
 *
 * Model
 * - The state holds facts (scheduleState.ts): sitting is derived from `now`, so a wake that
 *   changes nothing returns the state it was given and the platform writes nothing.
 * - Away (screen locked, or idle for the away time with nothing watched) for at least the
 *   away time is a natural break: the clock restarts when the person is back. An 'idle'
 *   report means idle for the away time already, so that time was not sitting. A fullscreen
 *   window or a tab playing sound while idle is someone watching: still sitting (a setting).
 * - Sleep and a closed browser are noticed without a heartbeat: an alarm that fires at least
 *   the away time late means the computer did not run since it was due (a natural break); a
 *   browser start begins a new session.
 * - BREAK_ALARM is the one "next decision" alarm: the warning, the nudge, its one repeat, a
 *   change of active hours, the end of a pause, and the re-check while a break window waits
 *   for a fullscreen window or sound to end. TICK_ALARM runs only while the badge counts
 *   down, at the countdown's own minute boundaries.
 * - Nudges happen only on alarms: the first, then one repeat a snooze length later. Nobody
 *   at the computer (no input for a minute, nothing watched): nothing is shown, and it is
 *   tried again a minute later. While a window is fullscreen or a tab plays sound the nudge
 *   never interrupts: notification only, and the break window waits.
 * - A snooze or a skip applies once per due break, whichever page sends it.
 */
import { hoursOf, nextHoursChange, tomorrowStart } from './activeHours';
import type { HistoryEntry } from './history';
import {
  MAX_ALLOWANCE_MS,
  bank,
  resumeCounting,
  settle,
  sittingAt,
  type IdleState,
  type ScheduleState,
} from './scheduleState';
import { badgeCountsDown, badgeFor, statusOf, targetMs, type Badge, type Status } from './scheduleStatus';
import type { Settings } from './settings';

export type PauseChoice = 'minutes30' | 'hour1' | 'tomorrow' | 'untilResumed';
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

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/**
 * How far ahead a pause can end: "until tomorrow" is at most ~25 h ahead (DST), or with
 * active hours up to the first session start in the week after tomorrow (< 8 days + 1 h).
 * A clock set back never stretches a pause further.
 */
const MAX_PAUSE_AHEAD_MS = 25 * HOUR;
const MAX_PAUSE_AHEAD_HOURS_MS = 8 * 24 * HOUR + HOUR;

/**
 * When a pause chosen at `now` ends: null = until resumed; 'tomorrow' = the next local
 * midnight, or with active hours enabled the first start of active hours at or after it.
 */
export function pauseEnd(choice: PauseChoice, now: number, settings: Settings): number | null {
  switch (choice) {
    case 'minutes30':
      return now + 30 * MINUTE;
    case 'hour1':
      return now + HOUR;
    case 'tomorrow':
      return tomorrowStart(now, hoursOf(settings.activeHours));
    case 'untilResumed':
      return null;
  }
}

function restartClock(s: ScheduleState, now: number): void {
  s.bankedMs = 0;
  resumeCounting(s, now);
  s.extraAllowanceMs = 0;
  s.nudges = 0;
  s.lastNudgeAt = null;
  s.windowWaiting = false;
  s.warned = false;
  s.snoozed = false;
}

function goAway(s: ScheduleState, since: number, settings: Settings): void {
  bank(s, since, hoursOf(settings.activeHours));
  s.awaySince = since;
  s.watching = false;
}

function comeBack(s: ScheduleState, now: number, settings: Settings): void {
  s.watching = false;
  if (s.awaySince === null) return;
  const awayFor = now - s.awaySince;
  s.awaySince = null;
  if (awayFor >= settings.awayMinutes * MINUTE) restartClock(s, now);
  else resumeCounting(s, now);
}

const watches = (activity: Activity | undefined, settings: Settings): boolean =>
  settings.countWatching && !!activity && (activity.fullscreen || activity.audible);

/** Folds what the platform found into the facts (an idle report may have been missed). */
function notePresence(s: ScheduleState, presence: Presence, now: number, settings: Settings): void {
  if (presence.idle === 'active') return comeBack(s, now, settings);
  if (s.awaySince !== null) return;
  if (presence.idle === 'idle' && watches(presence, settings)) s.watching = true;
  // Locked, or idle and no longer watching (when it stopped is unknown: from now).
  else goAway(s, now, settings);
}

const isDue = (s: ScheduleState, now: number, settings: Settings): boolean =>
  sittingAt(s, now, hoursOf(settings.activeHours)) >= targetMs(s, settings);

export function step(
  state: ScheduleState,
  event: ScheduleEvent,
  now: number,
  settings: Settings,
): { state: ScheduleState; effects: Effect[] } {
  if (!Number.isFinite(now)) return { state, effects: [] };
  const s: ScheduleState = { ...state };
  const hours = hoursOf(settings.activeHours);
  settle(s, now, hours ? MAX_PAUSE_AHEAD_HOURS_MS : MAX_PAUSE_AHEAD_MS);
  const snoozeMs = settings.snoozeMinutes * MINUTE;
  const before: Effect[] = []; // record, clearNotification, closeBreakWindow
  const nudge: Effect[] = [];
  const nudgesBefore = s.nudges;
  const warnedBefore = s.warned;
  /** Set when an alarm found a nudge due but nobody at the computer. */
  let withheld = false;
  let cleared = false;
  const clearNotification = (): void => {
    if (!cleared) before.push({ type: 'clearNotification' });
    cleared = true;
  };
  const record = (entry: HistoryEntry) => before.unshift({ type: 'record', entry });

  switch (event.type) {
    case 'installed':
    case 'settingsChanged':
      break;

    case 'startup':
      // The browser was closed for a time nobody recorded: a new sitting session.
      restartClock(s, now);
      if (event.presence) notePresence(s, event.presence, now, settings);
      break;

    case 'alarm': {
      // Late by the away time or more: the computer slept or the browser was closed since it was due.
      if (event.scheduledTime !== undefined && now - event.scheduledTime >= settings.awayMinutes * MINUTE && !s.paused) {
        if (s.awaySince === null) restartClock(s, now);
      }
      if (event.presence) notePresence(s, event.presence, now, settings);
      const interrupting = !!event.presence && (event.presence.fullscreen || event.presence.audible);
      const emptyChair = !!event.presence && !event.presence.recentInput && !interrupting;
      const status = statusOf(s, now, settings);
      if (status.kind === 'due') {
        const first = s.nudges === 0;
        const repeat = s.nudges === 1 && s.lastNudgeAt !== null && now >= s.lastNudgeAt + snoozeMs;
        if ((first || repeat) && emptyChair) withheld = true;
        else if (first || repeat) {
          s.nudges = first ? 1 : 2;
          s.lastNudgeAt = now;
          if (settings.nudgeLevel !== 'badge') nudge.push({ type: 'showNotification', repeat });
          if (settings.nudgeLevel === 'window') {
            // Never over a film or a call: the window waits until it ends.
            s.windowWaiting = interrupting;
            if (!interrupting) nudge.push({ type: 'openBreakWindow' });
          }
        } else if (s.windowWaiting && !interrupting && !emptyChair) {
          s.windowWaiting = false;
          nudge.push({ type: 'openBreakWindow' });
        }
      } else if (status.kind === 'sitting' && !s.warned && !emptyChair) {
        const left = (status.nextBreakAt ?? now) - now;
        if (settings.warningSeconds > 0 && left <= settings.warningSeconds * 1000) {
          s.warned = true;
          nudge.push({ type: 'showWarning', secondsLeft: Math.ceil(left / 1000) });
        }
      }
      break;
    }

    case 'idle':
      if (event.state === 'active') comeBack(s, now, settings);
      else if (s.awaySince !== null) s.watching = false;
      else if (event.state === 'idle' && watches(event.activity, settings)) s.watching = true;
      // 'idle' arrives the away time after the last input: that time was not sitting.
      else goAway(s, event.state === 'idle' ? now - settings.awayMinutes * MINUTE : now, settings);
      break;

    case 'stretchStarted':
      s.stretchSittingMs = sittingAt(s, now, hours);
      restartClock(s, now);
      clearNotification();
      break;

    case 'stretchEnded':
      record({
        at: Number.isFinite(event.at) ? Math.min(event.at, now) : now,
        outcome: event.outcome,
        sittingMs: s.stretchSittingMs ?? sittingAt(s, now, hours),
        exerciseId: event.exerciseId,
        durationMs: Number.isFinite(event.durationMs) ? Math.max(0, event.durationMs) : 0,
      });
      s.stretchSittingMs = null;
      restartClock(s, now);
      clearNotification();
      break;

    case 'snooze': {
      const due = isDue(s, now, settings);
      // Once per break: a second press (another page, a burst) finds it put off already.
      if (s.paused || (s.snoozed && !due)) break;
      const sitting = sittingAt(s, now, hours);
      record({ at: now, outcome: 'snoozed', sittingMs: sitting });
      const extra = due ? sitting - settings.intervalMinutes * MINUTE + snoozeMs : s.extraAllowanceMs + snoozeMs;
      s.extraAllowanceMs = Math.min(MAX_ALLOWANCE_MS, Math.max(0, extra));
      s.snoozed = true;
      s.nudges = 0;
      s.lastNudgeAt = null;
      s.windowWaiting = false;
      clearNotification();
      break;
    }

    case 'skip':
      if (s.paused || !isDue(s, now, settings)) break; // only a due break can be skipped, once
      record({ at: now, outcome: 'skipped', sittingMs: sittingAt(s, now, hours) });
      restartClock(s, now);
      clearNotification();
      break;

    case 'pause':
      bank(s, now, hours);
      s.paused = true;
      s.pausedUntil = pauseEnd(event.choice, now, settings);
      s.nudges = 0;
      s.lastNudgeAt = null;
      s.windowWaiting = false;
      clearNotification();
      break;

    case 'resume':
      if (!s.paused) break;
      s.paused = false;
      s.pausedUntil = null;
      resumeCounting(s, now);
      break;
  }

  // No longer due (interval raised, clock restarted): nudges start over.
  if (s.nudges > 0 && !isDue(s, now, settings)) {
    s.nudges = 0;
    s.lastNudgeAt = null;
    s.windowWaiting = false;
  }
  if (nudgesBefore > 0 && s.nudges === 0) {
    // A shown nudge is withdrawn. A stretch may be running in the break window: leave it open.
    clearNotification();
    if (settings.nudgeLevel === 'window' && event.type !== 'stretchStarted' && event.type !== 'stretchEnded') {
      before.push({ type: 'closeBreakWindow' });
    }
  }
  if (warnedBefore && !s.warned) clearNotification();

  const status = statusOf(s, now, settings);
  const effects = [
    ...before,
    ...nudge,
    ...alarmEffects(s, status, now, settings, withheld),
    { type: 'setBadge', badge: badgeFor(status, now, settings) } as Effect,
  ];
  // Nothing changed: the very object given, so the caller can tell there is nothing to save.
  return { state: sameFacts(s, state) ? state : s, effects };
}

function sameFacts(a: ScheduleState, b: ScheduleState): boolean {
  return (Object.keys(a) as (keyof ScheduleState)[]).every((key) => a[key] === b[key]);
}

/** The break alarm's next moment; null = none. */
function breakAlarmAt(s: ScheduleState, status: Status, now: number, settings: Settings, withheld: boolean): number | null {
  if (s.paused) return s.pausedUntil;
  const moments: Array<number | null> = [nextHoursChange(now, hoursOf(settings.activeHours))];
  const earliestNudge = withheld ? now + MINUTE : now;
  if (status.kind === 'sitting' && status.nextBreakAt !== null) {
    const warningAt = status.nextBreakAt - settings.warningSeconds * 1000;
    moments.push(settings.warningSeconds > 0 && !s.warned && warningAt > now ? warningAt : status.nextBreakAt);
  }
  if (status.kind === 'due') {
    if (s.nudges === 0) moments.push(earliestNudge);
    else if (s.nudges === 1 && s.lastNudgeAt !== null) moments.push(Math.max(earliestNudge, s.lastNudgeAt + settings.snoozeMinutes * MINUTE));
    // The waiting break window looks again each minute whether the film or the call has ended.
    if (s.windowWaiting) moments.push(now + MINUTE);
  }
  // Idle but watching: look again after the away time whether anyone is still there.
  if (s.watching && s.awaySince === null) moments.push(now + settings.awayMinutes * MINUTE);
  const at = moments.filter((m): m is number => m !== null);
  return at.length ? Math.min(...at) : null;
}

/** The minute tick, at the countdown's own minute boundaries so the badge is never a minute high. */
function tickAt(status: Status, now: number, settings: Settings): number | null {
  if (!badgeCountsDown(status, settings) || status.nextBreakAt === null) return null;
  const wholeMinutesLeft = Math.floor((status.nextBreakAt - now) / MINUTE);
  if (wholeMinutesLeft < 1) return null; // the break alarm comes first
  let at = status.nextBreakAt - wholeMinutesLeft * MINUTE;
  if (at <= now) at += MINUTE;
  return at < status.nextBreakAt ? at : null;
}

function alarmEffects(s: ScheduleState, status: Status, now: number, settings: Settings, withheld: boolean): Effect[] {
  const breakAt = breakAlarmAt(s, status, now, settings, withheld);
  const tick = tickAt(status, now, settings);
  return [
    breakAt === null ? { type: 'clearAlarm', name: BREAK_ALARM } : { type: 'setAlarm', name: BREAK_ALARM, at: breakAt },
    tick === null ? { type: 'clearAlarm', name: TICK_ALARM } : { type: 'setAlarm', name: TICK_ALARM, at: tick, periodMinutes: 1 },
  ];
}
