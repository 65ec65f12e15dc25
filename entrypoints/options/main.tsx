import '../../src/ui/app.css';
import '../../src/ui/options.css';
import { watchLanguageSetting } from '../../src/platform/pageLanguage';
import { loadSettings } from '../../src/platform/settingsStore';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { mountPage } from '../../src/ui/mountPage';

void loadSettings().then(({ value: settings }) =>
  mountPage(document.getElementById('app')!, () => <OptionsApp />, {
    language: settings.language,
    watchLanguage: watchLanguageSetting,
    titleKey: 'optPageTitle',
  }),
);
