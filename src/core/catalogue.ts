/**
 * The exercises of "10 Exercises for a Healthy Mid-back" as typed data.
 * Text a person reads lives in the i18n messages under `ex_<id>_*` keys;
 * this module holds only structure and the article's dosages, and how the person's own
 * exercises take the same shape.
 */
import type { CustomExercise } from './customExercise';

type ExerciseGroup = 'mobility' | 'wholeBody' | 'strength';
export type Position = 'seated' | 'standing' | 'kneeling' | 'floor';
export type Equipment = 'band' | 'dumbbells' | 'foamRoller';

/** The ten exercises of the article, by the article's order. */
export type ArticleExercise =
  | 'catCow'
  | 'sphinx'
  | 'seatedTwist'
  | 'midBackExtension'
  | 'lungeRotation'
  | 'standingSideBend'
  | 'trianglePose'
  | 'rows'
  | 'latPullDown'
  | 'superman';

export interface Range {
  min: number;
  max: number;
}

export interface Dosage {
  /** Seconds each hold lasts, as the article gives it. */
  holdSeconds?: Range;
  /** Repetitions (or holds) per set, or per side when `perSide`. */
  reps?: Range;
  sets?: Range;
  /** Done on one side, then the other. */
  perSide: boolean;
  /** With `perSide` reps: one rep on each side in turn (the plank row's alternating arms). */
  alternate?: boolean;
  /** Each rep is one of these positions, in turn (cat/cow: arch, then dip). */
  poses?: readonly Pose[];
}

/** The two positions of cat/cow, in the article's order: arch the mid-back, then dip it. */
export type Pose = 'arch' | 'dip';

export interface Exercise {
  id: string;
  /** Which article exercise this entry is, or adapts; none on the person's own exercises. */
  article?: ArticleExercise;
  /** Set on desk variants: the id of the article entry it adapts. */
  adapts?: string;
  group: ExerciseGroup;
  position: Position;
  /** Empty when no equipment is needed. */
  equipment: Equipment[];
  dosage: Dosage;
  /** Number of `ex_<id>_step<n>` messages (1-based). */
  stepCount: number;
  /** Number of `ex_<id>_cue<n>` messages (1-based). */
  cueCount: number;
  /** Set on the person's own exercises: their words, shown as written (no messages). */
  custom?: CustomExercise;
}

/*
 * How the article's words are encoded:
 * - "a few times" (each side)  -> reps { min: 2, max: 3 }.
 * - "a few seconds or longer"  -> holdSeconds { min: 3, max: 5 }: a few seconds, a little longer at most,
 *   about one slow breath per position (cat/cow is done with the breath).
 * - "repeat as needed"         -> no `reps`; the steps say "repeat as often as you need".
 * - "about 30 sec." then "repeat on the other side" -> hold 30–30, reps 1–1 per side.
 * - "up to a total of 6x" / "a total of 10x" -> reps with that maximum.
 * - Cat/cow: "switching between the two positions, holding each … aim for 6 - 10 total":
 *   a rep is one held position, alternating arch and dip, 6–10 in all.
 * - Rows and lat pull-downs: "10-15 repetitions and 2 sets", no hold; the single-arm plank row
 *   is done on each arm, alternating (perSide, alternate), as its steps say.
 * Desk variants (`adapts`) keep the dosage of the entry they adapt.
 */

const A_FEW: Range = { min: 2, max: 3 };
const A_FEW_SECONDS: Range = { min: 3, max: 5 };
const ROW_REPS: Range = { min: 10, max: 15 };
const TWO_SETS: Range = { min: 2, max: 2 };

const CAT_COW: Dosage = { holdSeconds: A_FEW_SECONDS, reps: { min: 6, max: 10 }, perSide: false, poses: ['arch', 'dip'] };
const SEATED_TWIST: Dosage = { holdSeconds: { min: 15, max: 30 }, reps: A_FEW, perSide: true };
const EXTENSION: Dosage = { holdSeconds: { min: 30, max: 60 }, perSide: false };
const ROWS: Dosage = { reps: ROW_REPS, sets: TWO_SETS, perSide: false };
const SUPERMAN: Dosage = { holdSeconds: { min: 5, max: 10 }, reps: { min: 10, max: 10 }, perSide: false };

/** Article order; each desk variant follows the entry it adapts. */
export const CATALOGUE: readonly Exercise[] = [
  // T/S stretches/mobility
  { id: 'catCow', article: 'catCow', group: 'mobility', position: 'kneeling', equipment: [], dosage: CAT_COW, stepCount: 4, cueCount: 2 },
  { id: 'seatedCatCow', article: 'catCow', adapts: 'catCow', group: 'mobility', position: 'seated', equipment: [], dosage: CAT_COW, stepCount: 4, cueCount: 2 },
  { id: 'sphinx', article: 'sphinx', group: 'mobility', position: 'floor', equipment: [], dosage: { holdSeconds: { min: 30, max: 60 }, reps: { min: 1, max: 6 }, perSide: false }, stepCount: 4, cueCount: 2 },
  { id: 'seatedTwist', article: 'seatedTwist', group: 'mobility', position: 'floor', equipment: [], dosage: SEATED_TWIST, stepCount: 4, cueCount: 2 },
  { id: 'chairTwist', article: 'seatedTwist', adapts: 'seatedTwist', group: 'mobility', position: 'seated', equipment: [], dosage: SEATED_TWIST, stepCount: 4, cueCount: 2 },
  { id: 'midBackExtension', article: 'midBackExtension', group: 'mobility', position: 'floor', equipment: ['foamRoller'], dosage: EXTENSION, stepCount: 4, cueCount: 2 },
  { id: 'chairBackExtension', article: 'midBackExtension', adapts: 'midBackExtension', group: 'mobility', position: 'seated', equipment: [], dosage: EXTENSION, stepCount: 4, cueCount: 2 },
  // Combination whole body stretches
  { id: 'lungeRotation', article: 'lungeRotation', group: 'wholeBody', position: 'standing', equipment: [], dosage: { holdSeconds: { min: 15, max: 30 }, reps: A_FEW, perSide: true }, stepCount: 4, cueCount: 2 },
  { id: 'standingSideBend', article: 'standingSideBend', group: 'wholeBody', position: 'standing', equipment: [], dosage: { holdSeconds: { min: 10, max: 10 }, perSide: true }, stepCount: 4, cueCount: 2 },
  { id: 'trianglePose', article: 'trianglePose', group: 'wholeBody', position: 'standing', equipment: [], dosage: { holdSeconds: { min: 30, max: 30 }, reps: { min: 1, max: 1 }, perSide: true }, stepCount: 4, cueCount: 2 },
  // Strengthening exercises
  { id: 'rowsDumbbell', article: 'rows', group: 'strength', position: 'standing', equipment: ['dumbbells'], dosage: ROWS, stepCount: 4, cueCount: 2 },
  { id: 'rowsBand', article: 'rows', group: 'strength', position: 'seated', equipment: ['band'], dosage: ROWS, stepCount: 4, cueCount: 2 },
  { id: 'seatedSqueezeRow', article: 'rows', adapts: 'rowsBand', group: 'strength', position: 'seated', equipment: [], dosage: ROWS, stepCount: 4, cueCount: 2 },
  { id: 'rowsPlank', article: 'rows', group: 'strength', position: 'floor', equipment: ['dumbbells'], dosage: { ...ROWS, perSide: true, alternate: true }, stepCount: 4, cueCount: 2 },
  { id: 'latPullDown', article: 'latPullDown', group: 'strength', position: 'seated', equipment: ['band'], dosage: ROWS, stepCount: 4, cueCount: 2 },
  { id: 'seatedLatPullDown', article: 'latPullDown', adapts: 'latPullDown', group: 'strength', position: 'seated', equipment: [], dosage: ROWS, stepCount: 4, cueCount: 2 },
  { id: 'superman', article: 'superman', group: 'strength', position: 'floor', equipment: [], dosage: SUPERMAN, stepCount: 4, cueCount: 2 },
  { id: 'standingSuperman', article: 'superman', adapts: 'superman', group: 'strength', position: 'standing', equipment: [], dosage: SUPERMAN, stepCount: 4, cueCount: 2 },
];

const BY_ID = new Map(CATALOGUE.map((exercise) => [exercise.id, exercise]));

export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

/** The article's warm-up moves: "always a favorite to warm-up with" (cat/cow), the twist and the side bend. */
const WARM_UPS: ReadonlySet<ArticleExercise> = new Set(['catCow', 'seatedTwist', 'standingSideBend']);

/** Whether the day may start with it: cat/cow, a twist or the side bend, in any of their forms. */
export function isWarmUp(exercise: Exercise): boolean {
  return exercise.article !== undefined && WARM_UPS.has(exercise.article);
}

/** The nudge's words follow where the exercise is done: no "stand up" for a seated one. */
export function nudgeMessageKey(position: Position): 'nudgeMessageSeated' | 'nudgeMessage' | 'nudgeMessageFloor' {
  switch (position) {
    case 'seated':
      return 'nudgeMessageSeated';
    case 'standing':
      return 'nudgeMessage';
    case 'kneeling':
    case 'floor':
      return 'nudgeMessageFloor';
  }
}

/** Mobility and whole-body entries are stretches; the rest strengthen. */
export function isStretch(group: ExerciseGroup): boolean {
  return group !== 'strength';
}

/** The message keys holding an entry's text (`change` only on desk variants). */
interface ExerciseMessageKeys {
  name: string;
  steps: string[];
  cues: string[];
  why: string;
  change?: string;
}

export function exerciseMessageKeys(exercise: Exercise): ExerciseMessageKeys {
  const key = (part: string) => `ex_${exercise.id}_${part}`;
  const numbered = (part: string, count: number) => Array.from({ length: count }, (_, i) => key(`${part}${i + 1}`));
  return {
    name: key('name'),
    steps: numbered('step', exercise.stepCount),
    cues: numbered('cue', exercise.cueCount),
    why: key('why'),
    ...(exercise.adapts ? { change: key('change') } : {}),
  };
}

/**
 * The person's own exercise in the catalogue's shape, so the picker, the routine and the
 * player treat it like the article's. Its dosage is exact (min = max), so the routine
 * times it as written: holds become hold phases (short ones counted reps, like the article's),
 * reps become paced reps in sets, with a side switch when it is done on each side.
 */
export function toCatalogueExercise(exercise: CustomExercise): Exercise {
  const d = exercise.dosage;
  const exact = (n: number) => ({ min: n, max: n });
  return {
    id: exercise.id,
    group: exercise.kind === 'strength' ? 'strength' : 'mobility',
    position: exercise.position,
    equipment: [...exercise.equipment],
    dosage:
      d.type === 'hold'
        ? { holdSeconds: exact(d.seconds), reps: exact(d.holds), perSide: d.perSide }
        : { reps: exact(d.reps), sets: exact(d.sets), perSide: d.perSide },
    stepCount: 0,
    cueCount: 0,
    custom: exercise,
  };
}
