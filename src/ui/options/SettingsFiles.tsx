import { useState } from 'preact/hooks';
import { MAX_CUSTOM_EXERCISES, type CustomExercise, type RejectedCustomExercise } from '../../core/customExercise';
import { parseSettingsFileExercises, parseSettingsImport, settingsToJson } from '../../core/settingsFile';
import { importCustomExercises, loadCustomExercises } from '../../platform/customExerciseStore';
import { t, type MessageKey } from '../../platform/i18n';
import { downloadText, exportFilename, readImport } from './files';
import { ImportReport, type Report } from './ImportReport';
import { JsonFileField } from './JsonFileField';
import { fieldLabel, problemText, type SettingsForm } from './useSettingsForm';

/** Export the settings as JSON, and import them from such a file (field by field, with reasons). */
export function SettingsFiles({ form }: { form: SettingsForm }) {
  const [report, setReport] = useState<Report>(null);

  const onFile = async (input: HTMLInputElement) => {
    const parsed = await readImport(
      input,
      (text) => {
        const settings = parseSettingsImport(text);
        return settings.ok ? { ...settings, custom: parseSettingsFileExercises(text) } : settings;
      },
      setReport,
    );
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
      tone: outcome.rejected.length > 0 || custom.problems.length > 0 ? 'warn' : 'ok',
      text: [t('optImportSettingsDone'), ...custom.summary].join(' '),
      details: [...details, ...custom.problems],
      ...(outcome.rejected.length > 0 ? { detailsLabel: t('optImportSettingsRejected') } : {}),
      ...(outcome.rejected.length === 0 && custom.problems.length > 0 ? { detailsLabel: t('optImportExercisesRejected') } : {}),
    });
  };

  return (
    <div class="files">
      <button
        type="button"
        onClick={async () => {
          const now = Date.now();
          const { value: exercises } = await loadCustomExercises();
          downloadText(exportFilename('settings', 'json', now), settingsToJson(form.model, exercises), 'application/json');
        }}
      >
        {t('optExportSettings')}
      </button>
      <JsonFileField id="import-settings" label={t('optImportSettings')} onFile={(input) => void onFile(input)} />
      <ImportReport id="settings-import-report" report={report} />
    </div>
  );
}

/** The file's own exercises join the stored ones; what was left out, and why, in words. */
async function importExercises(
  exercises: CustomExercise[],
  rejected: RejectedCustomExercise[],
): Promise<{ summary: string[]; problems: string[] }> {
  const problems = rejected.map((r) =>
    t('optFieldProblem', [r.name ?? t('optCustomUnnamed'), r.problems.map((p) => t(p.messageKey as MessageKey, p.args)).join(' ')]),
  );
  if (exercises.length === 0) return { summary: [], problems };
  const result = await importCustomExercises(exercises);
  if (!result.ok) return { summary: [], problems: [t(result.messageKey as MessageKey), ...problems] };
  for (const left of result.leftOut) problems.push(t('optFieldProblem', [left.name, t('customErrorTooMany', MAX_CUSTOM_EXERCISES)]));
  return { summary: [t('optImportExercises', result.saved)], problems };
}
