/**
 * The guided stretch a person is doing, as stored in extension storage so that closing
 * the popup loses nothing. Commands from any page go through `applyStretchCommand`.
 */
import { buildRoutine, pauseTiming, resumeTiming, routineProgress, type Routine } from './routine';
import { exerciseById } from './catalogue';

export type StretchStatus = 'ready' | 'running' | 'ended';
export type StretchOutcome = 'done' | 'stoppedEarly';

export interface StretchSession {
  exerciseId: string;
  breakMs: number;
  status: StretchStatus;
  startedAt: number | null;
  pausedAt: number | null;
  pausedMs: number;
  endedAt: number | null;
  outcome: StretchOutcome | null;
}

export type StretchCommand =
  | { type: 'prepare'; exerciseId: string; breakMs: number }
  | { type: 'start'; exerciseId: string; breakMs: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'switchExercise'; exerciseId: string }
  | { type: 'finish' }
  | { type: 'dismiss' };

/** What the schedule hears about it: a stretch began, or ended with this outcome. */
export type StretchNews =
  | { type: 'started' }
  | { type: 'ended'; exerciseId: string; durationMs: number; outcome: StretchOutcome };

export function sessionRoutine(session: StretchSession): Routine | null {
  const exercise = exerciseById(session.exerciseId);
  return exercise ? buildRoutine(exercise, session.breakMs) : null;
}

function timing(session: StretchSession) {
  return { startedAt: session.startedAt ?? 0, pausedAt: session.pausedAt, pausedMs: session.pausedMs };
}

function fresh(exerciseId: string, breakMs: number, status: StretchStatus, now: number): StretchSession {
  return {
    exerciseId,
    breakMs,
    status,
    startedAt: status === 'running' ? now : null,
    pausedAt: null,
    pausedMs: 0,
    endedAt: null,
    outcome: null,
  };
}

function end(session: StretchSession, now: number): { session: StretchSession; news: StretchNews } {
  const routine = sessionRoutine(session);
  const progress = routine ? routineProgress(routine, timing(session), now) : null;
  const outcome: StretchOutcome = progress?.finished ? 'done' : 'stoppedEarly';
  const durationMs = progress?.elapsedMs ?? 0;
  return {
    session: { ...session, status: 'ended', endedAt: now, outcome },
    news: { type: 'ended', exerciseId: session.exerciseId, durationMs, outcome },
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
      return { session: fresh(command.exerciseId, command.breakMs, 'ready', now), news: [] };
    case 'start': {
      const news: StretchNews[] = [];
      if (running) news.push(end(running, now).news);
      news.push({ type: 'started' });
      return { session: fresh(command.exerciseId, command.breakMs, 'running', now), news };
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
          ...fresh(command.exerciseId, session.breakMs, session.status, now),
          pausedAt: session.pausedAt === null ? null : now,
        },
        news: [],
      };
    case 'finish': {
      if (!running) return { session, news: [] };
      const ended = end(running, now);
      return { session: ended.session, news: [ended.news] };
    }
    case 'dismiss':
      return { session: running ?? null, news: [] };
  }
}

/** A running stretch whose timer has run out is done, whether or not a page was open to see it. */
export function isRunOut(session: StretchSession | null, now: number): boolean {
  if (session?.status !== 'running') return false;
  const routine = sessionRoutine(session);
  return !routine || routineProgress(routine, timing(session), now).finished;
}

export function stretchProgress(session: StretchSession, now: number) {
  const routine = sessionRoutine(session);
  return routine ? { routine, progress: routineProgress(routine, timing(session), now) } : null;
}

const STATUSES: StretchStatus[] = ['ready', 'running', 'ended'];
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isTimeOrNull = (v: unknown) => v === null || isTime(v);

/** Stored value -> session, or null (no stretch) when it is missing or not a session we can trust. */
export function parseStretchSession(raw: unknown): StretchSession | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.exerciseId !== 'string' || !exerciseById(r.exerciseId)) return null;
  if (!isTime(r.breakMs) || r.breakMs <= 0 || !STATUSES.includes(r.status as StretchStatus)) return null;
  if (!isTimeOrNull(r.startedAt) || !isTimeOrNull(r.pausedAt) || !isTime(r.pausedMs) || !isTimeOrNull(r.endedAt))
    return null;
  if (r.outcome !== null && r.outcome !== 'done' && r.outcome !== 'stoppedEarly') return null;
  if (r.status === 'running' && r.startedAt === null) return null;
  return {
    exerciseId: r.exerciseId,
    breakMs: r.breakMs,
    status: r.status as StretchStatus,
    startedAt: r.startedAt as number | null,
    pausedAt: r.pausedAt as number | null,
    pausedMs: r.pausedMs,
    endedAt: r.endedAt as number | null,
    outcome: r.outcome as StretchOutcome | null,
  };
}
