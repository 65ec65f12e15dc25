import { exerciseMessageKeys, type Exercise } from '../core/catalogue';
import type { DosageCut, Phase, Routine } from '../core/routine';
import { t, uiLanguage, type MessageKey } from '../platform/i18n';

/** Exercise keys are built from ids, so they are checked by the catalogue tests, not the compiler. */
const message = (key: string) => t(key as MessageKey);

interface ExerciseText {
  name: string;
  steps: string[];
  cues: string[];
  /** Empty for a person's own exercise. */
  why: string;
  /** For desk variants: what changed from the article's version. */
  change: string | null;
}

export function exerciseText(exercise: Exercise): ExerciseText {
  if (exercise.custom) return { name: exercise.custom.name, steps: exercise.custom.steps, cues: [], why: '', change: null };
  const keys = exerciseMessageKeys(exercise);
  return {
    name: message(keys.name),
    steps: keys.steps.map((key) => message(key)),
    cues: keys.cues.map((key) => message(key)),
    why: message(keys.why),
    change: keys.change ? message(keys.change) : null,
  };
}

const side = (phase: Phase) => (phase.side ? [t('phaseSide', [phase.side, 2])] : []);
const set = (phase: Phase) => (phase.sets && phase.sets > 1 ? [t('phaseSet', [phase.set ?? 1, phase.sets])] : []);
const rep = (phase: Phase) => t('phaseRep', [phase.count ?? 1, phase.of ?? 1]);
/** Counted reps carry their set; rounds of holds do not. */
const isRepOfASet = (phase: Phase) => phase.set !== undefined;

/** The parts of what the timer asks for now, most important first. */
function phaseParts(phase: Phase): string[] {
  switch (phase.kind) {
    case 'ready':
      return [t('phaseReady')];
    case 'lift':
      return [t('phaseLift'), rep(phase), ...set(phase)];
    case 'lower':
      return [t('phaseLower'), rep(phase), ...set(phase)];
    case 'hold':
      if (isRepOfASet(phase)) return [t('phaseHold'), rep(phase), ...set(phase)];
      if (phase.side)
        return phase.of && phase.of > 1
          ? [t('phaseHold'), t('phaseSideNumber', phase.side), t('phaseRound', [phase.count ?? 1, phase.of])]
          : [t('phaseHoldSide', [phase.side, 2])];
      return [phase.of && phase.of > 1 ? t('phaseHoldCount', [phase.count ?? 1, phase.of]) : t('phaseHold')];
    case 'pose':
      return [t(phase.pose === 'dip' ? 'phasePoseDip' : 'phasePoseArch'), t('phaseCount', [phase.count ?? 1, phase.of ?? 1])];
    case 'rep':
      return [rep(phase), ...side(phase), ...set(phase)];
    case 'switchSides':
      return [t('phaseSwitchSides')];
    case 'release':
      return [t('phaseRelease')];
    case 'rest':
      return [t('phaseRest'), ...(phase.set ? [t('phaseNextSet', [phase.set, phase.sets ?? phase.set])] : [])];
    case 'done':
      return [t('phaseDone')];
  }
}

/** "Hold · side 1 · round 2 of 3", "Lift · Rep 4 of 10": what the timer is asking for now. */
export function phaseLabel(phase: Phase): string {
  return phaseParts(phase).join(' · ');
}

/** What a voice says as the phase begins: short enough to finish before the next one. */
export function spokenPhase(phase: Phase): string {
  switch (phase.kind) {
    case 'lift':
      return [rep(phase), t('phaseLift')].join(', ');
    case 'hold':
      return isRepOfASet(phase) ? t('phaseHold') : phaseParts(phase).join(', ');
    case 'lower':
    case 'pose':
      return phaseParts(phase)[0]!;
    case 'rep':
      return [rep(phase), ...side(phase)].join(', ');
    default:
      return phaseParts(phase).join(', ');
  }
}

function cutText(cut: DosageCut): string {
  switch (cut.what) {
    case 'sets':
      return t('cutSets', [cut.done, cut.of]);
    case 'reps':
      return t(cut.perSide ? 'cutRepsPerSide' : 'cutReps', [cut.done, cut.of]);
    case 'rounds':
      return t(cut.perSide ? 'cutRoundsPerSide' : 'cutRounds', [cut.done, cut.of]);
    case 'holdSeconds':
      return t('cutHoldSeconds', [cut.done, cut.of]);
  }
}

/** "1 of 2 sets in this 1-minute break.": what the timer leaves out of the article's dosage, if anything. */
export function cutNote(routine: Routine, breakMs: number): string | null {
  if (routine.cuts.length === 0) return null;
  const list = new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(routine.cuts.map(cutText));
  return t('cutNote', [list, Math.round(breakMs / 60_000)]);
}
