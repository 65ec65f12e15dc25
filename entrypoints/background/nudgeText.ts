/** What the nudge's notification says about the break and its exercise. */
import { exerciseById, exerciseMessageKeys } from '../../src/core/catalogue';
import type { Settings } from '../../src/core/settings';
import type { StretchSession } from '../../src/core/stretch';
import { t, type MessageKey } from '../../src/platform/i18n';
import type { NudgeText } from '../../src/platform/nudgeNotification';

function exerciseName(id: string): string {
  const exercise = exerciseById(id);
  return exercise ? t(exerciseMessageKeys(exercise).name as MessageKey) : '';
}

/** `repeat`: the one reminder after the first nudge; `session`: the exercise prepared for it. */
export function nudgeText(repeat: boolean, settings: Settings, session: StretchSession | null): NudgeText {
  return {
    title: t(repeat ? 'nudgeRepeatTitle' : 'nudgeTitle'),
    message: t('nudgeMessage', [String(settings.breakMinutes), session ? exerciseName(session.exerciseId) : '']),
  };
}
