/**
 * What the settings' export and import buttons do: loaded when one is used, so the page's first
 * view carries none of the file code.
 */
import { MAX_CUSTOM_EXERCISES, type CustomExercise } from '../../core/customExercise';
import type { RejectedCustomExercise } from '../../core/customExerciseParser';
import type { Settings } from '../../core/settings';
import { parseSettingsImport, settingsToJson } from '../../core/settingsFile';
import { t, type MessageKey } from '../../platform/i18n';
import { downloadText, exportFilename, readImport } from './files';
import type { Report } from './ImportReport';
import type { SettingsFileHandlers } from './SettingsFiles';
import { fieldLabel, problemText, type SettingsForm } from './useSettingsForm';

/** The person's own exercises, as the settings file carries them. */
interface CustomExerciseFiles {
  load(): Promise<{ value: CustomExercise[] }>;
  import(exercises: CustomExercise[]): Promise<{ ok: true; saved: number; leftOut: CustomExercise[] } | { ok: false; messageKey: string }>;
}

export function settingsFileHandlers(store: CustomExerciseFiles): SettingsFileHandlers {
  const importExercises = async (
    exercises: CustomExercise[],
    rejected: RejectedCustomExercise[],
  ): Promise<{ summary: string[]; problems: string[] }> => {
    const problems = rejected.map((r) =>
      t('optFieldProblem', [r.name ?? t('optCustomUnnamed'), r.problems.map((p) => t(p.messageKey as MessageKey, p.args)).join(' ')]),
    );
    if (exercises.length === 0) return { summary: [], problems };
    const result = await store.import(exercises);
    if (!result.ok) return { summary: [], problems: [t(result.messageKey as MessageKey), ...problems] };
    for (const left of result.leftOut) problems.push(t('optFieldProblem', [left.name, t('customErrorTooMany', MAX_CUSTOM_EXERCISES)]));
    return { summary: [t('optImportExercises', result.saved)], problems };
  };

  return {
    async exportSettings(settings: Settings) {
      const now = Date.now();
      const { value: exercises } = await store.load();
      downloadText(exportFilename('settings', 'json', now), settingsToJson(settings, exercises), 'application/json');
    },

    async importFile(input: HTMLInputElement, form: SettingsForm, setReport: (report: Report) => void) {
      const parsed = await readImport(input, parseSettingsImport, setReport);
      if (!parsed) return;
      const outcome = await form.applyImport(parsed.value, parsed.problems);
      if (!outcome.ok) {
        setReport({ tone: 'error', text: `${t(outcome.messageKey as MessageKey)} ${t('importNothingChanged')}` });
        return;
      }
      const details = outcome.rejected.map((p) =>
        t('optFieldProblem', [
          fieldLabel(p.field),
          p.messageKey === 'settingsProblemMissing' ? t('optImportMissing') : problemText(p),
        ]),
      );
      if (parsed.ignoredKeys.length > 0) details.push(t('optImportIgnoredKeys', parsed.ignoredKeys.slice(0, 10).join(', ')));
      const custom = await importExercises(parsed.custom.value, parsed.custom.problems);
      setReport({
        tone: outcome.savedLater || outcome.rejected.length > 0 || custom.problems.length > 0 ? 'warn' : 'ok',
        text: [t('optImportSettingsDone'), ...(outcome.savedLater ? [t('settingsErrorSaveRetrying')] : []), ...custom.summary].join(' '),
        details: [...details, ...custom.problems],
        ...(outcome.rejected.length > 0 ? { detailsLabel: t('optImportSettingsRejected') } : {}),
        ...(outcome.rejected.length === 0 && custom.problems.length > 0 ? { detailsLabel: t('optImportExercisesRejected') } : {}),
      });
    },
  };
}
