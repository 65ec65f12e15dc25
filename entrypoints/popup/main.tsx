import '../../src/ui/app.css';
import { PopupApp } from '../../src/ui/PopupApp';
import { mountPage } from '../../src/ui/mountPage';

// The same page serves the toolbar popup and the break window the background opens.
const view = new URLSearchParams(location.search).get('view') === 'break' ? 'break' : 'popup';
void mountPage(document.getElementById('app')!, () => <PopupApp view={view} />);
