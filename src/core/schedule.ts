/**
 * The sitting-time state machine: (state, event, now, settings) -> state + effects.
 *
 * Pure: no browser API, no clock of its own, no timers. `now` (epoch ms) is always an
 * argument; local-calendar math (active hours, "until tomorrow") uses date-fns in the
 * process time zone.
 *
 * Model
 * - `sittingMs` is active sitting accounted up to `lastSeenAt`. Every step first
 *   accounts `now - lastSeenAt`: it counts only while the person is active, inside
 *   active hours and not paused. The break is due when `sittingMs` reaches
 *   interval + `extraAllowanceMs` (snoozes add allowance).
 * - A gap with no events longer than `gapThresholdMs` while the person was active
 *   (asleep laptop, closed browser, a worker that was not woken, a forward clock jump)
 *   counts as away: fresh clock. Time going backwards adds nothing and re-bases.
 * - Away ('idle' or 'locked') for at least awayMinutes is a natural break: the clock
 *   restarts when the person is back. An 'idle' report means idle for awayMinutes
 *   already, so the sitting counted in that window is taken back.
 * - Alarms: BREAK_ALARM is the one "next decision" alarm. It is armed at the earliest of
 *   the nudge (or its one repeat), the next change of active hours and, while paused,
 *   the end of the pause (a timed pause resumes on BREAK_ALARM, or on any later event).
 *   TICK_ALARM is periodic and armed only while accounting runs, to keep gaps short.
 * - Nudges happen only on an alarm event (break or tick) while accounting runs and the
 *   break is due: the first, then one repeat a snooze length later, then quiet until a
 *   natural break, a stretch, a skip or a snooze. An alarm whose event says nobody is at
 *   the computer (`present: false`: no input in the last minute) shows nothing; the break
 *   alarm is re-armed a minute later (and the tick keeps running) to try again.
 * - A shown nudge that is withdrawn (natural break, snooze, skip, pause, a settings change
 *   that ends the due state) clears its notification and, at the 'window' level, closes
 *   the break window; a stretch starting or ending leaves the window alone (the person
 *   may be using its timer).
 * - Every step returns setAlarm/clearAlarm for both alarms and a setBadge, so the
 *   platform can reconcile; the same step twice gives the same result.
 */
import type { HistoryEntry } from './history';
import { addDays, getDay, startOfDay } from 'date-fns';
import { DEFAULT_SETTINGS, type ActiveHours, type NudgeLevel, type Settings } from './settings';

export type IdleState = 'active' | 'idle' | 'locked';
export type PauseChoice = 'minutes30' | 'hour1' | 'tomorrow' | 'untilResumed';
export const BREAK_ALARM = 'unhunch-break';
export const TICK_ALARM = 'unhunch-tick';
export type AlarmName = typeof BREAK_ALARM | typeof TICK_ALARM;

export type ScheduleEvent =
  | { type: 'installed' } // installed or updated
  | { type: 'startup' } // browser started, or the worker woke with no better event: re-arm from state
  /** `present`: whether there was input in the last minute; undefined = present. */
  | { type: 'alarm'; name: AlarmName; present?: boolean }
  | { type: 'idle'; state: IdleState }
  | { type: 'stretchStarted' }
  /** `at`: when the stretch ended, which may be before `now` (it ran out with no page open). */
  | { type: 'stretchEnded'; at: number; exerciseId: string; durationMs: number; outcome: 'done' | 'stoppedEarly' }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'pause'; choice: PauseChoice }
  | { type: 'resume' }
  | { type: 'settingsChanged' };

/** A break as the history log keeps it. */
export type BreakRecord = HistoryEntry;

export type Effect =
  | { type: 'setAlarm'; name: AlarmName; at: number; periodMinutes?: number }
  | { type: 'clearAlarm'; name: AlarmName }
  | { type: 'showNotification'; repeat: boolean }
  | { type: 'clearNotification' }
  | { type: 'openBreakWindow' }
  /** Close the break window a withdrawn nudge opened (no-op when none is open). */
  | { type: 'closeBreakWindow' }
  | { type: 'setBadge'; badge: Badge }
  | { type: 'record'; entry: BreakRecord };

/** Message keys `badgeFor` uses for the toolbar button's title (English in public/_locales/en). */
export type BadgeTitleKey =
  | 'badgeTitleNext'
  | 'badgeTitleDue'
  | 'badgeTitlePausedUntil'
  | 'badgeTitlePausedUntilResumed'
  | 'badgeTitleOutsideHours'
  | 'badgeTitleAway';

export interface Badge {
  text: string;
  color: string;
  /** A message key; `titleArgs` are its $1, $2 … substitutions. */
  titleKey: BadgeTitleKey;
  titleArgs: string[];
  /**
   * An epoch-ms time the title names as its $1 (then `titleArgs` is empty); the platform
   * formats it in the person's locale. null for titles without a time.
   */
  titleTime: number | null;
}

export const BADGE_COLORS = {
  /** Counting down normally. */
  calm: '#2b7a78',
  /** A break is due. */
  alert: '#c2410c',
  /** Paused, away, outside active hours. */
  quiet: '#6b7280',
} as const;

/** Badge text while paused ('❚❚' does not render in every font). */
export const PAUSED_BADGE_TEXT = 'II';
export const DUE_BADGE_TEXT = '!';

export interface ScheduleState {
  version: 1;
  /** Active sitting accounted up to `lastSeenAt`, ms. */
  sittingMs: number;
  /** Epoch ms of the last accounting (the last step). */
  lastSeenAt: number;
  /** Added to the interval by snoozes since the clock last restarted, ms. */
  extraAllowanceMs: number;
  /** The last idle state the platform reported. */
  idle: IdleState;
  /** When the person went away (null while 'active'). */
  awaySince: number | null;
  paused: boolean;
  /** End of a timed pause; null while paused means until resumed. Always null when not paused. */
  pausedUntil: number | null;
  /** Nudges shown since the break fell due: 0, 1 (first) or 2 (the repeat; then quiet). */
  nudges: 0 | 1 | 2;
  /** When the last nudge was shown (null when `nudges` is 0). */
  lastNudgeAt: number | null;
  /** Sitting time when the running stretch started, for its record; null when none runs. */
  stretchSittingMs: number | null;
}

export type StatusKind = 'sitting' | 'due' | 'away' | 'paused' | 'outsideHours';

export interface Status {
  kind: StatusKind;
  sittingMs: number;
  /**
   * 'sitting': when the break falls due; 'due': when it fell due (≤ now);
   * null while the clock stands still (away, paused, outside active hours).
   */
  nextBreakAt: number | null;
  /** null with kind 'paused' = until resumed; null for every other kind. */
  pausedUntil: number | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Sitting time is capped here; a stored value above it is corrupt. */
export const MAX_SITTING_MS = 48 * HOUR;
const MAX_ALLOWANCE_MS = 7 * 24 * HOUR;
/**
 * How far ahead a pause can end: "until tomorrow" is at most ~25 h ahead (DST), or with
 * active hours up to the first session start in the week after tomorrow (< 8 days + 1 h).
 * A clock set back never stretches a pause further.
 */
const MAX_PAUSE_AHEAD_MS = 25 * HOUR;
const MAX_PAUSE_AHEAD_HOURS_MS = 8 * 24 * HOUR + HOUR;
/** Epoch ms beyond which a stored time is nonsense (year ~2255). */
const MAX_EPOCH_MS = 9e12;

// ---------------------------------------------------------------- settings, sanitised

interface Hours {
  days: Set<number>;
  startMinute: number;
  endMinute: number;
}

interface Plan {
  intervalMs: number;
  snoozeMs: number;
  awayMs: number;
  tickMinutes: number;
  gapMs: number;
  /** null = active hours disabled (always inside). */
  hours: Hours | null;
  nudgeLevel: NudgeLevel;
}

function wholeMinutes(value: unknown, fallback: number, max = 24 * 60): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(1, Math.round(value)));
}

function minuteOfDay(value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1439) return fallback;
  return value;
}

function hoursOf(hours: ActiveHours | undefined): Hours | null {
  if (!hours || hours.enabled !== true) return null;
  const fallback = DEFAULT_SETTINGS.activeHours;
  const days = Array.isArray(hours.days) ? hours.days : [];
  return {
    days: new Set(days.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6)),
    startMinute: minuteOfDay(hours.startMinute, fallback.startMinute),
    endMinute: minuteOfDay(hours.endMinute, fallback.endMinute),
  };
}

/** Minutes between ticks: 1 while the badge counts minutes, else max(1, floor(awayMinutes / 2)). */
export function tickPeriodMinutes(settings: Settings): number {
  if (settings.badge !== false) return 1;
  return Math.max(1, Math.floor(wholeMinutes(settings.awayMinutes, DEFAULT_SETTINGS.awayMinutes) / 2));
}

/** A silence longer than this while the person was active counts as away: max(awayMinutes, 2 ticks + 30 s). */
export function gapThresholdMs(settings: Settings): number {
  const awayMs = wholeMinutes(settings.awayMinutes, DEFAULT_SETTINGS.awayMinutes) * MINUTE;
  return Math.max(awayMs, 2 * tickPeriodMinutes(settings) * MINUTE + 30_000);
}

function planOf(settings: Settings): Plan {
  const level = settings.nudgeLevel;
  return {
    intervalMs: wholeMinutes(settings.intervalMinutes, DEFAULT_SETTINGS.intervalMinutes) * MINUTE,
    snoozeMs: wholeMinutes(settings.snoozeMinutes, DEFAULT_SETTINGS.snoozeMinutes) * MINUTE,
    awayMs: wholeMinutes(settings.awayMinutes, DEFAULT_SETTINGS.awayMinutes) * MINUTE,
    tickMinutes: tickPeriodMinutes(settings),
    gapMs: gapThresholdMs(settings),
    hours: hoursOf(settings.activeHours),
    nudgeLevel: level === 'badge' || level === 'notification' || level === 'window' ? level : DEFAULT_SETTINGS.nudgeLevel,
  };
}

// ---------------------------------------------------------------- active hours (local time)

interface Span {
  start: number;
  end: number;
}

/** Epoch ms of a wall-clock minute on a local day (a time in the spring-forward gap lands after it). */
function atMinute(day: Date, minute: number): number {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), Math.floor(minute / 60), minute % 60).getTime();
}

/**
 * Active-hours sessions, merged, for the local days around [from, to]. A session starts
 * on a chosen day at startMinute and ends at endMinute the same day, or the next day when
 * endMinute ≤ startMinute (spans midnight; equal = a full 24 h).
 */
function spans(from: number, to: number, hours: Hours): Span[] {
  const out: Span[] = [];
  const last = addDays(startOfDay(to), 1).getTime();
  for (let day = addDays(startOfDay(from), -2); day.getTime() <= last; day = addDays(day, 1)) {
    if (!hours.days.has(getDay(day))) continue;
    const start = atMinute(day, hours.startMinute);
    const end = atMinute(hours.endMinute > hours.startMinute ? day : addDays(day, 1), hours.endMinute);
    if (end <= start) continue;
    const prev = out[out.length - 1];
    if (prev && start <= prev.end) prev.end = Math.max(prev.end, end);
    else out.push({ start, end });
  }
  return out;
}

function insideHours(t: number, hours: Hours | null): boolean {
  if (!hours) return true;
  return spans(t, t, hours).some((s) => s.start <= t && t < s.end);
}

/** The next moment after t when "inside active hours" changes; null if it never does. */
function nextHoursChange(t: number, hours: Hours | null): number | null {
  if (!hours) return null;
  // A weekly pattern changes within 8 days if it changes at all; later edges are artefacts of the window.
  const horizon = addDays(startOfDay(t), 8).getTime();
  let best: number | null = null;
  for (const s of spans(t, horizon, hours)) {
    for (const edge of [s.start, s.end]) {
      if (edge > t && edge < horizon && (best === null || edge < best)) best = edge;
    }
  }
  return best;
}

/** Milliseconds of [from, to) inside active hours. */
function activeMsBetween(from: number, to: number, hours: Hours | null): number {
  if (to <= from) return 0;
  if (!hours) return to - from;
  let total = 0;
  for (const s of spans(from, to, hours)) {
    const a = Math.max(from, s.start);
    const b = Math.min(to, s.end);
    if (b > a) total += b - a;
  }
  return total;
}

/**
 * The start of "tomorrow": the next local midnight, or with active hours the first day's
 * session start at or after it (a session running over midnight is today's, not tomorrow's).
 * With no chosen day in the week, the midnight.
 */
function tomorrowStart(now: number, hours: Hours | null): number {
  const midnight = startOfDay(addDays(now, 1));
  if (hours) {
    for (let i = 0; i < 7; i++) {
      const day = addDays(midnight, i);
      if (hours.days.has(getDay(day))) return atMinute(day, hours.startMinute);
    }
  }
  return midnight.getTime();
}

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

// ---------------------------------------------------------------- state

export function initialState(now: number): ScheduleState {
  return {
    version: 1,
    sittingMs: 0,
    lastSeenAt: now,
    extraAllowanceMs: 0,
    idle: 'active',
    awaySince: null,
    paused: false,
    pausedUntil: null,
    nudges: 0,
    lastNudgeAt: null,
    stretchSittingMs: null,
  };
}

function restartClock(s: ScheduleState, now: number): void {
  s.sittingMs = 0;
  s.lastSeenAt = now;
  s.extraAllowanceMs = 0;
  s.nudges = 0;
  s.lastNudgeAt = null;
}

/** Account the time since `lastSeenAt` up to `now` (mutates s). */
function advance(s: ScheduleState, now: number, p: Plan): void {
  if (now < s.lastSeenAt) {
    // The clock went back: count nothing, re-base, keep remembered moments in the past.
    s.lastSeenAt = now;
    if (s.awaySince !== null && s.awaySince > now) s.awaySince = now;
    if (s.lastNudgeAt !== null && s.lastNudgeAt > now) s.lastNudgeAt = now;
    const maxAhead = p.hours ? MAX_PAUSE_AHEAD_HOURS_MS : MAX_PAUSE_AHEAD_MS;
    if (s.pausedUntil !== null && s.pausedUntil > now + maxAhead) s.pausedUntil = now + maxAhead;
    return;
  }
  let from = s.lastSeenAt;
  s.lastSeenAt = now;
  if (s.paused) {
    if (s.pausedUntil === null || s.pausedUntil > now) return;
    // The pause ended at pausedUntil: account from there.
    from = Math.max(from, s.pausedUntil);
    s.paused = false;
    s.pausedUntil = null;
  }
  if (s.idle !== 'active') return;
  if (now - from > p.gapMs) {
    restartClock(s, now);
    return;
  }
  s.sittingMs = Math.min(MAX_SITTING_MS, s.sittingMs + activeMsBetween(from, now, p.hours));
}

function isDue(s: ScheduleState, p: Plan): boolean {
  return s.sittingMs >= p.intervalMs + s.extraAllowanceMs;
}

function isAccounting(s: ScheduleState, now: number, p: Plan): boolean {
  return !s.paused && s.idle === 'active' && insideHours(now, p.hours);
}

function cloneState(s: ScheduleState): ScheduleState {
  return { ...s };
}

function safeNow(now: number, s: ScheduleState): number {
  return Number.isFinite(now) ? now : s.lastSeenAt;
}

// ---------------------------------------------------------------- step

export function step(
  state: ScheduleState,
  event: ScheduleEvent,
  now: number,
  settings: Settings,
): { state: ScheduleState; effects: Effect[] } {
  const s = cloneState(state);
  now = safeNow(now, s);
  const p = planOf(settings);
  const before: Effect[] = []; // record, clearNotification, closeBreakWindow
  const nudge: Effect[] = [];
  const nudgesBefore = s.nudges;
  /** Set when an alarm found a nudge due but nobody at the computer. */
  let withheld = false;
  let cleared = false;
  const clearNotification = (): void => {
    if (!cleared) before.push({ type: 'clearNotification' });
    cleared = true;
  };

  advance(s, now, p);

  switch (event.type) {
    case 'installed':
    case 'startup':
    case 'settingsChanged':
      break;

    case 'alarm': {
      if (!isAccounting(s, now, p) || !isDue(s, p)) break;
      const first = s.nudges === 0;
      const repeat = s.nudges === 1 && s.lastNudgeAt !== null && now >= s.lastNudgeAt + p.snoozeMs;
      if (!first && !repeat) break;
      if (event.present === false) {
        withheld = true;
        break;
      }
      s.nudges = first ? 1 : 2;
      s.lastNudgeAt = now;
      if (p.nudgeLevel !== 'badge') nudge.push({ type: 'showNotification', repeat });
      if (p.nudgeLevel === 'window') nudge.push({ type: 'openBreakWindow' });
      break;
    }

    case 'idle': {
      const prev = s.idle;
      if (event.state === 'active') {
        if (prev !== 'active') {
          const awayFor = now - (s.awaySince ?? now);
          s.idle = 'active';
          s.awaySince = null;
          if (awayFor >= p.awayMs) restartClock(s, now);
        }
      } else {
        if (prev === 'active') {
          const since = event.state === 'idle' ? now - p.awayMs : now;
          // 'idle' arrives awayMinutes after the last input: that time was not sitting.
          if (!s.paused) s.sittingMs = Math.max(0, s.sittingMs - activeMsBetween(since, now, p.hours));
          s.awaySince = since;
        }
        s.idle = event.state;
      }
      break;
    }

    case 'stretchStarted':
      s.stretchSittingMs = s.sittingMs;
      restartClock(s, now);
      clearNotification();
      break;

    case 'stretchEnded':
      before.unshift({
        type: 'record',
        entry: {
          at: Number.isFinite(event.at) ? Math.min(event.at, now) : now,
          outcome: event.outcome,
          sittingMs: s.stretchSittingMs ?? s.sittingMs,
          exerciseId: event.exerciseId,
          durationMs: Number.isFinite(event.durationMs) ? Math.max(0, event.durationMs) : 0,
        },
      });
      s.stretchSittingMs = null;
      restartClock(s, now);
      clearNotification();
      break;

    case 'snooze': {
      before.unshift({ type: 'record', entry: { at: now, outcome: 'snoozed', sittingMs: s.sittingMs } });
      const extra = isDue(s, p) ? s.sittingMs - p.intervalMs + p.snoozeMs : s.extraAllowanceMs + p.snoozeMs;
      s.extraAllowanceMs = Math.min(MAX_ALLOWANCE_MS, Math.max(0, extra));
      s.nudges = 0;
      s.lastNudgeAt = null;
      clearNotification();
      break;
    }

    case 'skip':
      before.unshift({ type: 'record', entry: { at: now, outcome: 'skipped', sittingMs: s.sittingMs } });
      restartClock(s, now);
      clearNotification();
      break;

    case 'pause':
      s.paused = true;
      s.pausedUntil = pauseEnd(event.choice, now, settings);
      s.nudges = 0;
      s.lastNudgeAt = null;
      clearNotification();
      break;

    case 'resume':
      s.paused = false;
      s.pausedUntil = null;
      break;
  }

  // No longer due (interval raised, clock restarted): nudges start over.
  if (s.nudges > 0 && !isDue(s, p)) {
    s.nudges = 0;
    s.lastNudgeAt = null;
  }
  if (nudgesBefore > 0 && s.nudges === 0) {
    // A shown nudge is withdrawn. A stretch may be running in the break window: leave it open.
    clearNotification();
    if (p.nudgeLevel === 'window' && event.type !== 'stretchStarted' && event.type !== 'stretchEnded') {
      before.push({ type: 'closeBreakWindow' });
    }
  }

  // A nudge withheld for an empty chair is retried a minute later, not at once (no spinning alarm).
  const earliestNudge = withheld ? now + MINUTE : now;
  return { state: s, effects: [...before, ...nudge, ...alarmEffects(s, now, p, earliestNudge), setBadge(s, now, p, settings)] };
}

/**
 * The break alarm's next moment: nudge, repeat, hours change or pause end; null = none.
 * A nudge that is due already is armed at `earliestNudge` (now, or a retry a minute on).
 */
function breakAlarmAt(s: ScheduleState, now: number, p: Plan, earliestNudge: number): number | null {
  if (s.paused) return s.pausedUntil;
  let at = nextHoursChange(now, p.hours);
  if (isAccounting(s, now, p)) {
    let nudgeAt: number | null = null;
    if (s.nudges === 0) nudgeAt = Math.max(earliestNudge, now + p.intervalMs + s.extraAllowanceMs - s.sittingMs);
    else if (s.nudges === 1 && s.lastNudgeAt !== null) nudgeAt = Math.max(earliestNudge, s.lastNudgeAt + p.snoozeMs);
    if (nudgeAt !== null && (at === null || nudgeAt < at)) at = nudgeAt;
  }
  return at;
}

function alarmEffects(s: ScheduleState, now: number, p: Plan, earliestNudge: number): Effect[] {
  const at = breakAlarmAt(s, now, p, earliestNudge);
  return [
    at === null ? { type: 'clearAlarm', name: BREAK_ALARM } : { type: 'setAlarm', name: BREAK_ALARM, at },
    isAccounting(s, now, p)
      ? { type: 'setAlarm', name: TICK_ALARM, at: now + p.tickMinutes * MINUTE, periodMinutes: p.tickMinutes }
      : { type: 'clearAlarm', name: TICK_ALARM },
  ];
}

function setBadge(s: ScheduleState, now: number, p: Plan, settings: Settings): Effect {
  return { type: 'setBadge', badge: badgeFor(statusOf(s, now, p), now, settings) };
}

// ---------------------------------------------------------------- status and badge

function statusOf(s: ScheduleState, now: number, p: Plan): Status {
  const base = { sittingMs: s.sittingMs, nextBreakAt: null, pausedUntil: null };
  if (s.paused) return { ...base, kind: 'paused', pausedUntil: s.pausedUntil };
  if (!insideHours(now, p.hours)) return { ...base, kind: 'outsideHours' };
  if (s.idle !== 'active') return { ...base, kind: 'away' };
  const left = p.intervalMs + s.extraAllowanceMs - s.sittingMs;
  return { ...base, kind: left <= 0 ? 'due' : 'sitting', nextBreakAt: now + left };
}

/** What the popup shows; accounts the time since the last step as the next step would. */
export function scheduleStatus(state: ScheduleState, now: number, settings: Settings): Status {
  const s = cloneState(state);
  now = safeNow(now, s);
  const p = planOf(settings);
  advance(s, now, p);
  return statusOf(s, now, p);
}

function minutesUntil(at: number, now: number): number {
  return Math.max(1, Math.ceil((at - now) / MINUTE));
}

export function badgeFor(status: Status, now: number, settings: Settings): Badge {
  let badge: Badge;
  switch (status.kind) {
    case 'sitting': {
      const minutes = minutesUntil(status.nextBreakAt ?? now, now);
      const titleArgs = [String(minutes)];
      badge = { text: String(minutes), color: BADGE_COLORS.calm, titleKey: 'badgeTitleNext', titleArgs, titleTime: null };
      break;
    }
    case 'due':
      badge = { text: DUE_BADGE_TEXT, color: BADGE_COLORS.alert, titleKey: 'badgeTitleDue', titleArgs: [], titleTime: null };
      break;
    case 'paused':
      // The end time, not "for another N min": the tick is off while paused, so a count would go stale.
      badge = {
        text: PAUSED_BADGE_TEXT,
        color: BADGE_COLORS.quiet,
        titleKey: status.pausedUntil === null ? 'badgeTitlePausedUntilResumed' : 'badgeTitlePausedUntil',
        titleArgs: [],
        titleTime: status.pausedUntil,
      };
      break;
    case 'outsideHours':
      badge = { text: '', color: BADGE_COLORS.quiet, titleKey: 'badgeTitleOutsideHours', titleArgs: [], titleTime: null };
      break;
    case 'away':
      badge = { text: '', color: BADGE_COLORS.quiet, titleKey: 'badgeTitleAway', titleArgs: [], titleTime: null };
      break;
  }
  if (settings.badge === false) badge.text = '';
  return badge;
}

// ---------------------------------------------------------------- parsing stored state

type Check = (value: unknown) => boolean;

const isTime: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_EPOCH_MS;
const isDuration =
  (max: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max;
const orNull =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);

const FIELDS: { [K in Exclude<keyof ScheduleState, 'version'>]: Check } = {
  sittingMs: isDuration(MAX_SITTING_MS),
  lastSeenAt: isTime,
  extraAllowanceMs: isDuration(MAX_ALLOWANCE_MS),
  idle: (v) => v === 'active' || v === 'idle' || v === 'locked',
  awaySince: orNull(isTime),
  paused: (v) => typeof v === 'boolean',
  pausedUntil: orNull(isTime),
  nudges: (v) => v === 0 || v === 1 || v === 2,
  lastNudgeAt: orNull(isTime),
  stretchSittingMs: orNull(isDuration(MAX_SITTING_MS)),
};

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'number') return `the number ${String(v)}`;
  return `a value of type ${typeof v}`;
}

/**
 * Untrusted stored value -> state; anything invalid gives a fresh sitting clock and a reason
 * string (never throws). `undefined` (nothing stored yet) gives a fresh clock without a problem.
 */
export function parseScheduleState(raw: unknown, now: number): { state: ScheduleState; problem?: string } {
  const fresh = (problem: string) => ({ state: initialState(Number.isFinite(now) ? now : 0), problem });
  try {
    if (raw === undefined) return { state: initialState(Number.isFinite(now) ? now : 0) };
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return fresh(`stored schedule state is not an object but ${describe(raw)}`);
    }
    const o = raw as Record<string, unknown>;
    if (o.version !== 1) return fresh(`stored schedule state has unsupported version ${describe(o.version)}`);
    const out: Record<string, unknown> = { version: 1 };
    for (const [key, check] of Object.entries(FIELDS) as [keyof typeof FIELDS, Check][]) {
      const value = o[key];
      if (!check(value)) return fresh(`stored schedule state field "${key}" is invalid: ${value === undefined ? 'missing' : describe(value)}`);
      out[key] = value;
    }
    const s = out as unknown as ScheduleState;
    if ((s.idle === 'active') !== (s.awaySince === null)) {
      return fresh('stored schedule state is inconsistent: "awaySince" does not match "idle"');
    }
    if (!s.paused && s.pausedUntil !== null) {
      return fresh('stored schedule state is inconsistent: "pausedUntil" set while not paused');
    }
    if ((s.nudges === 0) !== (s.lastNudgeAt === null)) {
      return fresh('stored schedule state is inconsistent: "lastNudgeAt" does not match "nudges"');
    }
    return { state: s };
  } catch (error) {
    // A getter or proxy in the stored value; never let it escape.
    return fresh(`stored schedule state could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
