import type { ComponentType } from 'preact';
import type { ParsedSettings, Settings } from '../../core/settings';
import { t } from '../../platform/i18n';
import { LazySection } from './LazySection';
import type { SettingsFileHandlers } from './SettingsFiles';
import { SettingsForm } from './SettingsForm';
import { saveStatusText, useSettingsForm, type SettingsForm as Form, type SettingsFormStore } from './useSettingsForm';

/** The sections after the settings, each loaded when it comes near the screen (the page root wires them). */
export interface OptionsSections {
  exercises: () => Promise<ComponentType<{ form: Form }>>;
  history: () => Promise<ComponentType<{ settings: Settings }>>;
  settingsFiles: () => Promise<SettingsFileHandlers>;
}

interface OptionsAppProps {
  /** The stored settings as the page opened, with their problems; the form follows later changes itself. */
  initial: ParsedSettings;
  store: SettingsFormStore;
  sections: OptionsSections;
}

/** The options page: settings (saved as they change), the person's own exercises and the break history. */
export function OptionsApp({ initial, store, sections }: OptionsAppProps) {
  const form = useSettingsForm(initial, store);
  return (
    <>
      <header class="page-header">
        <div class="page-header-inner">
          <div class="brand">
            <img src="/icon/32.png" alt="" width={24} height={24} />
            <h1>{t('optPageTitle')}</h1>
          </div>
          <nav aria-label={t('optNav')}>
            <a href="#settings-heading">{t('optSettingsHeading')}</a>
            <a href="#custom-heading">{t('optCustomHeading')}</a>
            <a href="#history-heading">{t('optHistoryHeading')}</a>
            <a href="/welcome.html">{t('optShowWelcome')}</a>
          </nav>
          <p class="save-status" role="status" data-testid="save-status" data-kind={form.status.kind}>
            {saveStatusText(form.status)}
          </p>
        </div>
      </header>
      <main class="options">
        <SettingsForm form={form} loadFileHandlers={sections.settingsFiles} />
        <LazySection headingId="custom-heading" heading={t('optCustomHeading')} load={sections.exercises}>
          {(Exercises) => <Exercises form={form} />}
        </LazySection>
        <LazySection headingId="history-heading" heading={t('optHistoryHeading')} load={sections.history}>
          {(History) => <History settings={form.model} />}
        </LazySection>
      </main>
    </>
  );
}
