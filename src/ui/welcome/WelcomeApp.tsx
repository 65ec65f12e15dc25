import { useEffect, useRef, useState } from 'preact/hooks';
import type { StretchSession } from '../../core/stretch';
import { t } from '../../platform/i18n';
import { sendToBackground, type UiRequest } from '../../platform/messages';
import { openSettingsPage } from '../../platform/pages';
import { loadSettings, type LoadedSettings } from '../../platform/settingsStore';
import { loadStretch, watchStretch } from '../../platform/stateStore';
import { isOnToolbar, watchOnToolbar } from '../../platform/toolbarPin';
import { useNow, useStored } from '../hooks';
import { LanguageField } from '../options/LanguageField';
import { ExerciseChoices, MinutesField, NudgeLevelField } from '../options/SettingsForm';
import { saveStatusText, useSettingsForm, type Draft, type SettingsForm } from '../options/useSettingsForm';
import { PinSection } from './PinSection';
import { TrySection } from './TrySection';

/** The page opened on first install: what Unhunch does, the choices that matter, a stretch to try. */
export function WelcomeApp() {
  const initial = useStored<LoadedSettings>(loadSettings, () => () => undefined);
  if (!initial) return <p aria-busy="true">{t('loading')}</p>;
  return <Welcome initial={initial} />;
}

function useOnToolbar(): boolean | null | undefined {
  const [onToolbar, setOnToolbar] = useState<boolean | null>();
  useEffect(() => {
    void isOnToolbar().then(setOnToolbar);
    return watchOnToolbar(setOnToolbar);
  }, []);
  return onToolbar;
}

function Welcome({ initial }: { initial: LoadedSettings }) {
  // The options page's own form: the same validation, storage and saving.
  const form = useSettingsForm(initial);
  const onToolbar = useOnToolbar();
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
        <TryStretch form={form} />
        <section class="panel fine-print">
          <p>{t('welcomePrivacy')}</p>
          <p>{t('safetyLine')}</p>
          <p>
            <a
              href="/options.html"
              onClick={(event) => {
                event.preventDefault();
                void openSettingsPage();
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

/** Ticks fast only while a stretch runs; the stretch itself lives in the background. */
function TryStretch({ form }: { form: SettingsForm }) {
  const session = useStored<StretchSession | null>(loadStretch, watchStretch);
  const now = useNow(session?.status === 'running' ? 250 : 60_000);
  const [openedAt] = useState(() => Date.now());
  const pending = useRef(false);
  if (session === undefined) return null;
  const send = (request: UiRequest) => {
    if (pending.current) return; // a double click must not start two stretches
    pending.current = true;
    void sendToBackground(request).finally(() => (pending.current = false));
  };
  return (
    <TrySection
      session={session}
      justEnded={session?.status === 'ended' && (session.endedAt ?? 0) >= openedAt}
      now={now}
      sound={{ on: form.model.sound, volume: form.model.soundVolume }}
      onToggleSound={() => form.change('sound', !form.draft.sound)}
      voice={form.model.voice}
      onToggleVoice={() => form.change('voice', !form.draft.voice)}
      send={send}
    />
  );
}
