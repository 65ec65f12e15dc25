/** The alarms that wake the sitting clock: when the next decision is due, and the badge's minute tick. */
import { hoursOf, nextHoursChange } from './activeHours';
import { BREAK_ALARM, TICK_ALARM, type Effect } from './scheduleEvents';
import type { ScheduleState } from './scheduleState';
import { badgeCountsDown, type Status } from './scheduleStatus';
import type { Settings } from './settings';
import { MINUTE_MS } from './time';

/** The break alarm's next moment; null = none. */
function breakAlarmAt(s: ScheduleState, status: Status, now: number, settings: Settings, withheld: boolean): number | null {
  if (s.paused) return s.pausedUntil;
  const moments: Array<number | null> = [nextHoursChange(now, hoursOf(settings.activeHours))];
  const earliestNudge = withheld ? now + MINUTE_MS : now;
  if (status.kind === 'sitting' && status.nextBreakAt !== null) {
    const warningAt = status.nextBreakAt - settings.warningSeconds * 1000;
    moments.push(settings.warningSeconds > 0 && !s.warned && warningAt > now ? warningAt : status.nextBreakAt);
  }
  if (status.kind === 'due') {
    if (s.nudges === 0) moments.push(earliestNudge);
    else if (s.nudges === 1 && s.lastNudgeAt !== null) moments.push(Math.max(earliestNudge, s.lastNudgeAt + settings.snoozeMinutes * MINUTE_MS));
    // The waiting break window looks again each minute whether the film or the call has ended.
    if (s.windowWaiting) moments.push(now + MINUTE_MS);
  }
  // Idle but watching: look again after the away time whether anyone is still there.
  if (s.watching && s.awaySince === null) moments.push(now + settings.awayMinutes * MINUTE_MS);
  const at = moments.filter((m): m is number => m !== null);
  return at.length ? Math.min(...at) : null;
}

/** The minute tick, at the countdown's own minute boundaries so the badge is never a minute high. */
function tickAt(status: Status, now: number, settings: Settings): number | null {
  if (!badgeCountsDown(status, settings) || status.nextBreakAt === null) return null;
  const wholeMinutesLeft = Math.floor((status.nextBreakAt - now) / MINUTE_MS);
  if (wholeMinutesLeft < 1) return null; // the break alarm comes first
  let at = status.nextBreakAt - wholeMinutesLeft * MINUTE_MS;
  if (at <= now) at += MINUTE_MS;
  return at < status.nextBreakAt ? at : null;
}

export function alarmEffects(s: ScheduleState, status: Status, now: number, settings: Settings, withheld: boolean): Effect[] {
  const breakAt = breakAlarmAt(s, status, now, settings, withheld);
  const tick = tickAt(status, now, settings);
  return [
    breakAt === null ? { type: 'clearAlarm', name: BREAK_ALARM } : { type: 'setAlarm', name: BREAK_ALARM, at: breakAt },
    tick === null ? { type: 'clearAlarm', name: TICK_ALARM } : { type: 'setAlarm', name: TICK_ALARM, at: tick, periodMinutes: 1 },
  ];
}
