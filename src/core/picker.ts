/**
 * Which exercise to serve now. Pure: what the person can do and what they did today are inputs.
 *
 * 1. Eligible: the position fits (a "floor" choice also allows kneeling) and the person has
 *    every piece of equipment the entry needs. If nothing is eligible, the no-equipment
 *    seated/standing entries stand in, so there is always something to serve.
 * 2. Never the same as the most recent exercise, nor one in `exclude` (unless nothing else is left).
 * 3. Warm-up first: until a stretch has been served today, only stretches, and of those the
 *    warm-up moves (cat/cow, a twist, the side bend) when one is eligible.
 *    Balance: about one strength exercise per two stretches over the day. Strength is due when
 *    today's stretches are at least twice (strength + 1), counted from `recentToday`; so a day
 *    runs stretch, stretch, strength, stretch, stretch, strength… If the due kind has no candidate,
 *    the other kind is served.
 * 4. Variety within the kind: the entry whose article exercise was served longest ago (never
 *    today first), then the entry itself served longest ago, then catalogue order. Rows come in
 *    several forms; ranking by article first keeps them from crowding out the rest.
 */
import { CATALOGUE, isStretch, isWarmUp, type Equipment, type Exercise, type Position } from './catalogue';
import type { PositionChoice } from './settings';

export interface PickerInput {
  /** From settings; 'floor' allows floor and kneeling entries. */
  positions: PositionChoice[];
  /** What the person has; [] = none. */
  equipment: Equipment[];
  /** Exercises served earlier today, oldest first (the last one is the most recent). */
  recentToday: string[];
  /** Ids never to serve this time (e.g. the one on screen when the person asks for "another exercise"). */
  exclude?: string[];
  /** What to choose from: the catalogue unless the person's own exercises join it or replace it. */
  pool?: readonly Exercise[];
}

function positionFits(position: Position, choices: readonly PositionChoice[]): boolean {
  if (position === 'kneeling') return choices.includes('floor');
  return choices.includes(position);
}

/** Entries whose position and equipment fit, in catalogue order (may be empty). */
export function eligibleExercises(input: PickerInput): Exercise[] {
  return (input.pool ?? CATALOGUE).filter(
    (exercise) =>
      positionFits(exercise.position, input.positions) &&
      exercise.equipment.every((item) => input.equipment.includes(item)),
  );
}

/** The no-equipment seated and standing entries: what anyone at a desk can do. */
function deskExercises(): Exercise[] {
  return eligibleExercises({ positions: ['seated', 'standing'], equipment: [], recentToday: [] });
}

/** Today's served exercises that are in the catalogue or the pool, oldest first. */
function servedToday(recentToday: readonly string[], pool: readonly Exercise[] = []): Exercise[] {
  return recentToday.flatMap((id) => [...CATALOGUE, ...pool].filter((exercise) => exercise.id === id).slice(0, 1));
}

/** Whether a strength exercise is due, from today's stretches and strength exercises. */
export function strengthDue(recentToday: readonly string[], pool?: readonly Exercise[]): boolean {
  let stretches = 0;
  let strength = 0;
  for (const exercise of servedToday(recentToday, pool)) {
    if (isStretch(exercise.group)) stretches++;
    else strength++;
  }
  return stretches >= 2 * (strength + 1);
}

export function pickExercise(input: PickerInput): Exercise {
  const eligible = eligibleExercises(input);
  const pool = eligible.length > 0 ? eligible : deskExercises();
  const exclude = new Set(input.exclude ?? []);
  const last = input.recentToday[input.recentToday.length - 1];

  const notExcluded = pool.filter((exercise) => !exclude.has(exercise.id));
  const fresh = notExcluded.filter((exercise) => exercise.id !== last);
  const candidates =
    fresh.length > 0
      ? fresh
      : notExcluded.length > 0
        ? notExcluded
        : pool.filter((exercise) => exercise.id !== last).length > 0
          ? pool.filter((exercise) => exercise.id !== last)
          : pool;

  const wantStretch = !strengthDue(input.recentToday, input.pool);
  const ofKind = candidates.filter((exercise) => isStretch(exercise.group) === wantStretch);
  // Recency: the index of the latest serving today, -1 when not served today.
  const served = servedToday(input.recentToday, input.pool);
  const warmUps = served.some((exercise) => isStretch(exercise.group)) ? [] : ofKind.filter(isWarmUp);
  const choices = warmUps.length > 0 ? warmUps : ofKind.length > 0 ? ofKind : candidates;

  // Each of the person's own exercises is a kind of its own.
  const family = (e: Exercise) => e.article ?? e.id;
  const lastIndex = (match: (e: Exercise) => boolean) => {
    for (let i = served.length - 1; i >= 0; i--) if (match(served[i]!)) return i;
    return -1;
  };
  const ranked = choices
    .map((exercise, order) => ({
      exercise,
      order,
      article: lastIndex((e) => family(e) === family(exercise)),
      own: lastIndex((e) => e.id === exercise.id),
    }))
    .sort((a, b) => a.article - b.article || a.own - b.own || a.order - b.order);
  // The catalogue is never empty, so neither is the desk pool.
  return ranked[0]?.exercise ?? CATALOGUE[0]!;
}
