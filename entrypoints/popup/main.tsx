import { render } from 'preact';
import '../../src/ui/app.css';
import { PopupApp } from '../../src/ui/PopupApp';

// The same page serves the toolbar popup and the break window the background opens.
const view = new URLSearchParams(location.search).get('view') === 'break' ? 'break' : 'popup';
render(<PopupApp view={view} />, document.getElementById('app')!);
