import '../../src/ui/app.css';
import '../../src/ui/options.css';
import { watchLanguageSetting } from '../../src/platform/pageLanguage';
import { mountPage } from '../../src/ui/mountPage';
import { optionsPage } from './page';

void optionsPage().then(({ language, page }) =>
  mountPage(document.getElementById('app')!, page, { language, watchLanguage: watchLanguageSetting, titleKey: 'optPageTitle' }),
);
