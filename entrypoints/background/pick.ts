/** Which exercise a break offers: the picker, fed with the settings and what today already served. */
import { isSameDay } from 'date-fns';
import type { Exercise } from '../../src/core/catalogue';
import { exercisePool } from '../../src/core/exercisePool';
import { pickExercise } from '../../src/core/picker';
import type { Settings } from '../../src/core/settings';
import type { StretchSession } from '../../src/core/stretch';
import { loadCustomExercises } from '../../src/platform/customExerciseStore';
import { loadHistory } from '../../src/platform/historyStore';

/** Today's exercises, oldest first, so the picker can rotate and balance. */
async function servedToday(now: number, session: StretchSession | null): Promise<string[]> {
  const entries = await loadHistory();
  const ids = entries.filter((e) => e.exerciseId && isSameDay(e.at, now)).map((e) => e.exerciseId!);
  const sessionDay = session?.startedAt ?? session?.endedAt;
  if (session && sessionDay != null && isSameDay(sessionDay, now) && ids.at(-1) !== session.exerciseId)
    ids.push(session.exerciseId);
  return ids;
}

/** The person's own exercises join the article's, or replace them ("only mine"); bad stored ones are skipped. */
async function pool(settings: Settings): Promise<readonly Exercise[]> {
  const { value: exercises, problems: rejected } = await loadCustomExercises();
  if (rejected.length) console.warn('Unhunch: some of your stored exercises are invalid and not served', rejected);
  return exercisePool(settings.exerciseSource, exercises, settings).pool;
}

/** The exercise for the next stretch; `exclude` keeps the one on offer from coming back. */
export async function pick(now: number, settings: Settings, session: StretchSession | null, exclude: string[] = []): Promise<Exercise> {
  const recentToday = await servedToday(now, session);
  const { positions, equipment } = settings;
  return pickExercise({ positions, equipment, recentToday, exclude, pool: await pool(settings) });
}

/** What a stretch command needs of a picked exercise: its id, and the person's own exercise as served. */
export function served(exercise: Exercise): { exerciseId: string; custom?: Exercise['custom'] } {
  return { exerciseId: exercise.id, ...(exercise.custom ? { custom: exercise.custom } : {}) };
}
