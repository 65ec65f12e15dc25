/** The settings export file: the settings and the person's own exercises. Pure. */
import type { CustomExercise } from './customExercise';
import { readImportEnvelope } from './exportFile';
import { isPlainObject } from './guards';
import { parseSettings, type FieldProblem, type Settings } from './settings';

export const SETTINGS_FILE_VERSION = 2;

/** A settings export file: `{ app: 'unhunch', kind: 'settings', version: 2, settings, exercises }` (the person's own). */
export function settingsToJson(settings: Settings, exercises: readonly CustomExercise[] = []): string {
  return JSON.stringify({ app: 'unhunch', kind: 'settings', version: SETTINGS_FILE_VERSION, settings, exercises }, null, 2);
}

/**
 * An exported settings file -> settings, field by field (as `parseSettings`). A file that is not
 * JSON, not ours, of another kind or from a newer version gives `ok: false` and a message key.
 * Fields the file does not hold are reported as problems, so the caller keeps their current values.
 */
export function parseSettingsImport(
  text: string,
): { ok: true; settings: Settings; problems: FieldProblem[]; ignoredKeys: string[] } | { ok: false; problemKey: string } {
  const env = readImportEnvelope(text, 'settings', SETTINGS_FILE_VERSION);
  if (!env.ok) return env;
  const raw = env.data.settings;
  if (!isPlainObject(raw)) return { ok: false, problemKey: 'importErrorNoSettings' };
  const parsed = parseSettings(raw);
  return { ok: true, ...parsed };
}
