/**
 * The settings form's fields: what a person typed, read as settings. Text becomes numbers and
 * times here; every check is the stored settings' own (`checkSettingsField`), so the form and
 * storage never disagree about what is valid.
 */
import { minuteOfDayFromText, numberFromText } from './formText';
import { isOneOf, isPlainObject, readSafely } from './guards';
import { NUMERIC_FIELDS, checkSettingsField, type FieldProblem, type Settings, type SettingsField } from './settings';

function fromText(field: SettingsField, raw: unknown): unknown {
  // The warning is chosen from a list of seconds, given as text by its select.
  if (isOneOf(field, NUMERIC_FIELDS) || field === 'warningSeconds') return numberFromText(raw);
  switch (field) {
    case 'activeHours':
      return isPlainObject(raw)
        ? { ...raw, startMinute: minuteOfDayFromText(raw.startMinute), endMinute: minuteOfDayFromText(raw.endMinute) }
        : raw;
    default:
      return raw;
  }
}

/**
 * One form field's raw value (strings from inputs, numbers, arrays) -> the valid value or a problem.
 * Numbers accept "45" but not "", "4.5", "1e9", "NaN"; active-hours times also accept "HH:MM".
 * Never throws.
 */
export function validateField<K extends SettingsField>(
  field: K,
  raw: unknown,
): { ok: true; value: Settings[K] } | { ok: false; problem: FieldProblem } {
  // A hostile value (a throwing getter or proxy) is just an invalid value.
  return readSafely(
    () => checkSettingsField(field, fromText(field, raw)),
    () => ({ ok: false, problem: { field, messageKey: 'settingsErrorChoice' } }),
  );
}
