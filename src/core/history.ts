/**
 * The break log and its statistics. Pure: no browser API, and the current time is always an
 * argument (`now`, epoch ms). Days are the person's local days (the zone the code runs in),
 * computed with date-fns so that 23- and 25-hour days around daylight saving are right.
 */
import { addDays, lightFormat, startOfDay, subDays } from 'date-fns';
import { isFiniteNumber, isNumberInRange, isPlainObject } from './guards';

export type BreakOutcome = 'done' | 'stoppedEarly' | 'skipped' | 'snoozed';

export const BREAK_OUTCOMES: readonly BreakOutcome[] = ['done', 'stoppedEarly', 'skipped', 'snoozed'];

export interface HistoryEntry {
  /** When the break ended (or was skipped / snoozed), epoch ms. */
  at: number;
  outcome: BreakOutcome;
  /** How long the person had been sitting when the break came, ms. */
  sittingMs: number;
  exerciseId?: string;
  /** How long the exercise ran, ms. */
  durationMs?: number;
}

export interface DayTotals {
  /** Local calendar day, yyyy-MM-dd. */
  day: string;
  done: number;
  stoppedEarly: number;
  skipped: number;
  snoozed: number;
}

export interface WeekTotals {
  done: number;
  stoppedEarly: number;
  skipped: number;
  snoozed: number;
}

export interface HistoryStats {
  today: DayTotals;
  /** The last 7 local days including today. */
  week: WeekTotals;
  /** Consecutive local days with at least one 'done', ending today (or yesterday when today has none yet). */
  streakDays: number;
  /** The longest sitting stretch today: the longest recorded one or the current one. */
  longestSittingTodayMs: number;
  /** done / (done + stoppedEarly + skipped) over the week; null when there is nothing to divide. */
  completionRate: number | null;
}

/** How long the log keeps entries. */
export const HISTORY_KEEP_DAYS = 365;
/**
 * The most entries the log keeps, newest first: a year of heavy use (50 breaks a day) stays well
 * under it, and it bounds every later write (each one rewrites the whole log) to about 2 MB.
 */
export const HISTORY_MAX_ENTRIES = 20_000;
/** Another device's clock may run a little ahead; an entry later than this after `now` is in the future. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

const MAX_TIMESTAMP = 8.64e15; // the largest valid Date
const MAX_SITTING_MS = 366 * 24 * 60 * 60 * 1000;
const MAX_DURATION_MS = 24 * 60 * 60 * 1000;
const EXERCISE_ID = /^[A-Za-z0-9_.:-]{1,64}$/;
const MAX_PROBLEMS = 20;

// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

/** Why one history entry was rejected: an i18n message key whose `$1` is the entry's number (1-based). */
export type HistoryEntryProblemKey =
  | 'historyProblemNotObject'
  | 'historyProblemTime'
  | 'historyProblemOutcome'
  | 'historyProblemSitting'
  | 'historyProblemExercise'
  | 'historyProblemDuration'
  | 'historyProblemUnreadable';

/** A problem with a history log or file: an i18n message key and its `$1`, `$2` substitutions. */
export interface HistoryProblem {
  key: HistoryEntryProblemKey | 'historyProblemNotList' | 'historyProblemMore';
  args: string[];
}

/**
 * One untrusted entry -> a clean entry (only known keys) or why it is not one (a message key
 * whose `$1` is the entry's number, for the caller to fill in).
 */
export function parseEntry(
  raw: unknown,
): { ok: true; entry: HistoryEntry } | { ok: false; reason: HistoryEntryProblemKey } {
  try {
    if (!isPlainObject(raw)) return { ok: false, reason: 'historyProblemNotObject' };
    const { at, outcome, sittingMs, exerciseId, durationMs } = raw;
    if (!isFiniteNumber(at) || at <= 0 || at > MAX_TIMESTAMP) {
      return { ok: false, reason: 'historyProblemTime' };
    }
    if (typeof outcome !== 'string' || !(BREAK_OUTCOMES as readonly string[]).includes(outcome)) {
      return { ok: false, reason: 'historyProblemOutcome' };
    }
    if (!isNumberInRange(sittingMs, 0, MAX_SITTING_MS)) {
      return { ok: false, reason: 'historyProblemSitting' };
    }
    const entry: HistoryEntry = { at, outcome: outcome as BreakOutcome, sittingMs };
    if (exerciseId !== undefined && exerciseId !== null) {
      if (typeof exerciseId !== 'string' || !EXERCISE_ID.test(exerciseId)) {
        return { ok: false, reason: 'historyProblemExercise' };
      }
      entry.exerciseId = exerciseId;
    }
    if (durationMs !== undefined && durationMs !== null) {
      if (!isNumberInRange(durationMs, 0, MAX_DURATION_MS)) {
        return { ok: false, reason: 'historyProblemDuration' };
      }
      entry.durationMs = durationMs;
    }
    return { ok: true, entry };
  } catch {
    return { ok: false, reason: 'historyProblemUnreadable' };
  }
}

const byTime = (a: HistoryEntry, b: HistoryEntry): number => a.at - b.at;

/**
 * Untrusted value (storage, an import) -> the valid entries sorted by time; invalid entries are
 * dropped and counted. `problems` say why, as message keys with arguments (at most 20, plus
 * `historyProblemMore` with the number left out). Never throws.
 */
export function parseHistory(raw: unknown): { entries: HistoryEntry[]; rejected: number; problems: HistoryProblem[] } {
  if (raw === undefined || raw === null) return { entries: [], rejected: 0, problems: [] };
  if (!Array.isArray(raw)) return { entries: [], rejected: 0, problems: [{ key: 'historyProblemNotList', args: [] }] };
  const entries: HistoryEntry[] = [];
  const problems: HistoryProblem[] = [];
  let rejected = 0;
  let index = 0;
  for (const item of raw as unknown[]) {
    const r = parseEntry(item);
    if (r.ok) {
      entries.push(r.entry);
    } else {
      rejected++;
      if (problems.length < MAX_PROBLEMS) problems.push({ key: r.reason, args: [String(index + 1)] });
    }
    index++;
  }
  if (rejected > MAX_PROBLEMS) problems.push({ key: 'historyProblemMore', args: [String(rejected - MAX_PROBLEMS)] });
  entries.sort(byTime); // stable: equal times keep their order
  return { entries, rejected, problems };
}

// ---------------------------------------------------------------------------
// Changing the log
// ---------------------------------------------------------------------------

const entryKey = (e: HistoryEntry): string => `${e.at}|${e.outcome}`;

/** The earliest time the log keeps, given `now`. */
export function historyCutoff(now: number): number {
  return subDays(now, HISTORY_KEEP_DAYS).getTime();
}

/** Where an entry's time falls against the window the log keeps around `now`. */
function placeInWindow(at: number, now: number): 'tooOld' | 'inFuture' | 'kept' {
  if (at < historyCutoff(now)) return 'tooOld';
  return at > now + FUTURE_SLACK_MS ? 'inFuture' : 'kept';
}

/** The newest `HISTORY_MAX_ENTRIES` of a log sorted by time. */
function newest(sorted: HistoryEntry[]): HistoryEntry[] {
  return sorted.length > HISTORY_MAX_ENTRIES ? sorted.slice(sorted.length - HISTORY_MAX_ENTRIES) : sorted;
}

/**
 * A new log with `entry` added in time order, without duplicates (an entry with the same `at`
 * and `outcome` is already there: nothing added), keeping only the window around `now` (a year
 * back, nothing in the future) and the newest `HISTORY_MAX_ENTRIES`. Does not change `entries`.
 */
export function appendEntry(entries: readonly HistoryEntry[], entry: HistoryEntry, now: number): HistoryEntry[] {
  const kept = entries.filter((e) => placeInWindow(e.at, now) === 'kept');
  if (placeInWindow(entry.at, now) !== 'kept' || kept.some((e) => entryKey(e) === entryKey(entry))) return newest(kept);
  let i = kept.length;
  while (i > 0 && kept[i - 1]!.at > entry.at) i--;
  kept.splice(i, 0, { ...entry });
  return newest(kept);
}

/** What an import did, entry by entry of the file: every one of them is counted once. */
export interface HistoryImportSummary {
  added: number;
  alreadyThere: number;
  tooOld: number;
  inFuture: number;
  /** Left out because the log keeps only the newest `HISTORY_MAX_ENTRIES`. */
  overLimit: number;
}

/**
 * The stored log with imported entries merged in: entries outside the window the log keeps
 * (older than a year, or in the future) are left out, an entry with the same `at` and `outcome`
 * as one already there is not added twice, and the log keeps its newest `HISTORY_MAX_ENTRIES`.
 * The summary says exactly what happened to each imported entry.
 */
export function importIntoHistory(
  existing: readonly HistoryEntry[],
  imported: readonly HistoryEntry[],
  now: number,
): { entries: HistoryEntry[]; summary: HistoryImportSummary } {
  const summary: HistoryImportSummary = { added: 0, alreadyThere: 0, tooOld: 0, inFuture: 0, overLimit: 0 };
  const kept = existing.filter((e) => placeInWindow(e.at, now) === 'kept');
  const seen = new Set(kept.map(entryKey));
  const fresh: HistoryEntry[] = [];
  for (const e of imported) {
    const place = placeInWindow(e.at, now);
    if (place !== 'kept') summary[place]++;
    else if (seen.has(entryKey(e))) summary.alreadyThere++;
    else {
      seen.add(entryKey(e));
      fresh.push(e);
    }
  }
  const all = newest([...kept, ...fresh].sort(byTime));
  const inLog = new Set(all);
  summary.added = fresh.filter((e) => inLog.has(e)).length;
  summary.overLimit = fresh.length - summary.added;
  return { entries: all, summary };
}

/** How many of `entries` the log holds (same `at` and `outcome`). */
export function countPresent(log: readonly HistoryEntry[], entries: readonly HistoryEntry[]): number {
  const keys = new Set(log.map(entryKey));
  return entries.filter((e) => keys.has(entryKey(e))).length;
}

// ---------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------

const MAX_DAYS = 3660;

/** Start of each of the `days` local days ending with today, oldest first, plus the start of tomorrow. */
function dayStarts(now: number, days: number): number[] {
  const today = startOfDay(now);
  const starts: number[] = [];
  for (let i = days - 1; i >= 0; i--) starts.push(subDays(today, i).getTime());
  starts.push(addDays(today, 1).getTime());
  return starts;
}

/** Index i with starts[i] <= at < starts[i + 1], or -1. */
function dayIndex(starts: readonly number[], at: number): number {
  if (starts.length < 2 || at < starts[0]! || at >= starts[starts.length - 1]!) return -1;
  let lo = 0;
  let hi = starts.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Totals for each of the last `days` local days ending today, oldest first, zero-filled. */
export function dailyTotals(entries: readonly HistoryEntry[], now: number, days: number): DayTotals[] {
  const n = Number.isFinite(days) ? Math.min(MAX_DAYS, Math.max(0, Math.floor(days))) : 0;
  if (n === 0) return [];
  const starts = dayStarts(now, n);
  const totals: DayTotals[] = starts
    .slice(0, n)
    .map((s) => ({ day: localDay(s), done: 0, stoppedEarly: 0, skipped: 0, snoozed: 0 }));
  for (const e of entries) {
    const i = dayIndex(starts, e.at);
    if (i >= 0 && (BREAK_OUTCOMES as readonly string[]).includes(e.outcome)) totals[i]![e.outcome]++;
  }
  return totals;
}

/** Local day key (yyyy-MM-dd) of a time. */
export function localDay(at: number): string {
  return lightFormat(at, 'yyyy-MM-dd');
}

export function historyStats(entries: readonly HistoryEntry[], now: number, currentSittingMs: number): HistoryStats {
  const lastWeek = dailyTotals(entries, now, 7);
  const today = lastWeek[lastWeek.length - 1]!;
  const week: WeekTotals = { done: 0, stoppedEarly: 0, skipped: 0, snoozed: 0 };
  for (const d of lastWeek) {
    week.done += d.done;
    week.stoppedEarly += d.stoppedEarly;
    week.skipped += d.skipped;
    week.snoozed += d.snoozed;
  }

  // Streak: walk back day by day over the local days that have a 'done'.
  const doneTimes = entries.filter((e) => e.outcome === 'done').map((e) => e.at).sort((a, b) => a - b);
  const hasDoneBetween = (from: number, to: number): boolean => {
    let lo = 0;
    let hi = doneTimes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (doneTimes[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < doneTimes.length && doneTimes[lo]! < to;
  };
  let dayStart = startOfDay(now);
  let dayEnd = addDays(dayStart, 1);
  let streakDays = 0;
  if (!hasDoneBetween(dayStart.getTime(), dayEnd.getTime())) {
    dayEnd = dayStart;
    dayStart = subDays(dayStart, 1);
  }
  while (streakDays <= MAX_DAYS && hasDoneBetween(dayStart.getTime(), dayEnd.getTime())) {
    streakDays++;
    dayEnd = dayStart;
    dayStart = subDays(dayStart, 1);
  }

  const todayStart = startOfDay(now).getTime();
  const tomorrowStart = addDays(todayStart, 1).getTime();
  let longestSittingTodayMs = Number.isFinite(currentSittingMs) ? Math.max(0, currentSittingMs) : 0;
  for (const e of entries) {
    if (e.at >= todayStart && e.at < tomorrowStart && e.sittingMs > longestSittingTodayMs) {
      longestSittingTodayMs = e.sittingMs;
    }
  }

  const attempted = week.done + week.stoppedEarly + week.skipped;
  const completionRate = attempted === 0 ? null : week.done / attempted;

  return { today, week, streakDays, longestSittingTodayMs, completionRate };
}
