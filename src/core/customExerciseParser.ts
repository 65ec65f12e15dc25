/**
 * Stored and imported exercises of the person's, read: untrusted values (storage items, entries
 * of an imported file, a stretch's copy) become exercises through the same field checks as the
 * form's, or are reported with why. Pure.
 */
import {
  CUSTOM_KEY_PREFIX,
  assembleCustomExercise,
  checkCustomField,
  type CustomExercise,
  type CustomField,
  type CustomFieldProblem,
} from './customExercise';
import { isPlainObject, ownField, readSafely, type Parsed } from './guards';

/** Ids of the person's exercises: never one of the catalogue's, and short enough for history entries. */
const CUSTOM_ID = /^custom-[a-z0-9]{1,24}$/;

/** A stored or imported exercise that could not be used: its name when it has a readable one. */
export interface RejectedCustomExercise {
  name: string | null;
  problems: CustomFieldProblem[];
  /** The storage key or the position in the file, for removing it. */
  source: string;
}

const NOT_AN_EXERCISE: CustomFieldProblem = { field: 'name', messageKey: 'customErrorNotExercise' };

/** Untrusted value (a stored item, an entry of an imported file) -> an exercise, or why not. Never throws. */
export function parseCustomExercise(
  raw: unknown,
): { ok: true; value: CustomExercise } | { ok: false; name: string | null; problems: CustomFieldProblem[] } {
  return readSafely(
    () => {
      if (!isPlainObject(raw)) return { ok: false, name: null, problems: [NOT_AN_EXERCISE] };
      const name = checkCustomField('name', ownField(raw, 'name'));
      const readableName = name.ok ? name.value : null;
      const id = ownField(raw, 'id');
      if (typeof id !== 'string' || !CUSTOM_ID.test(id)) return { ok: false, name: readableName, problems: [NOT_AN_EXERCISE] };
      const dosage = ownField(raw, 'dosage');
      const d: Record<string, unknown> = isPlainObject(dosage) ? dosage : {};
      const fields: Partial<Record<CustomField, unknown>> = { dosage: ownField(d, 'type') };
      for (const key of ['name', 'steps', 'kind', 'position', 'equipment'] as const) fields[key] = ownField(raw, key);
      for (const key of ['seconds', 'holds', 'reps', 'sets', 'perSide'] as const) fields[key] = ownField(d, key);
      const built = assembleCustomExercise(id, fields);
      return built.ok ? built : { ok: false, name: readableName, problems: built.problems };
    },
    () => ({ ok: false, name: null, problems: [NOT_AN_EXERCISE] }),
  );
}

/** The person's exercises as read: the usable ones, and the ones that are not with why. */
export type ParsedCustomExercises = Parsed<CustomExercise[], RejectedCustomExercise>;

/**
 * A list of untrusted values -> the usable exercises, sorted by name, and the rejected ones
 * with their reasons. `from: 'storage'`: sources are storage keys, and an exercise stored under
 * another id's key is rejected (it could be neither edited nor deleted by its id); `'file'`:
 * sources are positions in a file, and the same id twice keeps the first. Never throws.
 */
export function parseCustomExercises(
  entries: ReadonlyArray<readonly [source: string, raw: unknown]>,
  from: 'storage' | 'file',
): ParsedCustomExercises {
  const value: CustomExercise[] = [];
  const problems: RejectedCustomExercise[] = [];
  for (const [source, raw] of entries) {
    const parsed = parseCustomExercise(raw);
    if (!parsed.ok) problems.push({ name: parsed.name, problems: parsed.problems, source });
    else if (from === 'storage' && source !== CUSTOM_KEY_PREFIX + parsed.value.id)
      problems.push({ name: parsed.value.name, problems: [NOT_AN_EXERCISE], source });
    else if (!value.some((e) => e.id === parsed.value.id)) value.push(parsed.value);
  }
  return { value: sortByName(value), problems };
}

function sortByName(exercises: CustomExercise[]): CustomExercise[] {
  return [...exercises].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
