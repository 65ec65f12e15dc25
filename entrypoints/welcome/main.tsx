import '../../src/ui/app.css';
import '../../src/ui/options.css';
import '../../src/ui/welcome/welcome.css';
import { mountPage } from '../../src/ui/mountPage';
import { WelcomeApp } from '../../src/ui/welcome/WelcomeApp';

void mountPage(document.getElementById('app')!, () => <WelcomeApp />, 'welcomePageTitle');
