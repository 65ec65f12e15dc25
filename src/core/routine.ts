/**
 * An exercise as timed phases that fit the break, and where a stretch stands at `now`.
 * Progress is computed from (startedAt, pauses, now) alone, so every page shows the same second.
 */
import type { Exercise, Range } from './catalogue';

export type PhaseKind = 'ready' | 'hold' | 'switchSides' | 'rep' | 'rest' | 'done';

export interface Phase {
  kind: PhaseKind;
  durationMs: number;
  /** 1 or 2 on per-side exercises. */
  side?: number;
  /** Hold number (round) or rep number, 1-based, with its total. */
  count?: number;
  of?: number;
  set?: number;
  sets?: number;
}

export interface Routine {
  exerciseId: string;
  phases: Phase[];
  totalMs: number;
}

const SECOND = 1000;
export const READY_MS = 5 * SECOND;
export const SWITCH_MS = 5 * SECOND;
/** Between holds of the same side: release and set up again. */
export const RELEASE_MS = 5 * SECOND;
export const SET_REST_MS = 15 * SECOND;
/** A paced rep with no hold: pull, squeeze, return. */
export const REP_PACE_MS = 3 * SECOND;
/** After a held rep: slowly return to the start. */
export const REP_RETURN_MS = 2 * SECOND;
/** Holds this short are counted as reps; longer ones get a countdown each. */
const HELD_REP_MAX_SECONDS = 10;
/** Only for an entry without a hold time, which the catalogue should not have. */
const DEFAULT_HOLD: Range = { min: 30, max: 30 };
/** "As needed" holds repeat at most this often in one break. */
const MAX_OPEN_ROUNDS = 6;

function values(range: Range | undefined, fallback: number, step = 1): number[] {
  if (!range) return [fallback];
  const out: number[] = [];
  for (let v = range.min; v < range.max; v += step) out.push(v);
  out.push(range.max);
  return out;
}

function sideCount(exercise: Exercise): number {
  return exercise.dosage.perSide ? 2 : 1;
}

/** Holds: `rounds` holds per side, sides alternating within each round. */
function holdPhases(exercise: Exercise, holdMs: number, rounds: number): Phase[] {
  const sides = sideCount(exercise);
  const phases: Phase[] = [{ kind: 'ready', durationMs: READY_MS }];
  for (let round = 1; round <= rounds; round++) {
    for (let side = 1; side <= sides; side++) {
      if (side > 1) phases.push({ kind: 'switchSides', durationMs: SWITCH_MS, side });
      else if (round > 1) phases.push({ kind: 'rest', durationMs: sides > 1 ? SWITCH_MS : RELEASE_MS });
      phases.push({
        kind: 'hold',
        durationMs: holdMs,
        count: round,
        of: rounds,
        ...(sides > 1 ? { side } : {}),
      });
    }
  }
  return phases;
}

/** Reps: `sets` sets of `reps` paced reps (per side when the exercise is one-sided). */
function repPhases(exercise: Exercise, repMs: number, reps: number, sets: number): Phase[] {
  const sides = sideCount(exercise);
  const phases: Phase[] = [{ kind: 'ready', durationMs: READY_MS }];
  for (let set = 1; set <= sets; set++) {
    if (set > 1) phases.push({ kind: 'rest', durationMs: SET_REST_MS, set, sets });
    for (let side = 1; side <= sides; side++) {
      if (side > 1) phases.push({ kind: 'switchSides', durationMs: SWITCH_MS, side });
      for (let rep = 1; rep <= reps; rep++) {
        phases.push({
          kind: 'rep',
          durationMs: repMs,
          count: rep,
          of: reps,
          set,
          sets,
          ...(sides > 1 ? { side } : {}),
        });
      }
    }
  }
  return phases;
}

const total = (phases: Phase[]) => phases.reduce((sum, p) => sum + p.durationMs, 0);

/**
 * Every dosage the article allows, as phases; the chosen one fills the break best without
 * running over (ties go to longer holds and fewer switches). When even the smallest runs over, the smallest wins,
 * with sets cut down to one if that is what it takes.
 */
export function buildRoutine(exercise: Exercise, breakMs: number): Routine {
  const { holdSeconds, reps, sets } = exercise.dosage;
  const candidates: Phase[][] = [];
  if (reps && (sets || !holdSeconds || holdSeconds.max <= HELD_REP_MAX_SECONDS)) {
    // Counted reps: strength sets, or many short holds ("10x holding for 5-10 seconds").
    const repMsOptions = holdSeconds
      ? values(holdSeconds, 0).map((s) => s * SECOND + REP_RETURN_MS)
      : [REP_PACE_MS];
    for (const setCount of new Set([...values(sets, 1), 1]))
      for (const repCount of values(reps, 1))
        for (const repMs of repMsOptions) candidates.push(repPhases(exercise, repMs, repCount, setCount));
  } else {
    const rounds = reps ?? { min: 1, max: MAX_OPEN_ROUNDS };
    for (const roundCount of values({ min: 1, max: rounds.max }, 1))
      for (const hold of values(holdSeconds ?? DEFAULT_HOLD, 30, 5))
        candidates.push(holdPhases(exercise, hold * SECOND, roundCount));
  }
  let best: Phase[] | undefined;
  for (const phases of candidates) {
    const t = total(phases);
    if (t > breakMs) continue;
    if (!best || t > total(best) || (t === total(best) && phases.length < best.length)) best = phases;
  }
  if (!best) best = candidates.reduce((a, b) => (total(b) < total(a) ? b : a));
  const phases = [...best, { kind: 'done' as const, durationMs: 0 }];
  return { exerciseId: exercise.id, phases, totalMs: total(phases) };
}

/** A stretch in progress, as stored: enough to recompute where it stands at any moment. */
export interface StretchTiming {
  startedAt: number;
  /** Set while paused. */
  pausedAt: number | null;
  /** Paused time already behind us. */
  pausedMs: number;
}

export interface Progress {
  phaseIndex: number;
  phase: Phase;
  phaseRemainingMs: number;
  elapsedMs: number;
  remainingMs: number;
  finished: boolean;
}

export function elapsedMs(timing: StretchTiming, now: number): number {
  const until = timing.pausedAt ?? now;
  return Math.max(0, until - timing.startedAt - timing.pausedMs);
}

export function routineProgress(routine: Routine, timing: StretchTiming, now: number): Progress {
  const elapsed = Math.min(elapsedMs(timing, now), routine.totalMs);
  let start = 0;
  for (let i = 0; i < routine.phases.length; i++) {
    const phase = routine.phases[i]!;
    const end = start + phase.durationMs;
    if (elapsed < end || phase.kind === 'done') {
      return {
        phaseIndex: i,
        phase,
        phaseRemainingMs: end - elapsed,
        elapsedMs: elapsed,
        remainingMs: routine.totalMs - elapsed,
        finished: phase.kind === 'done',
      };
    }
    start = end;
  }
  throw new Error('A routine always ends with its done phase');
}

export function pauseTiming(timing: StretchTiming, now: number): StretchTiming {
  return timing.pausedAt === null ? { ...timing, pausedAt: Math.max(now, timing.startedAt) } : timing;
}

export function resumeTiming(timing: StretchTiming, now: number): StretchTiming {
  if (timing.pausedAt === null) return timing;
  return { ...timing, pausedAt: null, pausedMs: timing.pausedMs + Math.max(0, now - timing.pausedAt) };
}
