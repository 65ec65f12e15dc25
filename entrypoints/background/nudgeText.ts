/** What the nudge's notification says about the break and its exercise. */
import { exerciseMessageKeys, nudgeMessageKey, type Exercise } from '../../src/core/catalogue';
import type { Settings } from '../../src/core/settings';
import { sessionExercise, type StretchSession } from '../../src/core/stretch';
import { formatNumber, t, tn, type MessageKey } from '../../src/platform/i18n';
import type { NudgeText } from '../../src/platform/nudgeNotification';

function exerciseName(exercise: Exercise): string {
  return exercise.custom ? exercise.custom.name : t(exerciseMessageKeys(exercise).name as MessageKey);
}

/** `repeat`: the one reminder after the first nudge; `session`: the exercise prepared for it. */
export function nudgeText(repeat: boolean, settings: Settings, session: StretchSession | null): NudgeText {
  const exercise = session ? sessionExercise(session) : undefined;
  // No "stand up" for a seated exercise: the words follow where it is done.
  const key = nudgeMessageKey(exercise?.position ?? 'standing');
  return {
    title: t(repeat ? 'nudgeRepeatTitle' : 'nudgeTitle'),
    message: tn(key, settings.breakMinutes, [formatNumber(settings.breakMinutes), exercise ? exerciseName(exercise) : '']),
  };
}
