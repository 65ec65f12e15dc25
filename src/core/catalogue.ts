/**
 * The exercises of "10 Exercises for a Healthy Mid-back" as typed data.
 * Text a person reads lives in the i18n messages under `ex_<id>_*` keys;
 * this module holds only structure and the article's dosages.
 */

export type ExerciseGroup = 'mobility' | 'wholeBody' | 'strength';
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
}

export interface Exercise {
  id: string;
  /** Which article exercise this entry is, or adapts. */
  article: ArticleExercise;
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
}
