/**
 * What the sitting clock stores: facts that stay true while nothing happens ("counting since
 * 09:12, 14 min banked before"), never a running total, so a wake that changes nothing has
 * nothing to write. Parsed from storage here, beside the type.
 */
import { activeMsBetween, type Hours } from './activeHours';
import { isBoolean, isDuration, isOneOf, isPlainObject, isTime, ownField, readSafely, type Parsed } from './guards';
import { HOUR_MS } from './time';

export type IdleState = 'active' | 'idle' | 'locked';

export interface ScheduleState {
  version: 2;
  /** Active sitting banked before `countingSince`, ms. */
  bankedMs: number;
  /** Since when sitting counts on top of `bankedMs` (inside active hours only); null while it stands still. */
  countingSince: number | null;
  /** Added to the interval by a snooze since the clock last restarted, ms. */
  extraAllowanceMs: number;
  /** Since when the person is away (screen locked, or idle with nothing watched); null while here. */
  awaySince: number | null;
  /** Idle by the browser's count but watching or listening: looked at again at the next alarm. */
  watching: boolean;
  paused: boolean;
  /** End of a timed pause; null while paused means until resumed. Always null when not paused. */
  pausedUntil: number | null;
  /** Nudges shown since the break fell due: 0, 1 (first) or 2 (the repeat; then quiet). */
  nudges: 0 | 1 | 2;
  /** When the last nudge was shown (null when `nudges` is 0). */
  lastNudgeAt: number | null;
  /** The break window of a due nudge waits for a fullscreen window or a sound to end. */
  windowWaiting: boolean;
  /** The warning before this break was shown; a snooze keeps it, a restarted clock clears it. */
  warned: boolean;
  /** This break was put off once already: a second snooze waits until it falls due. */
  snoozed: boolean;
  /** Sitting time when the running stretch started, for its record; null when none runs. */
  stretchSittingMs: number | null;
}

/** Sitting time is capped here, so no record holds more; a stored value above it is damage. */
export const MAX_SITTING_MS = 48 * HOUR_MS;
export const MAX_ALLOWANCE_MS = 7 * 24 * HOUR_MS;

export function initialState(now: number): ScheduleState {
  return {
    version: 2,
    bankedMs: 0,
    countingSince: now,
    extraAllowanceMs: 0,
    awaySince: null,
    watching: false,
    paused: false,
    pausedUntil: null,
    nudges: 0,
    lastNudgeAt: null,
    windowWaiting: false,
    warned: false,
    snoozed: false,
    stretchSittingMs: null,
  };
}

/** Active sitting at `now`, derived from the facts. */
export function sittingAt(s: ScheduleState, now: number, hours: Hours): number {
  const counted = s.countingSince === null ? 0 : activeMsBetween(s.countingSince, now, hours);
  return Math.min(MAX_SITTING_MS, s.bankedMs + counted);
}

/** Starts counting at `from` unless away or paused. */
export function resumeCounting(s: ScheduleState, from: number): void {
  s.countingSince = s.awaySince === null && !s.paused ? from : null;
}

/** Stops counting, banking what was sat up to `until`. */
export function bank(s: ScheduleState, until: number, hours: Hours): void {
  if (s.countingSince === null) return;
  s.bankedMs = sittingAt(s, Math.max(until, s.countingSince), hours);
  s.countingSince = null;
}

/**
 * The facts as they stand at `now`: a timed pause that has ended resumes counting from its
 * end; a clock set back leaves no remembered moment in the future. Mutates s.
 */
export function settle(s: ScheduleState, now: number, maxPauseAheadMs: number): void {
  if (s.paused && s.pausedUntil !== null && s.pausedUntil <= now) {
    const end = s.pausedUntil;
    s.paused = false;
    s.pausedUntil = null;
    resumeCounting(s, end);
  }
  if (s.countingSince !== null && s.countingSince > now) s.countingSince = now;
  if (s.awaySince !== null && s.awaySince > now) s.awaySince = now;
  if (s.lastNudgeAt !== null && s.lastNudgeAt > now) s.lastNudgeAt = now;
  if (s.pausedUntil !== null && s.pausedUntil > now + maxPauseAheadMs) s.pausedUntil = now + maxPauseAheadMs;
}

/** Field checks are plain functions, not built by calls, so a page that never parses the state drops them. */
type Check = (value: unknown) => boolean;

const timeOrNull: Check = (v) => v === null || isTime(v);
const sitting: Check = (v) => isDuration(v, MAX_SITTING_MS);

const FIELDS: { [K in Exclude<keyof ScheduleState, 'version'>]: Check } = {
  bankedMs: sitting,
  countingSince: timeOrNull,
  extraAllowanceMs: (v) => isDuration(v, MAX_ALLOWANCE_MS),
  awaySince: timeOrNull,
  watching: isBoolean,
  paused: isBoolean,
  pausedUntil: timeOrNull,
  nudges: (v) => isOneOf(v, [0, 1, 2]),
  lastNudgeAt: timeOrNull,
  windowWaiting: isBoolean,
  warned: isBoolean,
  snoozed: isBoolean,
  stretchSittingMs: (v) => v === null || sitting(v),
};

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'number') return `the number ${String(v)}`;
  return `a value of type ${typeof v}`;
}

/** What is wrong with a stored state (English, for the console), or null when it can be used as it is. */
function inconsistency(s: ScheduleState): string | null {
  if (s.awaySince !== null && s.countingSince !== null) return 'counting while away';
  if (s.paused && s.countingSince !== null) return 'counting while paused';
  if (!s.paused && s.pausedUntil !== null) return '"pausedUntil" set while not paused';
  if ((s.nudges === 0) !== (s.lastNudgeAt === null)) return '"lastNudgeAt" does not match "nudges"';
  return null;
}

/**
 * Untrusted stored value -> state, all or nothing: its facts depend on each other, so anything
 * invalid gives a fresh sitting clock and a problem (English, for the console). `undefined`
 * (nothing stored yet) gives a fresh clock without a problem. Never throws.
 */
export function parseScheduleState(raw: unknown, now: number): Parsed<ScheduleState, string> {
  const fresh = (problem?: string): Parsed<ScheduleState, string> => ({
    value: initialState(Number.isFinite(now) ? now : 0),
    problems: problem === undefined ? [] : [`stored schedule state ${problem}`],
  });
  return readSafely(
    () => {
      if (raw === undefined) return fresh();
      if (!isPlainObject(raw)) return fresh(`is not an object but ${describe(raw)}`);
      const o = raw;
      const version = ownField(o, 'version');
      if (version !== 2) return fresh(`has unsupported version ${describe(version)}`);
      const out: Record<string, unknown> = { version: 2 };
      for (const [key, check] of Object.entries(FIELDS) as [keyof typeof FIELDS, Check][]) {
        const value = ownField(o, key);
        if (!check(value)) return fresh(`field "${key}" is invalid: ${value === undefined ? 'missing' : describe(value)}`);
        out[key] = value;
      }
      const state = out as unknown as ScheduleState;
      const wrong = inconsistency(state);
      return wrong ? fresh(`is inconsistent: ${wrong}`) : { value: state, problems: [] };
    },
    // A getter or proxy in the stored value; never let it escape.
    (error) => fresh(`could not be read: ${error instanceof Error ? error.message : String(error)}`),
  );
}
