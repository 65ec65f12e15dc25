/** Which exercise a break offers: the picker, fed with the settings and what today already served. */
import { isSameDay } from 'date-fns';
import { pickExercise } from '../../src/core/picker';
import type { Settings } from '../../src/core/settings';
import type { StretchSession } from '../../src/core/stretch';
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

/** An exercise id for the next stretch; `exclude` keeps the one on offer from coming back. */
export async function pick(now: number, settings: Settings, session: StretchSession | null, exclude: string[] = []): Promise<string> {
  const recentToday = await servedToday(now, session);
  return pickExercise({ positions: settings.positions, equipment: settings.equipment, recentToday, exclude }).id;
}
