import { useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import { t } from '../../platform/i18n';
import { ImportReport, type Report } from './ImportReport';
import { JsonFileField } from './JsonFileField';
import type { SettingsForm } from './useSettingsForm';

/** The export and import of settings files (see settingsFileHandlers). */
export interface SettingsFileHandlers {
  exportSettings(settings: Settings): Promise<void>;
  importFile(input: HTMLInputElement, form: SettingsForm, setReport: (report: Report) => void): Promise<void>;
}

interface SettingsFilesProps {
  form: SettingsForm;
  /** Loads the file code, the first time a button is used. */
  loadHandlers: () => Promise<SettingsFileHandlers>;
}

/** Export the settings as JSON, and import them from such a file (field by field, with reasons). */
export function SettingsFiles({ form, loadHandlers }: SettingsFilesProps) {
  const [report, setReport] = useState<Report>(null);
  const failed = () => setReport({ tone: 'error', text: t('optSectionLoadFailed') });

  return (
    <div class="files">
      <button type="button" onClick={() => void loadHandlers().then((files) => files.exportSettings(form.model), failed)}>
        {t('optExportSettings')}
      </button>
      <JsonFileField
        id="import-settings"
        label={t('optImportSettings')}
        onFile={(input) => void loadHandlers().then((files) => files.importFile(input, form, setReport), failed)}
      />
      <ImportReport id="settings-import-report" report={report} />
    </div>
  );
}
