import { t } from '../../platform/i18n';
import { LanguageField } from '../options/LanguageField';
import { ExerciseChoices, MinutesField, NudgeLevelField } from '../options/SettingsForm';
import type { Draft } from '../options/draft';
import { saveStatusText, type SettingsForm } from '../options/useSettingsForm';
import { PinSection } from './PinSection';
import { TrySection, type TrySectionProps } from './TrySection';

interface WelcomeAppProps {
  /** The options page's own settings form: the same validation, storage and saving. */
  form: SettingsForm;
  /** Whether the button is on the toolbar (see `PinSection`). */
  onToolbar: boolean | null | undefined;
  /** The stretch to try, once its state is read; the sound and voice switches come from `form`. */
  trying: Pick<TrySectionProps, 'session' | 'justEnded' | 'now' | 'speak' | 'send'> | undefined;
  onOpenSettings: () => void;
}

/** The page opened on first install: what Unhunch does, the choices that matter, a stretch to try. */
export function WelcomeApp({ form, onToolbar, trying, onOpenSettings }: WelcomeAppProps) {
  return (
    <>
      <header class="page-header">
        <div class="page-header-inner">
          <div class="brand">
            <img src="/icon/48.png" alt="" width={32} height={32} />
            <h1>{t('welcomePageTitle')}</h1>
          </div>
          <div class="welcome-language">
            <LanguageField value={form.draft.language} onChange={(raw) => form.change('language', raw as Draft['language'], raw)} />
          </div>
        </div>
      </header>
      <main class="options welcome">
        <section class="intro" aria-label={t('welcomePageTitle')}>
          <p>{t('welcomeLine1')}</p>
          <p>{t('welcomeLine2')}</p>
          <p>{t('welcomeLine3')}</p>
        </section>
        <PinSection onToolbar={onToolbar} />
        <Choices form={form} />
        {trying && (
          <TrySection
            {...trying}
            sound={{ on: form.model.sound, volume: form.model.soundVolume }}
            onToggleSound={() => form.change('sound', !form.draft.sound)}
            voice={form.model.voice}
            onToggleVoice={() => form.change('voice', !form.draft.voice)}
          />
        )}
        <section class="panel fine-print">
          <p>{t('welcomePrivacy')}</p>
          <p>{t('safetyLine')}</p>
          <p>
            <a
              href="/options.html"
              onClick={(event) => {
                event.preventDefault();
                onOpenSettings();
              }}
            >
              {t('welcomeAllSettings')}
            </a>
          </p>
        </section>
      </main>
    </>
  );
}

function Choices({ form }: { form: SettingsForm }) {
  return (
    <section class="panel" aria-labelledby="choices-heading">
      <h2 id="choices-heading">{t('welcomeChoicesHeading')}</h2>
      <p class="hint">{t('welcomeChoicesHint')}</p>
      <form class="settings" noValidate onSubmit={(e) => e.preventDefault()}>
        <fieldset class="group">
          <legend>{t('optGroupReminders')}</legend>
          <MinutesField form={form} field="intervalMinutes" labelKey="optInterval" />
        </fieldset>
        <ExerciseChoices form={form} />
        <NudgeLevelField form={form} />
      </form>
      <p class="save-status" role="status" data-testid="save-status" data-kind={form.status.kind}>
        {saveStatusText(form.status)}
      </p>
    </section>
  );
}
