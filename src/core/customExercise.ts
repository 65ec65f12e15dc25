/**
 * The person's own exercises ("Your exercises"): their shape and limits, and the check of each
 * field with the shared guards and result shape. Reading stored or imported ones is
 * customExerciseParser.ts; what the form's text becomes is customExerciseForm.ts; how they join
 * the article's exercises is exercisePool.ts. Pure.
 */
import type { Equipment } from './catalogue';
import { checkWholeNumber, isBoolean, isOneOf, readSafely, type Checked, type Problem } from './guards';
import { POSITION_CHOICES, checkEquipment, type PositionChoice } from './settings';

export type CustomKind = 'stretch' | 'strength';
export type CustomDosageType = 'hold' | 'reps';

/** One exercise as the person wrote it, and as it is stored and exported. */
export interface CustomExercise {
  id: string;
  name: string;
  /** One instruction per entry, in order. */
  steps: string[];
  /** A stretch or a strengthening exercise: the picker balances the two over the day. */
  kind: CustomKind;
  position: PositionChoice;
  equipment: Equipment[];
  dosage: CustomDosage;
}

type CustomDosage =
  /** `holds` holds of `seconds` each (on each side when `perSide`). */
  | { type: 'hold'; seconds: number; holds: number; perSide: boolean }
  /** `sets` sets of `reps` repetitions (on each side when `perSide`). */
  | { type: 'reps'; reps: number; sets: number; perSide: boolean };

/** The fields a person fills in, each validated on its own (`dosage` is the hold/reps choice). */
export type CustomField =
  | 'name'
  | 'steps'
  | 'kind'
  | 'position'
  | 'equipment'
  | 'dosage'
  | 'seconds'
  | 'holds'
  | 'reps'
  | 'sets'
  | 'perSide';

/** A problem with one field, like a settings `FieldProblem`. */
export interface CustomFieldProblem extends Problem {
  field: CustomField;
}

export const CUSTOM_KINDS: readonly CustomKind[] = ['stretch', 'strength'];
export const CUSTOM_DOSAGE_TYPES: readonly CustomDosageType[] = ['hold', 'reps'];

/** Text limits, in UTF-16 code units (what an input's `maxlength` counts). */
export const CUSTOM_TEXT_LIMITS = { name: 60, steps: 10, stepLength: 200 } as const;

/** Inclusive whole-number limits of the dosage fields, for the form's `min`/`max`. */
export const CUSTOM_NUMBER_LIMITS = {
  seconds: { min: 3, max: 120 },
  holds: { min: 1, max: 10 },
  reps: { min: 1, max: 30 },
  sets: { min: 1, max: 5 },
} as const;
type NumberField = keyof typeof CUSTOM_NUMBER_LIMITS;

/*
 * Storage budget. Each exercise is one `storage.sync` item, so it follows the person to their
 * other browsers like the settings, two devices adding exercises never overwrite each other, and
 * one bad item spoils only itself. Sync allows 8,192 bytes per item and 102,400 in all: an
 * exercise may take at most 4,096 bytes, and there are at most 20, so they never take more than
 * 81,920 bytes and leave the rest to the settings. The field limits keep text in Latin scripts
 * well inside the budget; text in scripts that take 3 bytes a character can reach it, and is then
 * refused with its own message.
 */
export const MAX_CUSTOM_EXERCISES = 20;
export const MAX_CUSTOM_BYTES = 4096;
/** Each exercise's `storage.sync` key is this prefix and its id. */
export const CUSTOM_KEY_PREFIX = 'customExercise.';

type Result<T> = Checked<T, CustomFieldProblem>;
const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(field: CustomField, messageKey: string, args?: string[]): Result<T> => ({
  ok: false,
  problem: { field, messageKey, ...(args ? { args } : {}) },
});

/** Line breaks, tabs and other control characters become spaces; runs of spaces become one. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
}

function checkName(raw: unknown): Result<string> {
  if (typeof raw !== 'string') return fail('name', 'customErrorNameRequired');
  const name = oneLine(raw);
  if (name === '') return fail('name', 'customErrorNameRequired');
  if (name.length > CUSTOM_TEXT_LIMITS.name) return fail('name', 'customErrorNameLong', [String(CUSTOM_TEXT_LIMITS.name)]);
  return ok(name);
}

/** A list of steps, or text with one step per line (the form's); empty ones are dropped. */
function checkSteps(raw: unknown): Result<string[]> {
  const { steps: maxSteps, stepLength } = CUSTOM_TEXT_LIMITS;
  let lines: unknown[];
  if (typeof raw === 'string') lines = raw.split(/\r\n|\r|\n|\u2028|\u2029/);
  else if (Array.isArray(raw)) lines = raw;
  else return fail('steps', 'customErrorStepsRequired');
  const steps: string[] = [];
  for (const line of lines) {
    if (typeof line !== 'string') return fail('steps', 'customErrorStepsText');
    const step = oneLine(line);
    if (step === '') continue;
    // Stops at the first step too many, so ten thousand lines cost no more than eleven.
    if (steps.length === maxSteps) return fail('steps', 'customErrorStepsMany', [String(maxSteps)]);
    if (step.length > stepLength) return fail('steps', 'customErrorStepLong', [String(steps.length + 1), String(stepLength)]);
    steps.push(step);
  }
  if (steps.length === 0) return fail('steps', 'customErrorStepsRequired');
  return ok(steps);
}

function choice<T extends string>(field: CustomField, raw: unknown, choices: readonly T[]): Result<T> {
  return isOneOf(raw, choices) ? ok(raw) : fail(field, 'settingsErrorChoice');
}

function wholeNumber(field: NumberField, raw: unknown): Result<number> {
  const { min, max } = CUSTOM_NUMBER_LIMITS[field];
  const r = checkWholeNumber(raw, min, max);
  return r.ok ? r : { ok: false, problem: { field, ...r.problem } };
}

/** The value of each field an exercise is built from. */
export interface CustomFieldValues {
  name: string;
  steps: string[];
  kind: CustomKind;
  position: PositionChoice;
  equipment: Equipment[];
  dosage: CustomDosageType;
  seconds: number;
  holds: number;
  reps: number;
  sets: number;
  perSide: boolean;
}

type FieldChecks = { [K in CustomField]: (raw: unknown) => Result<CustomFieldValues[K]> };

const FIELD_CHECKS: FieldChecks = {
  name: checkName,
  steps: checkSteps,
  kind: (raw) => choice('kind', raw, CUSTOM_KINDS),
  position: (raw) => choice('position', raw, POSITION_CHOICES),
  equipment: (raw) => {
    const list = checkEquipment(raw);
    return list ? ok(list) : fail('equipment', 'settingsErrorEquipment');
  },
  dosage: (raw) => choice('dosage', raw, CUSTOM_DOSAGE_TYPES),
  seconds: (raw) => wholeNumber('seconds', raw),
  holds: (raw) => wholeNumber('holds', raw),
  reps: (raw) => wholeNumber('reps', raw),
  sets: (raw) => wholeNumber('sets', raw),
  perSide: (raw) => (isBoolean(raw) ? ok(raw) : fail('perSide', 'settingsErrorBoolean')),
};

/** One field's value (as stored: numbers as numbers, steps as a list) -> the value or its problem. Never throws. */
export function checkCustomField<K extends CustomField>(field: K, raw: unknown): Result<CustomFieldValues[K]> {
  // A hostile value (a throwing getter or proxy) is just an invalid value.
  return readSafely(
    () => (FIELD_CHECKS[field] as (raw: unknown) => Result<CustomFieldValues[K]>)(raw),
    () => fail(field, 'settingsErrorChoice'),
  );
}

/** The fields that matter for a dosage type, in the form's order. */
export function fieldsFor(dosage: CustomDosageType): CustomField[] {
  return [
    'name',
    'steps',
    'kind',
    'position',
    'equipment',
    'dosage',
    ...(dosage === 'hold' ? (['seconds', 'holds'] as const) : (['reps', 'sets'] as const)),
    'perSide',
  ];
}

/**
 * Field values -> an exercise, or every problem found: each field that matters is checked with
 * `check`, then the whole against its storage budget.
 */
export function assembleCustomExercise(
  id: string,
  fields: Partial<Record<CustomField, unknown>>,
  check: <K extends CustomField>(field: K, raw: unknown) => Result<CustomFieldValues[K]> = checkCustomField,
): { ok: true; value: CustomExercise } | { ok: false; problems: CustomFieldProblem[] } {
  const problems: CustomFieldProblem[] = [];
  const values: Partial<CustomFieldValues> = {};
  const dosageType = check('dosage', fields.dosage);
  // Without a dosage type there is no telling which numbers matter: only the type is reported.
  const toCheck = dosageType.ok ? fieldsFor(dosageType.value) : fieldsFor('hold').filter((f) => f !== 'seconds' && f !== 'holds');
  for (const field of toCheck) {
    const r = check(field, fields[field]);
    if (r.ok) (values as Record<string, unknown>)[field] = r.value;
    else problems.push(r.problem);
  }
  if (problems.length > 0) return { ok: false, problems };
  const v = values as CustomFieldValues;
  const dosage: CustomDosage =
    v.dosage === 'hold'
      ? { type: 'hold', seconds: v.seconds, holds: v.holds, perSide: v.perSide }
      : { type: 'reps', reps: v.reps, sets: v.sets, perSide: v.perSide };
  const exercise: CustomExercise = {
    id,
    name: v.name,
    steps: v.steps,
    kind: v.kind,
    position: v.position,
    equipment: v.equipment,
    dosage,
  };
  const bytes = storedBytes(CUSTOM_KEY_PREFIX + id, exercise);
  if (bytes > MAX_CUSTOM_BYTES)
    return { ok: false, problems: [{ field: 'steps', messageKey: 'customErrorTooBig', args: [String(bytes), String(MAX_CUSTOM_BYTES)] }] };
  return { ok: true, value: exercise };
}

/** What became of saving one exercise. */
export type SaveCustomResult =
  | { ok: true; exercise: CustomExercise }
  /** `problems`: fields to fix; or `messageKey`/`args`: why nothing was saved (too many, storage refused). */
  | { ok: false; problems: CustomFieldProblem[]; messageKey?: string; args?: string[] };

/**
 * What `storage.sync` counts for one item: the key and the value as JSON, in UTF-8 bytes, with
 * the characters Chrome writes as six-byte escapes ("<", U+2028, U+2029) counted as such.
 */
export function storedBytes(key: string, value: unknown): number {
  const json = JSON.stringify(value);
  const escaped = json.match(/[<\u2028\u2029]/g)?.length ?? 0;
  return new TextEncoder().encode(key + json).length + escaped * 5;
}
