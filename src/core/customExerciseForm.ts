/**
 * The "Your exercises" form: what a person typed, read as an exercise. Text becomes numbers here; every check is the stored exercises' own (`checkCustomField`).
 */
import { numberFromText } from './formText';
import {
  assembleCustomExercise,
  checkCustomField,
  type CustomExercise,
  type CustomField,
  type CustomFieldProblem,
  type CustomFieldValues,
} from './customExercise';

function fromText(field: CustomField, raw: unknown): unknown {
  switch (field) {
    case 'seconds':
    case 'holds':
    case 'reps':
    case 'sets':
      return numberFromText(raw);
    default:
      return raw;
  }
}

/**
 * One field's raw value (form text, or a stored value) -> the valid value or a problem. Numbers
 * accept "30" but not "", "4.5", "1e9" or NaN; text is trimmed and kept on one line. Never throws.
 */
export function validateCustomField<K extends CustomField>(
  field: K,
  raw: unknown,
): { ok: true; value: CustomFieldValues[K] } | { ok: false; problem: CustomFieldProblem } {
  // Safe on a hostile value: `fromText` reads only strings, and the check turns a throw into a problem.
  return checkCustomField(field, fromText(field, raw));
}

/** The form's fields -> an exercise, or every problem found. */
export function buildCustomExercise(
  id: string,
  fields: Partial<Record<CustomField, unknown>>,
): { ok: true; value: CustomExercise } | { ok: false; problems: CustomFieldProblem[] } {
  return assembleCustomExercise(id, fields, validateCustomField);
}

/** The form's fields of an exercise (for editing it). */
export function customFields(exercise: CustomExercise): CustomFieldValues {
  const d = exercise.dosage;
  return {
    name: exercise.name,
    steps: [...exercise.steps],
    kind: exercise.kind,
    position: exercise.position,
    equipment: [...exercise.equipment],
    dosage: d.type,
    seconds: d.type === 'hold' ? d.seconds : 30,
    holds: d.type === 'hold' ? d.holds : 1,
    reps: d.type === 'reps' ? d.reps : 10,
    sets: d.type === 'reps' ? d.sets : 1,
    perSide: d.perSide,
  };
}
