import type { Exercise } from '../core/catalogue';
import type { Phase } from '../core/routine';
import { t, type MessageKey } from '../platform/i18n';

const message = (key: string, subs?: Array<string | number>) => t(key as MessageKey, subs);

export interface ExerciseText {
  name: string;
  steps: string[];
  cues: string[];
  why: string;
  /** For desk variants: what changed from the article's version. */
  change: string | null;
}

export function exerciseText(exercise: Exercise): ExerciseText {
  const id = exercise.id;
  const list = (kind: string, count: number) =>
    Array.from({ length: count }, (_, i) => message(`ex_${id}_${kind}${i + 1}`));
  return {
    name: message(`ex_${id}_name`),
    steps: list('step', exercise.stepCount),
    cues: list('cue', exercise.cueCount),
    why: message(`ex_${id}_why`),
    change: exercise.adapts ? message(`ex_${id}_change`) : null,
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
