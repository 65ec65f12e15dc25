/**
 * A settings export file: `{ app: 'unhunch', kind: 'settings', version: 2, settings, exercises }`,
 * the settings and the person's own exercises, written and read back field by field.
 */
import { MAX_CUSTOM_EXERCISES, type CustomExercise } from './customExercise';
import { parseCustomExercises, type ParsedCustomExercises } from './customExerciseParser';
import { readImportEnvelope } from './exportFile';
import { isPlainObject } from './guards';
import { parseSettings, type ParsedSettings, type Settings } from './settings';

const SETTINGS_FILE_VERSION = 2;

export function settingsToJson(settings: Settings, exercises: readonly CustomExercise[] = []): string {
  return JSON.stringify({ app: 'unhunch', kind: 'settings', version: SETTINGS_FILE_VERSION, settings, exercises }, null, 2);
}

/**
 * An exported settings file -> settings, field by field (as `parseSettings`), and the person's own
 * exercises it carries (`custom`). A file that is not JSON, not ours, of another kind or from a
 * newer version gives `ok: false` and a message key. Fields the file does not hold are reported as
 * problems, so the caller keeps their current values.
 */
export function parseSettingsImport(
  text: string,
): ({ ok: true; custom: ParsedCustomExercises } & ParsedSettings) | { ok: false; problemKey: string } {
  const env = readImportEnvelope(text, 'settings', SETTINGS_FILE_VERSION);
  if (!env.ok) return env;
  const raw = env.data.settings;
  if (!isPlainObject(raw)) return { ok: false, problemKey: 'importErrorNoSettings' };
  return { ok: true, ...parseSettings(raw), custom: parseImportedExercises(env.data.exercises) };
}

/** A settings file's `exercises` list -> usable exercises and rejected ones ("exercise 3"). */
export function parseImportedExercises(raw: unknown): ParsedCustomExercises {
  if (raw === undefined) return { value: [], problems: [] };
  if (!Array.isArray(raw))
    return { value: [], problems: [{ name: null, problems: [{ field: 'name', messageKey: 'customErrorNotExercise' }], source: '1' }] };
  // A huge list costs no more than a few times the most a person can keep.
  return parseCustomExercises(
    raw.slice(0, MAX_CUSTOM_EXERCISES * 5).map((item, i) => [String(i + 1), item] as const),
    'file',
  );
}
