import type { HistoryEntry } from '../../core/history';
import { loadHistory, watchHistory } from '../../platform/historyStore';
import { t } from '../../platform/i18n';
import { loadSettings, type LoadedSettings } from '../../platform/settingsStore';
import { useNow, useStored } from '../hooks';
import { HistorySection } from './HistorySection';
import { SettingsForm } from './SettingsForm';
import { useSittingStatus } from './useSittingStatus';
import { YourExercises } from './YourExercises';
import { saveStatusText, useSettingsForm } from './useSettingsForm';

/** The options page: settings (saved as they change) and the break history. */
export function OptionsApp() {
  // Loaded once with its problems; the form follows later changes itself.
  const initial = useStored<LoadedSettings>(loadSettings, () => () => undefined);
  if (!initial) return <p aria-busy="true">{t('loading')}</p>;
  return <OptionsPage initial={initial} />;
}

function OptionsPage({ initial }: { initial: LoadedSettings }) {
  const form = useSettingsForm(initial);
  const now = useNow(30_000);
  const history = useStored<HistoryEntry[]>(loadHistory, (cb) => watchHistory(cb));
  const status = useSittingStatus(now, form.model);

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
        <SettingsForm form={form} />
        <YourExercises form={form} />
        {history === undefined || status === undefined ? (
          <p aria-busy="true">{t('loading')}</p>
        ) : (
          <HistorySection history={history} sittingMs={status.sittingMs} now={now} />
        )}
      </main>
    </>
  );
}
