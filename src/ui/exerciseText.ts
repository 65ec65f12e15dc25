import { exerciseMessageKeys, type Exercise } from '../core/catalogue';
import type { Phase } from '../core/routine';
import { t, type MessageKey } from '../platform/i18n';

/** Exercise keys are built from ids, so they are checked by the catalogue tests, not the compiler. */
const message = (key: string) => t(key as MessageKey);

export interface ExerciseText {
  name: string;
  steps: string[];
  cues: string[];
  why: string;
  /** For desk variants: what changed from the article's version. */
  change: string | null;
}

export function exerciseText(exercise: Exercise): ExerciseText {
  const keys = exerciseMessageKeys(exercise);
  return {
    name: message(keys.name),
    steps: keys.steps.map((key) => message(key)),
    cues: keys.cues.map((key) => message(key)),
    why: message(keys.why),
    change: keys.change ? message(keys.change) : null,
  };
}

/** "Hold — side 1 of 2", "Rep 4 of 12 · set 1 of 2": what the timer is asking for now. */
export function phaseLabel(phase: Phase): string {
  switch (phase.kind) {
    case 'ready':
      return t('phaseReady');
    case 'hold':
      if (phase.side) return t('phaseHoldSide', [phase.side, 2]);
      return phase.of && phase.of > 1 ? t('phaseHoldCount', [phase.count ?? 1, phase.of]) : t('phaseHold');
    case 'switchSides':
      return t('phaseSwitchSides');
    case 'rep': {
      const rep = t('phaseRep', [phase.count ?? 1, phase.of ?? 1]);
      const side = phase.side ? ` · ${t('phaseSide', [phase.side, 2])}` : '';
      const set = phase.sets && phase.sets > 1 ? ` · ${t('phaseSet', [phase.set ?? 1, phase.sets])}` : '';
      return rep + side + set;
    }
    case 'rest':
      return t('phaseRest');
    case 'done':
      return t('phaseDone');
  }
}
