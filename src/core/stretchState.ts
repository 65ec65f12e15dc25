/**
 * The guided stretch as stored: its status and timing, read from untrusted storage. The exercise
 * it names is checked by `parseStretchSession` (stretch.ts), which pages load only to show it.
 */
import type { CustomExercise } from './customExercise';
import { isDuration, isOneOf, isPlainObject, isTime, ownField, readSafely, type Parsed } from './guards';
import { DAY_MS, MINUTE_MS } from './time';

export type StretchStatus = 'ready' | 'running' | 'ended';
export type StretchOutcome = 'done' | 'stoppedEarly';

export interface StretchSession {
  exerciseId: string;
  /** The person's own exercise as it was when served: editing or deleting it leaves this stretch be. */
  custom?: CustomExercise;
  breakMs: number;
  status: StretchStatus;
  startedAt: number | null;
  pausedAt: number | null;
  pausedMs: number;
  endedAt: number | null;
  outcome: StretchOutcome | null;
}

/** A stored stretch whose status and timing are checked; its exercise (`custom` as stored) is not yet. */
export type StretchState = Omit<StretchSession, 'custom'> & { custom?: unknown };

const STATUSES: readonly StretchStatus[] = ['ready', 'running', 'ended'];
const OUTCOMES: readonly (StretchOutcome | null)[] = ['done', 'stoppedEarly', null];
/** The longest break a stored stretch may be for; more is damage. */
const MAX_BREAK_MS = DAY_MS;
const isTimeOrNull = (v: unknown): v is number | null => v === null || isTime(v);

/** Slack for clocks that differ a little between the moment a page wrote and read. */
const CLOCK_SLACK_MS = MINUTE_MS;

/** Why a stored stretch cannot be trusted (English, for the console), or its state. */
function readState(r: Record<string, unknown>, now: number): StretchState | string {
  const exerciseId = ownField(r, 'exerciseId');
  if (typeof exerciseId !== 'string') return 'no exercise';
  const custom = ownField(r, 'custom');
  const [breakMs, status, startedAt, pausedAt, pausedMs, endedAt, outcome] = (
    ['breakMs', 'status', 'startedAt', 'pausedAt', 'pausedMs', 'endedAt', 'outcome'] as const
  ).map((key) => ownField(r, key));
  if (!isDuration(breakMs, MAX_BREAK_MS) || breakMs === 0) return 'invalid break length';
  if (!isOneOf(status, STATUSES) || !isOneOf(outcome, OUTCOMES)) return 'invalid status or outcome';
  if (!isTimeOrNull(startedAt) || !isTimeOrNull(pausedAt) || !isDuration(pausedMs, Number.POSITIVE_INFINITY) || !isTimeOrNull(endedAt)) return 'invalid times';
  if (status === 'running' && startedAt === null) return 'running without a start';
  // A start in the future or more pause than time since the start would freeze the timer.
  if (startedAt !== null && (startedAt > now + CLOCK_SLACK_MS || pausedMs > now - startedAt + CLOCK_SLACK_MS))
    return 'times out of step with the clock';
  return { exerciseId, ...(custom !== undefined ? { custom } : {}), breakMs, status, startedAt, pausedAt, pausedMs, endedAt, outcome };
}

/** A stored stretch that cannot be trusted reads as none; `problem` says why (English, for the console). */
export function droppedStretch(problem: string): Parsed<null, string> {
  return { value: null, problems: [`stored stretch dropped: ${problem}`] };
}

/**
 * Stored value -> the stretch's status and timing, or null (no stretch) when nothing is stored or
 * they cannot be trusted, all or nothing. Never throws.
 */
export function parseStretchState(raw: unknown, now: number): Parsed<StretchState | null, string> {
  if (raw === null || raw === undefined) return { value: null, problems: [] };
  return readSafely(
    () => {
      if (!isPlainObject(raw)) return droppedStretch('not an object');
      const state = readState(raw, now);
      return typeof state === 'string' ? droppedStretch(state) : { value: state, problems: [] };
    },
    (error) => droppedStretch(`could not be read: ${error instanceof Error ? error.message : String(error)}`),
  );
}
