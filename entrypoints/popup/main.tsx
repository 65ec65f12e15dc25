import '../../src/ui/app.css';
import { mountPage } from '../../src/ui/mountPage';
import { applyTheme } from '../../src/ui/theme';
import { PopupPage } from './PopupPage';
import { openPopupStore } from './popupStore';

// The same page serves the toolbar popup and the break window the background opens.
const view = new URLSearchParams(location.search).get('view') === 'break' ? 'break' : 'popup';

void openPopupStore().then((store) => {
  // Before the first frame, so a theme unlike the system's never flashes.
  applyTheme(store.current.settings.theme);
  mountPage(document.getElementById('app')!, () => <PopupPage view={view} store={store} />, {
    language: store.current.settings.language,
    watchLanguage: (cb) => store.subscribe((data) => cb(data.settings.language)),
  });
});
