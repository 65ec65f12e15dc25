import '../../src/ui/app.css';
import '../../src/ui/options.css';
import '../../src/ui/welcome/welcome.css';
import { watchLanguageSetting } from '../../src/platform/pageLanguage';
import { loadSettings } from '../../src/platform/settingsStore';
import { mountPage } from '../../src/ui/mountPage';
import { WelcomePage } from './WelcomePage';

void loadSettings().then((initial) =>
  mountPage(document.getElementById('app')!, () => <WelcomePage initial={initial} />, {
    language: initial.value.language,
    watchLanguage: watchLanguageSetting,
    titleKey: 'welcomePageTitle',
  }),
);
