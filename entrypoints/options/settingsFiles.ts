/** The settings file's export and import wired to the stored exercises: loaded when a button is used. */
import { importCustomExercises, loadCustomExercises } from '../../src/platform/customExerciseStore';
import { settingsFileHandlers } from '../../src/ui/options/settingsFileHandlers';

export const handlers = settingsFileHandlers({ load: loadCustomExercises, import: importCustomExercises });
