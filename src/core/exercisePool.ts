/** The exercises the picker chooses from: the article's, the person's own, or both. */
import { CATALOGUE, toCatalogueExercise, type Equipment, type Exercise } from './catalogue';
import type { CustomExercise } from './customExercise';
import { eligibleExercises } from './picker';
import type { ExerciseSource, PositionChoice } from './settings';

/** Why "only mine" serves the article's exercises for now. */
type PoolFallback = 'noneSaved' | 'noneFits';

/**
 * The exercises the picker chooses from. Mixed: the article's and the person's. Only mine: the
 * person's, unless none of them fits their positions and equipment (or they have none), when the
 * article's stand in and `fallback` says why, so the page can say so.
 */
export function exercisePool(
  source: ExerciseSource,
  custom: readonly CustomExercise[],
  fit: { positions: PositionChoice[]; equipment: Equipment[] },
): { pool: readonly Exercise[]; fallback: PoolFallback | null } {
  const mine = custom.map(toCatalogueExercise);
  if (source === 'mixed') return { pool: [...CATALOGUE, ...mine], fallback: null };
  if (mine.length === 0) return { pool: CATALOGUE, fallback: 'noneSaved' };
  if (eligibleExercises({ ...fit, recentToday: [], pool: mine }).length === 0) return { pool: CATALOGUE, fallback: 'noneFits' };
  return { pool: mine, fallback: null };
}
