/**
 * An exercise as timed phases that fit the break, and where a stretch stands at `now`.
 * Progress is computed from (startedAt, pauses, now) alone, so every page shows the same second.
 *
 * A routine never runs past the break: when the article's smallest dosage does not fit, it does
 * less, in this order (sets, then reps or rounds, then hold seconds), and lists each cut in
 * `cuts` so the player can say so.
 */
import type { Exercise, Pose, Range } from './catalogue';
import { SECOND_MS } from './time';

type PhaseKind = 'ready' | 'hold' | 'lift' | 'lower' | 'pose' | 'rep' | 'switchSides' | 'release' | 'rest' | 'done';

export interface Phase {
  kind: PhaseKind;
  durationMs: number;
  /** 1 or 2 on per-side exercises; on `switchSides`, the side to turn to. */
  side?: number;
  /** Round (holds) or rep number, 1-based, with its total. */
  count?: number;
  of?: number;
  set?: number;
  sets?: number;
  /** On `pose` phases: which position to hold. */
  pose?: Pose;
}

/** Less than the article asks for, because the break is too short: `done` of the article's `of`. */
export interface DosageCut {
  what: 'sets' | 'reps' | 'rounds' | 'holdSeconds';
  done: number;
  of: number;
  /** The count is on each side (reps or rounds per side). */
  perSide?: boolean;
}

export interface Routine {
  exerciseId: string;
  phases: Phase[];
  totalMs: number;
  cuts: DosageCut[];
}

const READY_MS = 5 * SECOND_MS;
const SWITCH_MS = 5 * SECOND_MS;
/** Between holds of the same side: release and set up again. */
const RELEASE_MS = 5 * SECOND_MS;
const SET_REST_MS = 15 * SECOND_MS;
/** A paced rep with no hold: pull, squeeze, return. */
const REP_PACE_MS = 3 * SECOND_MS;
/** A held rep: lift, hold, then slowly lower. */
const LIFT_MS = 2 * SECOND_MS;
const LOWER_MS = 3 * SECOND_MS;
/** Holds this short are counted as reps (lift, hold, lower); longer ones are rounds of holds. */
const HELD_REP_MAX_SECONDS = 10;
/** Only for an entry without a hold time, which the catalogue should not have. */
const DEFAULT_HOLD: Range = { min: 30, max: 30 };
/** "As needed" holds repeat at most this often in one break. */
const MAX_OPEN_ROUNDS = 6;
/** Long holds are offered in steps of this many seconds (25 s, 30 s…), short ones to the second. */
const HOLD_STEP_SECONDS = 5;

/** How much of the exercise one routine does. */
interface Plan {
  sets: number;
  /** Reps per set (per side), or rounds of holds (per side). */
  count: number;
  holdSeconds: number;
}

function inRange(range: Range, step = 1): number[] {
  const out: number[] = [];
  for (let v = range.min; v < range.max; v += step) out.push(v);
  out.push(range.max);
  return out;
}

/** 1 … max: every amount from nothing cut to the smallest that still does the exercise. */
const upTo = (max: number, step = 1): number[] => inRange({ min: Math.min(step, max), max }, step);

const total = (phases: Phase[]) => phases.reduce((sum, p) => sum + p.durationMs, 0);

/** Counted reps: strength sets, cat/cow's positions, or short held reps ("10x holding for 5-10 seconds"). */
function isCounted(exercise: Exercise): boolean {
  const { reps, sets, holdSeconds, poses } = exercise.dosage;
  return !!reps && (!!sets || !!poses || !holdSeconds || holdSeconds.max <= HELD_REP_MAX_SECONDS);
}

/** One rep's phases: a pose held, a held rep (lift, hold, lower), or a paced rep. */
function repPhases(exercise: Exercise, plan: Plan, at: Omit<Phase, 'kind' | 'durationMs'>): Phase[] {
  const { poses, holdSeconds } = exercise.dosage;
  const holdMs = plan.holdSeconds * SECOND_MS;
  if (poses?.length) return [{ kind: 'pose', durationMs: holdMs, pose: poses[((at.count ?? 1) - 1) % poses.length], ...at }];
  if (holdSeconds)
    return [
      { kind: 'lift', durationMs: LIFT_MS, ...at },
      { kind: 'hold', durationMs: holdMs, ...at },
      { kind: 'lower', durationMs: LOWER_MS, ...at },
    ];
  return [{ kind: 'rep', durationMs: REP_PACE_MS, ...at }];
}

/** Sets of reps: per side one after the other, or alternating sides rep by rep. */
function countedPhases(exercise: Exercise, plan: Plan): Phase[] {
  const { perSide, alternate } = exercise.dosage;
  const phases: Phase[] = [{ kind: 'ready', durationMs: READY_MS }];
  const of = plan.count;
  const sets = plan.sets;
  for (let set = 1; set <= sets; set++) {
    if (set > 1) phases.push({ kind: 'rest', durationMs: SET_REST_MS, set, sets });
    if (perSide && alternate) {
      for (let count = 1; count <= of; count++)
        for (const side of [1, 2]) phases.push(...repPhases(exercise, plan, { count, of, set, sets, side }));
      continue;
    }
    for (const side of perSide ? [1, 2] : [0]) {
      if (side === 2) phases.push({ kind: 'switchSides', durationMs: SWITCH_MS, side });
      for (let count = 1; count <= of; count++)
        phases.push(...repPhases(exercise, plan, { count, of, set, sets, ...(side ? { side } : {}) }));
    }
  }
  return phases;
}

/** Rounds of holds; per-side exercises hold each side in every round, switching between them. */
function holdPhases(exercise: Exercise, plan: Plan): Phase[] {
  const sides = exercise.dosage.perSide ? [1, 2] : [0];
  const phases: Phase[] = [{ kind: 'ready', durationMs: READY_MS }];
  const of = plan.count;
  for (let count = 1; count <= of; count++) {
    for (const side of sides) {
      if (side > 1 || (side === 1 && count > 1)) phases.push({ kind: 'switchSides', durationMs: SWITCH_MS, side });
      else if (count > 1) phases.push({ kind: 'release', durationMs: RELEASE_MS, count, of });
      phases.push({ kind: 'hold', durationMs: plan.holdSeconds * SECOND_MS, count, of, ...(side ? { side } : {}) });
    }
  }
  return phases;
}

interface Candidate {
  plan: Plan;
  phases: Phase[];
  cuts: DosageCut[];
}

/**
 * Every dosage the article allows, then cut-down ones in the order they are tried. The first group
 * with any candidate that fits wins; within it, the one that fills the break best (ties: longer holds,
 * fewer phases). The last group always fits a one-minute break.
 */
function candidateGroups(exercise: Exercise): Candidate[][] {
  const { holdSeconds, reps, sets, perSide } = exercise.dosage;
  const counted = isCounted(exercise);
  const build = (plan: Plan) => (counted ? countedPhases(exercise, plan) : holdPhases(exercise, plan));
  const holdRange = holdSeconds ?? DEFAULT_HOLD;
  const holdStep = holdRange.max <= HELD_REP_MAX_SECONDS ? 1 : HOLD_STEP_SECONDS;
  const countRange: Range = counted
    ? (reps ?? { min: 1, max: 1 })
    : { min: reps?.min ?? 1, max: reps?.max ?? MAX_OPEN_ROUNDS };
  const setRange: Range = sets ?? { min: 1, max: 1 };
  const countWhat: DosageCut['what'] = counted ? 'reps' : 'rounds';

  const group = (setValues: number[], countValues: number[], holdValues: number[]): Candidate[] =>
    setValues.flatMap((s) =>
      countValues.flatMap((count) =>
        holdValues.map((hold) => {
          const plan: Plan = { sets: s, count, holdSeconds: hold };
          const cuts: DosageCut[] = [];
          if (s < setRange.min) cuts.push({ what: 'sets', done: s, of: setRange.min });
          if (count < countRange.min) cuts.push({ what: countWhat, done: count, of: countRange.min, ...(perSide ? { perSide } : {}) });
          if (hold < holdRange.min) cuts.push({ what: 'holdSeconds', done: hold, of: holdRange.min });
          return { plan, phases: build(plan), cuts };
        }),
      ),
    );
  const holds = inRange(holdRange, holdStep);
  const counts = inRange(countRange);
  return [
    group(inRange(setRange), counts, holds),
    group([1], counts, holds),
    group([1], upTo(countRange.min), holds),
    group([1], [1], upTo(holdRange.min, holdStep)),
  ];
}

export function buildRoutine(exercise: Exercise, breakMs: number): Routine {
  let best: Candidate | undefined;
  for (const group of candidateGroups(exercise)) {
    for (const candidate of group) {
      const t = total(candidate.phases);
      if (t > breakMs) continue;
      const bestT = best ? total(best.phases) : -1;
      const better =
        t > bestT ||
        (t === bestT && candidate.plan.holdSeconds > best!.plan.holdSeconds) ||
        (t === bestT && candidate.plan.holdSeconds === best!.plan.holdSeconds && candidate.phases.length < best!.phases.length);
      if (better) best = candidate;
    }
    if (best) break;
  }
  // Nothing fits (a break shorter than the settings allow): the smallest there is.
  best ??= candidateGroups(exercise)
    .at(-1)!
    .reduce((a, b) => (total(b.phases) < total(a.phases) ? b : a));
  const phases = [...best.phases, { kind: 'done' as const, durationMs: 0 }];
  return { exerciseId: exercise.id, phases, totalMs: total(phases), cuts: best.cuts };
}

/** A stretch in progress, as stored: enough to recompute where it stands at any moment. */
interface StretchTiming {
  startedAt: number;
  /** Set while paused. */
  pausedAt: number | null;
  /** Paused time already behind us. */
  pausedMs: number;
}

interface Progress {
  phaseIndex: number;
  phase: Phase;
  phaseRemainingMs: number;
  elapsedMs: number;
  remainingMs: number;
  finished: boolean;
}

function elapsedMs(timing: StretchTiming, now: number): number {
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
