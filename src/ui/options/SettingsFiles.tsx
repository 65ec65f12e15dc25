import { useState } from 'preact/hooks';
import { parseSettingsImport, settingsToJson } from '../../core/settings';
import { t, type MessageKey } from '../../platform/i18n';
import { downloadText, exportFilename, readImport } from './files';
import { ImportReport, type Report } from './ImportReport';
import { JsonFileField } from './JsonFileField';
import { fieldLabel, problemText, type SettingsForm } from './useSettingsForm';

/** Export the settings as JSON, and import them from such a file (field by field, with reasons). */
export function SettingsFiles({ form }: { form: SettingsForm }) {
  const [report, setReport] = useState<Report>(null);

  const onFile = async (input: HTMLInputElement) => {
    const parsed = await readImport(input, parseSettingsImport, setReport);
    if (!parsed) return;
    const outcome = await form.applyImport(parsed.settings, parsed.problems);
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
    setReport({
      tone: outcome.rejected.length > 0 ? 'warn' : 'ok',
      text: t('optImportSettingsDone'),
      details,
      ...(outcome.rejected.length > 0 ? { detailsLabel: t('optImportSettingsRejected') } : {}),
    });
  };

  return (
    <div class="files">
      <button
        type="button"
        onClick={() => {
          const now = Date.now();
          downloadText(exportFilename('settings', 'json', now), settingsToJson(form.model), 'application/json');
        }}
      >
        {t('optExportSettings')}
      </button>
      <JsonFileField id="import-settings" label={t('optImportSettings')} onFile={(input) => void onFile(input)} />
      <ImportReport id="settings-import-report" report={report} />
    </div>
  );
}
