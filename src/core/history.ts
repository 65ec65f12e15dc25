/**
 * The break log: its entries, how stored or imported ones are read, and how the log changes
 * (a year kept, never the future, a bounded number of entries). Statistics are historyStats.ts,
 * files historyFile.ts. Pure: no browser API, and the current time is always an argument.
 */
import { subDays } from 'date-fns';
import { isDuration, isOneOf, isPlainObject, isTime, ownField, readSafely, type Checked, type Parsed, type Problem } from './guards';
import { MAX_SITTING_MS } from './scheduleState';
import { DAY_MS } from './time';

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

/** How long the log keeps entries. */
const HISTORY_KEEP_DAYS = 365;
/**
 * The most entries the log keeps, newest first: a year of heavy use (50 breaks a day) stays well
 * under it, and it bounds every later write (each one rewrites the whole log) to about 2 MB.
 */
export const HISTORY_MAX_ENTRIES = 20_000;
/** Another device's clock may run a little ahead; an entry later than this after `now` is in the future. */
const FUTURE_SLACK_MS = DAY_MS;
/** The longest an exercise can have run; a record of more is damage. */
const MAX_EXERCISE_MS = DAY_MS;
const EXERCISE_ID = /^[A-Za-z0-9_.:-]{1,64}$/;
const MAX_PROBLEMS = 20;

// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

/** Why one history entry was rejected: an i18n message key whose `$1` is the entry's number (1-based). */
type HistoryEntryProblemKey =
  | 'historyProblemNotObject'
  | 'historyProblemTime'
  | 'historyProblemOutcome'
  | 'historyProblemSitting'
  | 'historyProblemExercise'
  | 'historyProblemDuration'
  | 'historyProblemUnreadable';

/** A problem with a history log or file: `$1` is the entry's number (1-based), or how many more. */
interface HistoryProblem extends Problem {
  messageKey: HistoryEntryProblemKey | 'historyProblemNotList' | 'historyProblemMore';
  args: string[];
}

/** One untrusted entry -> a clean entry (only known keys) or why it is not one. Never throws. */
export function parseEntry(raw: unknown): Checked<HistoryEntry, HistoryEntryProblemKey> {
  const fail = (problem: HistoryEntryProblemKey) => ({ ok: false as const, problem });
  return readSafely<Checked<HistoryEntry, HistoryEntryProblemKey>>(
    () => {
      if (!isPlainObject(raw)) return fail('historyProblemNotObject');
      const at = ownField(raw, 'at');
      const outcome = ownField(raw, 'outcome');
      const sittingMs = ownField(raw, 'sittingMs');
      const exerciseId = ownField(raw, 'exerciseId');
      const durationMs = ownField(raw, 'durationMs');
      if (!isTime(at)) return fail('historyProblemTime');
      if (!isOneOf(outcome, BREAK_OUTCOMES)) return fail('historyProblemOutcome');
      if (!isDuration(sittingMs, MAX_SITTING_MS)) return fail('historyProblemSitting');
      const entry: HistoryEntry = { at, outcome, sittingMs };
      if (exerciseId !== undefined && exerciseId !== null) {
        if (typeof exerciseId !== 'string' || !EXERCISE_ID.test(exerciseId)) return fail('historyProblemExercise');
        entry.exerciseId = exerciseId;
      }
      if (durationMs !== undefined && durationMs !== null) {
        if (!isDuration(durationMs, MAX_EXERCISE_MS)) return fail('historyProblemDuration');
        entry.durationMs = durationMs;
      }
      return { ok: true, value: entry };
    },
    () => fail('historyProblemUnreadable'),
  );
}

/** The log as read: its valid entries, and how many were left out. */
export interface ParsedHistory extends Parsed<HistoryEntry[], HistoryProblem> {
  rejected: number;
}

const byTime = (a: HistoryEntry, b: HistoryEntry): number => a.at - b.at;

/**
 * Untrusted value (storage, an import) -> the valid entries sorted by time; invalid entries are
 * dropped and counted. `problems` say why (at most 20, plus `historyProblemMore` with the number
 * left out). Never throws.
 */
export function parseHistory(raw: unknown): ParsedHistory {
  if (raw === undefined || raw === null) return { value: [], rejected: 0, problems: [] };
  if (!Array.isArray(raw)) return { value: [], rejected: 0, problems: [{ messageKey: 'historyProblemNotList', args: [] }] };
  const value: HistoryEntry[] = [];
  const problems: HistoryProblem[] = [];
  let rejected = 0;
  let index = 0;
  for (const item of raw as unknown[]) {
    const r = parseEntry(item);
    if (r.ok) {
      value.push(r.value);
    } else {
      rejected++;
      if (problems.length < MAX_PROBLEMS) problems.push({ messageKey: r.problem, args: [String(index + 1)] });
    }
    index++;
  }
  if (rejected > MAX_PROBLEMS) problems.push({ messageKey: 'historyProblemMore', args: [String(rejected - MAX_PROBLEMS)] });
  value.sort(byTime); // stable: equal times keep their order
  return { value, rejected, problems };
}

// ---------------------------------------------------------------------------
// Changing the log
// ---------------------------------------------------------------------------

const entryKey = (e: HistoryEntry): string => `${e.at}|${e.outcome}`;

/** The earliest time the log keeps, given `now`. */
function historyCutoff(now: number): number {
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
