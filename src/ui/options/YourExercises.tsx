import { useRef, useState } from 'preact/hooks';
import { MAX_CUSTOM_EXERCISES, type CustomExercise } from '../../core/customExercise';
import { exercisePool } from '../../core/exercisePool';
import { EXERCISE_SOURCES } from '../../core/settings';
import type { SaveCustomResult } from '../../core/customExercise';
import type { ParsedCustomExercises } from '../../core/customExerciseParser';
import { t, type MessageKey } from '../../platform/i18n';
import { ConfirmAction } from './ConfirmAction';
import { CustomExerciseForm } from './CustomExerciseForm';
import { ChoiceGroup } from './fields';
import type { SettingsForm } from './useSettingsForm';

/** "30 s hold × 2 · each side", "12 reps × 2 sets" */
function dosageSummary(exercise: CustomExercise): string {
  const d = exercise.dosage;
  const amount = d.type === 'hold' ? t('optCustomHoldSummary', [d.seconds, d.holds]) : t('optCustomRepsSummary', [d.reps, d.sets]);
  return [t(`position_${exercise.position}` as MessageKey), amount, ...(d.perSide ? [t('optCustomEachSide')] : [])].join(' · ');
}

/** What the section does with the stored exercises. */
export interface CustomExerciseActions {
  save(exercise: CustomExercise): Promise<SaveCustomResult>;
  /** True when it was there and is gone. */
  delete(id: string): Promise<boolean>;
  /** Removes a stored item that could not be read (by its storage key). */
  removeUnreadable(key: string): Promise<boolean>;
  newId(): string;
}

interface YourExercisesProps {
  form: SettingsForm;
  /** The stored exercises, undefined until read. */
  loaded: ParsedCustomExercises | undefined;
  actions: CustomExerciseActions;
}

/** "Your exercises": the person's own, to add, edit and delete, and whether they are served alone. */
export function YourExercises({ form, loaded, actions }: YourExercisesProps) {
  // The form: closed, a new exercise (with the id it will have), or one being edited.
  const [editing, setEditing] = useState<{ id: string; exercise: CustomExercise | null } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);

  if (!loaded) return <p aria-busy="true">{t('loading')}</p>;
  const { value: exercises, problems: rejected } = loaded;
  const { fallback } = exercisePool(form.model.exerciseSource, exercises, form.model);
  const full = exercises.length + rejected.length >= MAX_CUSTOM_EXERCISES;

  const close = (focusId?: string) => {
    setEditing(null);
    // Focus goes back where the person was: the exercise's Edit button, or Add.
    requestAnimationFrame(() => (focusId ? document.getElementById(focusId) : addButton.current)?.focus());
  };

  return (
    <>
      <p class="hint">{t('optCustomIntro', MAX_CUSTOM_EXERCISES)}</p>
      <ChoiceGroup
        id="exerciseSource"
        legend={t('optExerciseSource')}
        options={EXERCISE_SOURCES.map((v) => ({ value: v, label: t(`optExerciseSource_${v}` as MessageKey) }))}
        value={form.draft.exerciseSource}
        inline
        onChange={(v) => form.change('exerciseSource', v)}
      />
      <p class="hint" role="status" data-testid="source-fallback">
        {fallback === 'noneSaved' ? t('optFallbackNoneSaved') : fallback === 'noneFits' ? t('optFallbackNoneFits') : ''}
      </p>
      {rejected.length > 0 && (
        <div class="notice" data-testid="custom-stored-problems">
          <p>{t('optCustomStoredProblems')}</p>
          <ul>
            {rejected.map((r) => (
              <li key={r.source}>
                {r.name ?? t('optCustomUnnamed')}: {r.problems.map((p) => t(p.messageKey as MessageKey, p.args)).join(' ')}{' '}
                <button type="button" onClick={() => void actions.removeUnreadable(r.source)}>
                  {t('optCustomRemoveBroken')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {exercises.length === 0 ? (
        <p>{t('optCustomNone')}</p>
      ) : (
        <ul class="custom-list" data-testid="custom-list">
          {exercises.map((exercise) => (
            <li key={exercise.id}>
              <div>
                <strong>{exercise.name}</strong>
                <span class="hint">{dosageSummary(exercise)}</span>
              </div>
              <div class="custom-actions">
                <button
                  type="button"
                  id={`edit-${exercise.id}`}
                  aria-label={t('optCustomEditLabel', exercise.name)}
                  onClick={() => setEditing({ id: exercise.id, exercise })}
                >
                  {t('optCustomEdit')}
                </button>
                <ConfirmAction
                  label={t('optCustomDelete')}
                  ariaLabel={t('optCustomDeleteLabel', exercise.name)}
                  question={t('optCustomDeleteConfirm', exercise.name)}
                  confirmLabel={t('optCustomDeleteYes')}
                  onConfirm={async () => {
                    if (await actions.delete(exercise.id)) setAnnouncement(t('optCustomDeleted', exercise.name));
                    addButton.current?.focus();
                  }}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <CustomExerciseForm
          key={editing.id}
          id={editing.id}
          editing={editing.exercise}
          onSave={async (exercise) => {
            const result = await actions.save(exercise);
            if (result.ok) setAnnouncement(t('optCustomSaved', exercise.name));
            return result;
          }}
          onClose={() => close(editing.exercise ? `edit-${editing.id}` : undefined)}
        />
      ) : (
        <button
          type="button"
          ref={addButton}
          disabled={full}
          aria-describedby={full ? 'custom-full' : undefined}
          onClick={() => setEditing({ id: actions.newId(), exercise: null })}
        >
          {t('optCustomAdd')}
        </button>
      )}
      {full && !editing && (
        <p id="custom-full" class="hint">
          {t('customErrorTooMany', MAX_CUSTOM_EXERCISES)}
        </p>
      )}
      <p class="visually-hidden" role="status" data-testid="custom-announcement">
        {announcement}
      </p>
    </>
  );
}
