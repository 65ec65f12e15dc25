/** "Your exercises" wired to the stored exercises: loaded when the section comes near the screen. */
import '../../src/ui/options/exercises.css';
import {
  deleteCustomExercise,
  loadCustomExercises,
  newCustomExerciseId,
  removeStoredItem,
  saveCustomExercise,
  watchCustomExercises,
} from '../../src/platform/customExerciseStore';
import type { ParsedCustomExercises } from '../../src/core/customExerciseParser';
import { useStored } from '../../src/ui/hooks';
import type { SettingsForm } from '../../src/ui/options/useSettingsForm';
import { YourExercises, type CustomExerciseActions } from '../../src/ui/options/YourExercises';

const actions: CustomExerciseActions = {
  save: saveCustomExercise,
  delete: deleteCustomExercise,
  removeUnreadable: removeStoredItem,
  newId: newCustomExerciseId,
};

export function ExercisesView({ form }: { form: SettingsForm }) {
  const loaded = useStored<ParsedCustomExercises>(loadCustomExercises, watchCustomExercises);
  return <YourExercises form={form} loaded={loaded} actions={actions} />;
}
