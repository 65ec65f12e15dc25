/** The guided stretch: its session in storage, and what its start and end mean for the sitting clock. */
import type { Settings } from '../../src/core/settings';
import { applyStretchCommand, automaticEnd, type StretchCommand, type StretchNews } from '../../src/core/stretch';
import { loadStretch, saveStretch } from '../../src/platform/stateStore';
import { pick, served } from './pick';
import { stepSchedule } from './sittingClock';

async function deliverNews(news: StretchNews[], now: number, settings: Settings): Promise<void> {
  for (const item of news) {
    await stepSchedule(
      item.type === 'started'
        ? { type: 'stretchStarted' }
        : {
            type: 'stretchEnded',
            at: item.at,
            exerciseId: item.exerciseId,
            durationMs: item.durationMs,
            outcome: item.outcome,
          },
      now,
      settings,
    );
  }
}

export async function runStretchCommand(command: StretchCommand, now: number, settings: Settings): Promise<void> {
  const { session, news } = applyStretchCommand(await loadStretch(now), command, now);
  await saveStretch(session);
  await deliverNews(news, now, settings);
}

/** A stretch that ran out or was left paused while no page was open is still recorded, once. */
export async function endFinishedStretch(now: number, settings: Settings): Promise<void> {
  const at = automaticEnd(await loadStretch(now), now);
  if (at !== null) await runStretchCommand({ type: 'finish', at }, now, settings);
}

/** Starts the exercise on offer, or a new pick; a stretch under way is left running. */
export async function startStretch(now: number, settings: Settings): Promise<void> {
  const session = await loadStretch(now);
  if (session?.status === 'running') return; // already under way: the pages resume it
  const exercise =
    session?.status === 'ready'
      ? { exerciseId: session.exerciseId, ...(session.custom ? { custom: session.custom } : {}) }
      : served(await pick(now, settings, session));
  await runStretchCommand({ type: 'start', ...exercise, breakMs: settings.breakMinutes * 60_000 }, now, settings);
}

/** Another exercise than the one on offer or under way. */
export async function switchExercise(now: number, settings: Settings): Promise<void> {
  const session = await loadStretch(now);
  if (!session) return;
  const exercise = served(await pick(now, settings, session, [session.exerciseId]));
  await runStretchCommand({ type: 'switchExercise', ...exercise }, now, settings);
}
