/**
 * The sitting-time state machine: (state, event, now, settings) -> state + effects. Events
 * and effects are scheduleEvents.ts, the alarms it sets scheduleAlarms.ts, pauses pause.ts.
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
import { hoursOf } from './activeHours';
import type { HistoryEntry } from './history';
import { maxPauseAheadMs, pauseEnd } from './pause';
import { alarmEffects } from './scheduleAlarms';
import type { Activity, Effect, Presence, ScheduleEvent } from './scheduleEvents';
import { MAX_ALLOWANCE_MS, bank, resumeCounting, settle, sittingAt, type ScheduleState } from './scheduleState';
import { badgeFor, statusOf, targetMs } from './scheduleStatus';
import type { Settings } from './settings';
import { MINUTE_MS } from './time';

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
  if (awayFor >= settings.awayMinutes * MINUTE_MS) restartClock(s, now);
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
  settle(s, now, maxPauseAheadMs(hours));
  const snoozeMs = settings.snoozeMinutes * MINUTE_MS;
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
      if (event.scheduledTime !== undefined && now - event.scheduledTime >= settings.awayMinutes * MINUTE_MS && !s.paused) {
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
      else goAway(s, event.state === 'idle' ? now - settings.awayMinutes * MINUTE_MS : now, settings);
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
      const extra = due ? sitting - settings.intervalMinutes * MINUTE_MS + snoozeMs : s.extraAllowanceMs + snoozeMs;
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
