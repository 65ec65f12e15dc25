import { useEffect, useRef, useState } from 'preact/hooks';
import type { Speak } from '../core/spokenCues';
import { sessionExercise, stretchProgress, type StretchSession } from '../core/stretch';
import { t } from '../platform/i18n';
import type { UiRequest } from '../core/uiRequest';
import { ExerciseIllustration } from './ExerciseIllustration';
import { cutNote, exerciseText, phaseLabel } from './exerciseText';
import { formatCountdown } from './format';
import { playChime } from './sound';
import { useSpokenCues } from './useSpokenCues';
import './player.css';

const RING_RADIUS = 52;
const RING_LENGTH = 2 * Math.PI * RING_RADIUS;

interface PlayerProps {
  session: StretchSession;
  now: number;
  sound: { on: boolean; volume: number };
  onToggleSound: () => void;
  voice: boolean;
  onToggleVoice: () => void;
  /** Says each step aloud while `voice` is on and this page is `audible`. */
  speak: Speak;
  /** Why a switch's change is not saved (empty when it is). */
  switchProblem?: string;
  /** Whether this page makes the sounds: one page speaks and chimes, never two at once. */
  audible: boolean;
  /** The person's first stretch: the safety line starts open. */
  firstStretch: boolean;
  send: (request: UiRequest) => void;
}

/** The guided stretch: what to do, how long is left in this phase, and the controls. */
export function Player({
  session,
  now,
  sound,
  onToggleSound,
  voice,
  onToggleVoice,
  speak,
  switchProblem,
  audible,
  firstStretch,
  send,
}: PlayerProps) {
  const exercise = sessionExercise(session)!;
  const text = exerciseText(exercise);
  const state = stretchProgress(session, now)!;
  const { phase, phaseIndex, phaseRemainingMs, remainingMs, finished, elapsedMs } = state.progress;
  const paused = session.pausedAt !== null;
  const label = phaseLabel(phase);
  const lessThanArticle = cutNote(state.routine, session.breakMs);
  const phaseFraction = phase.durationMs ? 1 - phaseRemainingMs / phase.durationMs : 1;
  const cue = text.cues[phaseIndex % Math.max(1, text.cues.length)] ?? '';

  // The background records the stretch; the page only reports that the timer ran out.
  const reported = useRef(false);
  useEffect(() => {
    if (finished && !reported.current) {
      reported.current = true;
      send({ type: 'finishStretch' });
    }
  }, [finished]);

  // The player replaces the button that started it: keep keyboard focus on the page.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [session.exerciseId]);

  const lastPhase = useRef(phaseIndex);
  useEffect(() => {
    if (lastPhase.current !== phaseIndex && sound.on && audible) playChime(sound.volume);
    lastPhase.current = phaseIndex;
  }, [phaseIndex]);
  useSpokenCues(voice && audible, speak, text.name, state.routine, elapsedMs, phaseIndex);

  return (
    <section class="player" aria-labelledby="exercise-name">
      <h1 id="exercise-name" tabIndex={-1} ref={heading}>
        {text.name}
      </h1>
      <SafetyLine initiallyOpen={firstStretch} />
      <ExerciseIllustration exerciseId={exercise.id} label={text.name} class="illustration" phase={phase} />
      <div class="timer">
        <svg class="ring" viewBox="0 0 120 120" aria-hidden="true">
          <circle class="ring-track" cx="60" cy="60" r={RING_RADIUS} />
          {/* A new circle each phase, so the ring never animates backwards to empty. */}
          <circle
            key={phaseIndex}
            class="ring-progress"
            cx="60"
            cy="60"
            r={RING_RADIUS}
            stroke-dasharray={RING_LENGTH}
            stroke-dashoffset={RING_LENGTH * (1 - phaseFraction)}
          />
        </svg>
        <div class="countdown" role="timer" aria-label={t('timeLeftInPhase')}>
          {formatCountdown(phaseRemainingMs)}
        </div>
      </div>
      <p class="phase" data-testid="phase">
        {label}
        {paused ? ` · ${t('paused')}` : ''}
      </p>
      {/* Announced once per phase, not every second. */}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {paused ? t('paused') : label}
      </p>
      <p class="total-left">{t('totalLeft', formatCountdown(remainingMs))}</p>
      {lessThanArticle && (
        <p class="cut-note" data-testid="cut-note">
          {lessThanArticle}
        </p>
      )}
      {cue && <p class="cue">{cue}</p>}
      <div class="controls">
        {finished ? null : paused ? (
          <button type="button" class="primary" onClick={() => send({ type: 'resumeStretch' })}>
            {t('resume')}
          </button>
        ) : (
          <button type="button" class="primary" onClick={() => send({ type: 'pauseStretch' })}>
            {t('pause')}
          </button>
        )}
        <button type="button" onClick={() => send({ type: 'anotherExercise' })}>
          {t('anotherExercise')}
        </button>
        <button type="button" onClick={() => send({ type: 'finishStretch' })}>
          {t('finish')}
        </button>
        <button type="button" aria-pressed={sound.on} onClick={onToggleSound}>
          {t('soundToggle')}
        </button>
        <button type="button" aria-pressed={voice} onClick={onToggleVoice}>
          {t('voiceToggle')}
        </button>
      </div>
      <p class="switch-problem" role="status" data-testid="switch-problem">
        {switchProblem}
      </p>
      <ExerciseSteps text={text} />
    </section>
  );
}

/** Stop if it hurts…: open on the first stretch, one button away on every other. */
function SafetyLine({ initiallyOpen }: { initiallyOpen: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <div class="safety">
      <button type="button" class="safety-toggle" aria-expanded={open} aria-controls="safety-line" onClick={() => setOpen(!open)}>
        {t('safetyToggle')}
      </button>
      <p id="safety-line" class="safety-line" hidden={!open}>
        {t('safetyLine')}
      </p>
    </div>
  );
}

export function ExerciseSteps({ text }: { text: ReturnType<typeof exerciseText> }) {
  return (
    <div class="steps">
      <h2>{t('howTo')}</h2>
      <ol>
        {text.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {text.why && <p class="why">{text.why}</p>}
      {text.change && <p class="change">{text.change}</p>}
    </div>
  );
}
