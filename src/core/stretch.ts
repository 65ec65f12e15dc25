/**
 * The guided stretch a person is doing, as stored in extension storage so that closing
 * the popup loses nothing. Commands from any page go through `applyStretchCommand`.
 */
import { buildRoutine, pauseTiming, resumeTiming, routineProgress, type Routine } from './routine';
import { exerciseById, toCatalogueExercise, type Exercise } from './catalogue';
import type { CustomExercise } from './customExercise';
import { parseCustomExercise } from './customExerciseParser';
import { readSafely, type Parsed } from './guards';
import {
  droppedStretch,
  parseStretchState,
  type StretchOutcome,
  type StretchSession,
  type StretchState,
  type StretchStatus,
} from './stretchState';
import { MINUTE_MS } from './time';

export type StretchCommand =
  | { type: 'prepare'; exerciseId: string; custom?: CustomExercise; breakMs: number }
  | { type: 'start'; exerciseId: string; custom?: CustomExercise; breakMs: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'switchExercise'; exerciseId: string; custom?: CustomExercise }
  /** `at`: when it ended, if earlier than now (a timer that ran out while no page was open). */
  | { type: 'finish'; at?: number }
  | { type: 'dismiss' };

/** What the schedule hears about it: a stretch began, or ended with this outcome. */
export type StretchNews =
  | { type: 'started' }
  | { type: 'ended'; at: number; exerciseId: string; durationMs: number; outcome: StretchOutcome };

/** The exercise a session is about: the person's own as served, or the catalogue's entry. */
export function sessionExercise(session: Pick<StretchSession, 'exerciseId' | 'custom'>): Exercise | undefined {
  return session.custom ? toCatalogueExercise(session.custom) : exerciseById(session.exerciseId);
}

function sessionRoutine(session: StretchSession): Routine | null {
  const exercise = sessionExercise(session);
  return exercise ? buildRoutine(exercise, session.breakMs) : null;
}

function timing(session: StretchSession) {
  return { startedAt: session.startedAt ?? 0, pausedAt: session.pausedAt, pausedMs: session.pausedMs };
}

function fresh(
  exerciseId: string,
  breakMs: number,
  status: StretchStatus,
  now: number,
  custom?: CustomExercise,
): StretchSession {
  return {
    exerciseId,
    ...(custom ? { custom } : {}),
    breakMs,
    status,
    startedAt: status === 'running' ? now : null,
    pausedAt: null,
    pausedMs: 0,
    endedAt: null,
    outcome: null,
  };
}

function end(session: StretchSession, at: number): { session: StretchSession; news: StretchNews } {
  const routine = sessionRoutine(session);
  const progress = routine ? routineProgress(routine, timing(session), at) : null;
  const outcome: StretchOutcome = progress?.finished ? 'done' : 'stoppedEarly';
  const durationMs = progress?.elapsedMs ?? 0;
  return {
    session: { ...session, status: 'ended', endedAt: at, outcome },
    news: { type: 'ended', at, exerciseId: session.exerciseId, durationMs, outcome },
  };
}

export function applyStretchCommand(
  session: StretchSession | null,
  command: StretchCommand,
  now: number,
): { session: StretchSession | null; news: StretchNews[] } {
  const running = session?.status === 'running' ? session : null;
  switch (command.type) {
    case 'prepare':
      // A nudge never replaces a stretch that is under way.
      if (running) return { session, news: [] };
      return { session: fresh(command.exerciseId, command.breakMs, 'ready', now, command.custom), news: [] };
    case 'start': {
      const news: StretchNews[] = [];
      if (running) news.push(end(running, now).news);
      news.push({ type: 'started' });
      return { session: fresh(command.exerciseId, command.breakMs, 'running', now, command.custom), news };
    }
    case 'pause':
      return running ? { session: { ...running, ...pauseTiming(timing(running), now) }, news: [] } : { session, news: [] };
    case 'resume':
      return running ? { session: { ...running, ...resumeTiming(timing(running), now) }, news: [] } : { session, news: [] };
    case 'switchExercise':
      // Another exercise starts its own timer from the beginning, in the same state (paused or not).
      if (!session || session.status === 'ended') return { session, news: [] };
      return {
        session: {
          ...fresh(command.exerciseId, session.breakMs, session.status, now, command.custom),
          pausedAt: session.pausedAt === null ? null : now,
        },
        news: [],
      };
    case 'finish': {
      if (!running) return { session, news: [] };
      const ended = end(running, Math.min(now, command.at ?? now));
      return { session: ended.session, news: [ended.news] };
    }
    case 'dismiss':
      return { session: running ?? null, news: [] };
  }
}

/** A stretch paused this long with no page resuming it has been left: it ends as stopped early. */
export const ABANDONED_AFTER_MS = 10 * MINUTE_MS;

/**
 * When a running stretch ends by itself, if it has: its timer ran out (whether or not a page
 * was open to see it), or it was paused and left. Null while it is still under way.
 */
export function automaticEnd(session: StretchSession | null, now: number): number | null {
  if (session?.status !== 'running') return null;
  const routine = sessionRoutine(session);
  if (!routine) return now;
  if (session.pausedAt !== null) return now - session.pausedAt >= ABANDONED_AFTER_MS ? session.pausedAt : null;
  const endsAt = (session.startedAt ?? now) + session.pausedMs + routine.totalMs;
  return now >= endsAt ? endsAt : null;
}

export function stretchProgress(session: StretchSession, now: number) {
  const routine = sessionRoutine(session);
  return routine ? { routine, progress: routineProgress(routine, timing(session), now) } : null;
}

export type { StretchOutcome, StretchSession, StretchStatus } from './stretchState';

/** The session with its exercise checked: the article's, or the person's own as served. */
function withExercise(state: StretchState): StretchSession | string {
  const { custom: rawCustom, ...session } = state;
  if (rawCustom === undefined)
    return exerciseById(session.exerciseId) ? session : `unknown exercise ${JSON.stringify(session.exerciseId.slice(0, 40))}`;
  const parsed = parseCustomExercise(rawCustom);
  if (!parsed.ok || parsed.value.id !== session.exerciseId) return 'its own exercise is not a valid one of this id';
  return { ...session, custom: parsed.value };
}

/**
 * Stored value -> the session, or null (no stretch) when nothing is stored or it is not a session
 * we can trust (its timing, `parseStretchState`, and its exercise), all or nothing; the problem is
 * English, for the console. Never throws.
 */
export function parseStretchSession(raw: unknown, now: number): Parsed<StretchSession | null, string> {
  const state = parseStretchState(raw, now);
  if (state.value === null) return state as Parsed<null, string>;
  const checked = state.value;
  return readSafely(
    () => {
      const session = withExercise(checked);
      return typeof session === 'string' ? droppedStretch(session) : { value: session, problems: [] };
    },
    (error) => droppedStretch(`could not be read: ${error instanceof Error ? error.message : String(error)}`),
  );
}
