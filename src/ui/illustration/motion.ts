/**
 * Which way the figure moves during a timer phase: from where the last phase left it to where
 * this one wants it, timed to fit inside the phase. Pure: the component turns a plan into CSS.
 */
import type { MotionStyle } from './figures';

/**
 * What the illustration needs to know about the timer's current phase (a routine's Phase fits).
 * Kinds it does not know yet get the exercise position.
 */
export interface PosePhase {
  kind: string;
  durationMs: number;
  side?: number;
  count?: number;
  set?: number;
  /** Which of an alternating move's positions this phase holds ('arch' or 'dip' for cat/cow). */
  pose?: string;
}

/** A pose (0 start, 1 exercise position, 2 the other alternating position) on a side (1 or 2; 2 is mirrored). */
interface Place {
  pose: number;
  side: number;
}

export interface MotionPlan {
  /** Where the figure rests once the phase's movement is over. */
  home: Place;
  /** The pose morphs from `from` to `to` over `goMs`... */
  from: number;
  to: number;
  goMs: number;
  /** ...and, when set, back from `to` to `from`, starting at `atMs`. */
  back?: { atMs: number; ms: number };
  /** The figure turns to its other side (a mirror image) over this span. */
  turn?: { fromSide: number; atMs: number; ms: number };
}

/** Long enough to read as a deliberate movement, never longer than a slow breath. */
const MOVE_MAX_MS = 3000;
/** A `done` phase has no length: the figure relaxes over this long. */
const RELAX_MS = 1500;
/** Paced reps: the pull, the squeeze, and a slower return (the routine's return time). */
const PULL_MAX_MS = 1500;
const RETURN_MAX_MS = 2000;
/** Switching sides: release, turn, settle into the other side, each this share of the phase. */
const SWITCH_STEP_SHARE = 0.3;
/** The mirror flip itself is quick, in the middle of the movement, where the figure is most upright. */
const TURN_MAX_MS = 600;

const turnAround = (fromSide: number, moveAtMs: number, moveMs: number) => {
  const ms = Math.min(moveMs, TURN_MAX_MS);
  return { fromSide, atMs: moveAtMs + (moveMs - ms) / 2, ms };
};

const moveMs = (phase: PosePhase) => (phase.durationMs > 0 ? Math.min(phase.durationMs * 0.6, MOVE_MAX_MS) : RELAX_MS);

/** Alternating positions by name; unnamed ones alternate by rep number. */
const ALTERNATE_POSES: Record<string, number> = { arch: 1, dip: 2 };

/** Where the phase wants the figure; `repeat` when every rep goes out and back. */
function target(style: MotionStyle, phase: PosePhase, previous: Place): { place: Place; repeat?: boolean } {
  const side = phase.side ?? previous.side;
  switch (phase.kind) {
    case 'ready':
      // A hold eases into its position while the person gets ready; reps start from the start.
      return { place: { pose: style === 'hold' ? 1 : 0, side: 1 } };
    case 'switchSides':
      return { place: { pose: style === 'hold' ? 1 : 0, side } };
    case 'rest':
    case 'release':
      // Let go of the position; a new set starts on the first side.
      return { place: { pose: 0, side: phase.side ?? (phase.kind === 'rest' ? 1 : previous.side) } };
    case 'done':
    case 'lower':
      return { place: { pose: 0, side: previous.side } };
    case 'pose':
    case 'rep': {
      if (style === 'alternate') {
        const named = ALTERNATE_POSES[phase.pose ?? ''];
        return { place: { pose: named ?? ((phase.count ?? 1) % 2 === 1 ? 1 : 2), side } };
      }
      // Arms that take turns rep by rep (the plank row) row in place rather than mirror every rep.
      if (style === 'reps') return { place: { pose: 0, side: previous.side }, repeat: true };
      return { place: { pose: 1, side } };
    }
    default:
      // hold, lift, and any phase kind this module does not know yet: the exercise position.
      return { place: { pose: 1, side } };
  }
}

/**
 * `previous`: where the last phase left the figure, or null when the picture has just appeared
 * (a reopened popup picks up mid-phase without replaying it, except the easing in of `ready`).
 */
export function planMotion(style: MotionStyle, phase: PosePhase, previous: Place | null): MotionPlan {
  const start = previous ?? { pose: 0, side: 1 };
  const { place: home, repeat } = target(style, phase, start);
  const from = previous ?? (phase.kind === 'ready' ? start : home);
  const turnFrom = from.side !== home.side ? from.side : undefined;

  if (repeat) {
    // Out and back within the rep: pull, squeeze, return.
    const goMs = Math.min(phase.durationMs * 0.4, PULL_MAX_MS);
    const backMs = Math.min(phase.durationMs * 0.4, RETURN_MAX_MS);
    return {
      home,
      from: 0,
      to: 1,
      goMs,
      back: { atMs: phase.durationMs - backMs, ms: backMs },
      ...(turnFrom ? { turn: turnAround(turnFrom, 0, goMs) } : {}),
    };
  }
  if (turnFrom && from.pose === home.pose && home.pose !== 0) {
    // Release the position, turn to the other side, and take the position again.
    const stepMs = phase.durationMs * SWITCH_STEP_SHARE;
    return {
      home,
      from: home.pose,
      to: 0,
      goMs: stepMs,
      back: { atMs: 2 * stepMs, ms: stepMs },
      turn: turnAround(turnFrom, stepMs, stepMs),
    };
  }
  const goMs = from.pose === home.pose ? 0 : moveMs(phase);
  return {
    home,
    from: from.pose,
    to: home.pose,
    goMs,
    ...(turnFrom ? { turn: turnAround(turnFrom, 0, goMs || moveMs(phase)) } : {}),
  };
}
