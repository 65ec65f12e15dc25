import type { ComponentChildren } from 'preact';
import type { Exercise } from '../core/catalogue';
import { t } from '../platform/i18n';
import { ExerciseIllustration } from './ExerciseIllustration';
import { exerciseText } from './exerciseText';
import { ExerciseSteps } from './Player';

/** The break window's exercise, ready to start: picture first, then the start button (`children`), then the steps. */
export function ExercisePreview({ exercise, children }: { exercise: Exercise; children: ComponentChildren }) {
  const text = exerciseText(exercise);
  return (
    <section class="preview" aria-labelledby="preview-name">
      <h2 id="preview-name">{t('todaysStretch', text.name)}</h2>
      <ExerciseIllustration exerciseId={exercise.id} label={text.name} class="illustration" />
      {children}
      <ExerciseSteps text={text} />
    </section>
  );
}
