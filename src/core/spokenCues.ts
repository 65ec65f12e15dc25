/**
 * When a voice speaks during a routine: each phase as it begins, and 3, 2, 1 before a change
 * (only in phases long enough to count down in). Pure: times are ms since the routine began.
 */
import type { Routine } from './routine';

/**
 * Says `text` aloud in `lang` (a BCP 47 tag); `interrupt` drops whatever is still queued (a
 * countdown running late). The page that mounts the player gives it the browser's voice.
 */
export type Speak = (text: string, lang: string, options?: { interrupt?: boolean }) => void;

type SpokenCue = { type: 'phase'; index: number } | { type: 'count'; n: number };

/** Phases shorter than this (a 3-second rep, a lift) get their own cue and no countdown. */
const COUNTDOWN_MIN_PHASE_MS = 5000;
const COUNTDOWN = [3, 2, 1];

/** The cues due after `fromMs` and up to `toMs` of elapsed time, in order. */
export function cuesBetween(routine: Routine, fromMs: number, toMs: number): SpokenCue[] {
  const cues: Array<{ at: number; cue: SpokenCue }> = [];
  let start = 0;
  routine.phases.forEach((phase, index) => {
    cues.push({ at: start, cue: { type: 'phase', index } });
    if (phase.durationMs >= COUNTDOWN_MIN_PHASE_MS)
      for (const n of COUNTDOWN) cues.push({ at: start + phase.durationMs - n * 1000, cue: { type: 'count', n } });
    start += phase.durationMs;
  });
  return cues.filter(({ at }) => at > fromMs && at <= toMs).map(({ cue }) => cue);
}
