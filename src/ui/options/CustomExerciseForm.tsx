import { useEffect, useRef, useState } from 'preact/hooks';
import type { Equipment } from '../../core/catalogue';
import {
  CUSTOM_DOSAGE_TYPES,
  CUSTOM_KINDS,
  CUSTOM_NUMBER_LIMITS,
  CUSTOM_TEXT_LIMITS,
  fieldsFor,
  type CustomDosageType,
  type CustomExercise,
  type CustomField,
  type CustomFieldProblem,
  type CustomKind,
} from '../../core/customExercise';
import { buildCustomExercise, customFields, validateCustomField } from '../../core/customExerciseForm';
import { EQUIPMENT_CHOICES, POSITION_CHOICES, type PositionChoice } from '../../core/settings';
import { t, type MessageKey } from '../../platform/i18n';
import type { SaveCustomResult } from '../../core/customExercise';
import { CheckboxGroup, ChoiceGroup, FieldError, NumberField, describedBy } from './fields';

/** What the inputs hold: text as typed, the rest as values. */
interface Draft {
  name: string;
  steps: string;
  kind: CustomKind;
  position: PositionChoice;
  equipment: Equipment[];
  dosage: CustomDosageType;
  seconds: string;
  holds: string;
  reps: string;
  sets: string;
  perSide: boolean;
}

const NEW_DRAFT: Draft = {
  name: '',
  steps: '',
  kind: 'stretch',
  position: 'seated',
  equipment: [],
  dosage: 'hold',
  seconds: '30',
  holds: '1',
  reps: '10',
  sets: '1',
  perSide: false,
};

function draftOf(exercise: CustomExercise | null): Draft {
  if (!exercise) return { ...NEW_DRAFT };
  const f = customFields(exercise);
  return {
    ...f,
    steps: f.steps.join('\n'),
    seconds: String(f.seconds),
    holds: String(f.holds),
    reps: String(f.reps),
    sets: String(f.sets),
  };
}

const problemText = (problem: CustomFieldProblem) => t(problem.messageKey as MessageKey, problem.args);
/** The id of the input a field's problem is about, for focus. */
const inputId = (field: CustomField) => `custom-${field}`;

interface CustomExerciseFormProps {
  /** The exercise to edit, or null for a new one. */
  editing: CustomExercise | null;
  id: string;
  onSave: (exercise: CustomExercise) => Promise<SaveCustomResult>;
  onClose: () => void;
}

/**
 * Adding or editing one exercise. Each field is checked as it changes, with its message beside
 * it; Save checks them all again and saves only a valid exercise, else focuses the first problem.
 */
export function CustomExerciseForm({ editing, id, onSave, onClose }: CustomExerciseFormProps) {
  const [draft, setDraftState] = useState<Draft>(() => draftOf(editing));
  // The latest draft, also for a Save that comes before the re-render of the last change.
  const draftRef = useRef(draft);
  const [errors, setErrors] = useState<Partial<Record<CustomField, CustomFieldProblem>>>({});
  const [formMessage, setFormMessage] = useState('');
  const saving = useRef(false);
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => nameInput.current?.focus(), []);

  const change = <K extends keyof Draft>(field: K, value: Draft[K], raw: unknown = value) => {
    draftRef.current = { ...draftRef.current, [field]: value };
    setDraftState(draftRef.current);
    const r = validateCustomField(field, raw);
    setErrors((e) => {
      const next = { ...e };
      if (r.ok) delete next[field];
      else next[field] = r.problem;
      return next;
    });
  };

  const save = async () => {
    if (saving.current) return;
    const draft = draftRef.current;
    const built = buildCustomExercise(id, draft);
    if (!built.ok) {
      const next: Partial<Record<CustomField, CustomFieldProblem>> = {};
      for (const p of built.problems) next[p.field] ??= p;
      setErrors(next);
      setFormMessage(t('optCustomInvalid'));
      const first = fieldsFor(draft.dosage).find((f) => next[f]);
      if (first) document.getElementById(inputId(first))?.focus();
      return;
    }
    saving.current = true;
    try {
      const result = await onSave(built.value);
      if (result.ok) return onClose();
      const next: Partial<Record<CustomField, CustomFieldProblem>> = {};
      for (const p of result.problems) next[p.field] ??= p;
      setErrors(next);
      setFormMessage(result.messageKey ? t(result.messageKey as MessageKey, result.args) : t('optCustomInvalid'));
    } finally {
      saving.current = false;
    }
  };

  const error = (field: CustomField) => (errors[field] ? problemText(errors[field]!) : undefined);
  const numberField = (field: 'seconds' | 'holds' | 'reps' | 'sets', labelKey: MessageKey) => {
    const { min, max } = CUSTOM_NUMBER_LIMITS[field];
    return (
      <NumberField
        id={inputId(field)}
        label={t(labelKey)}
        hint={t('optCustomRangeHint', [min, max])}
        value={draft[field]}
        min={min}
        max={max}
        error={error(field)}
        onInput={(value, badInput) => change(field, value, badInput ? 'not a number' : value)}
      />
    );
  };
  const titleId = `${id}-title`;

  return (
    <form
      class="custom-form"
      noValidate
      aria-labelledby={titleId}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h3 id={titleId}>{editing ? t('optCustomEditTitle', editing.name) : t('optCustomNewTitle')}</h3>
      <div class="field">
        <label for={inputId('name')}>{t('optCustomName')}</label>
        <input
          id={inputId('name')}
          ref={nameInput}
          type="text"
          autocomplete="off"
          value={draft.name}
          aria-invalid={error('name') ? 'true' : undefined}
          aria-describedby={describedBy(error('name') && `${inputId('name')}-error`)}
          onInput={(e) => change('name', e.currentTarget.value)}
        />
        <FieldError id={`${inputId('name')}-error`} message={error('name')} />
      </div>
      <div class="field">
        <label for={inputId('steps')}>{t('optCustomSteps')}</label>
        <textarea
          id={inputId('steps')}
          rows={5}
          value={draft.steps}
          aria-invalid={error('steps') ? 'true' : undefined}
          aria-describedby={describedBy(`${inputId('steps')}-hint`, error('steps') && `${inputId('steps')}-error`)}
          onInput={(e) => change('steps', e.currentTarget.value)}
        />
        <p id={`${inputId('steps')}-hint`} class="hint">
          {t('optCustomStepsHint', CUSTOM_TEXT_LIMITS.steps)}
        </p>
        <FieldError id={`${inputId('steps')}-error`} message={error('steps')} />
      </div>
      <ChoiceGroup
        id={inputId('kind')}
        legend={t('optCustomKind')}
        options={CUSTOM_KINDS.map((v) => ({ value: v, label: t(`optCustomKind_${v}` as MessageKey) }))}
        value={draft.kind}
        inline
        onChange={(v) => change('kind', v)}
      />
      <ChoiceGroup
        id={inputId('position')}
        legend={t('optCustomPosition')}
        options={POSITION_CHOICES.map((v) => ({ value: v, label: t(`position_${v}` as MessageKey) }))}
        value={draft.position}
        inline
        onChange={(v) => change('position', v)}
      />
      <CheckboxGroup<Equipment>
        id={inputId('equipment')}
        legend={t('optCustomEquipment')}
        options={EQUIPMENT_CHOICES.map((v) => ({ value: v, label: t(`equipment_${v}` as MessageKey) }))}
        selected={draft.equipment}
        error={error('equipment')}
        inline
        onChange={(toggle) => change('equipment', toggle(draftRef.current.equipment))}
      />
      <ChoiceGroup
        id={inputId('dosage')}
        legend={t('optCustomDosage')}
        options={CUSTOM_DOSAGE_TYPES.map((v) => ({ value: v, label: t(`optCustomDosage_${v}` as MessageKey) }))}
        value={draft.dosage}
        inline
        onChange={(v) => change('dosage', v)}
      />
      <div class="custom-numbers">
        {draft.dosage === 'hold' ? (
          <>
            {numberField('seconds', 'optCustomSeconds')}
            {numberField('holds', 'optCustomHolds')}
          </>
        ) : (
          <>
            {numberField('reps', 'optCustomReps')}
            {numberField('sets', 'optCustomSets')}
          </>
        )}
      </div>
      <div class="check">
        <input
          id={inputId('perSide')}
          type="checkbox"
          checked={draft.perSide}
          onChange={(e) => change('perSide', e.currentTarget.checked)}
        />
        <label for={inputId('perSide')}>{t('optCustomPerSide')}</label>
      </div>
      <p class="form-message" role="status" data-testid="custom-form-message">
        {formMessage}
      </p>
      <div class="form-buttons">
        <button type="submit" class="primary">
          {t('optCustomSave')}
        </button>
        <button type="button" onClick={onClose}>
          {t('optCancel')}
        </button>
      </div>
    </form>
  );
}
