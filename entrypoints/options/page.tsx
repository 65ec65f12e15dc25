/**
 * The options page's wiring: stored settings and the background's settings writes for the form,
 * and the later sections' code, each loaded when its section comes near the screen.
 */
import { loadSettings } from '../../src/platform/settingsStore';
import { settingsFormStore } from '../../src/platform/settingsWriter';
import { OptionsApp, type OptionsSections } from '../../src/ui/options/OptionsApp';

const optionsSections: OptionsSections = {
  exercises: () => import('./exercisesView').then((m) => m.ExercisesView),
  history: () => import('./historyView').then((m) => m.HistoryView),
  settingsFiles: () => import('./settingsFiles').then((m) => m.handlers),
};

/** The page and its language, once the stored settings are read (with their problems, shown once). */
export async function optionsPage() {
  const initial = await loadSettings();
  return {
    language: initial.value.language,
    page: () => <OptionsApp initial={initial} store={settingsFormStore} sections={optionsSections} />,
  };
}
