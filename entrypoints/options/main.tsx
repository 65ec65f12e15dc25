import '../../src/ui/app.css';
import '../../src/ui/options.css';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { mountPage } from '../../src/ui/mountPage';

void mountPage(document.getElementById('app')!, () => <OptionsApp />, 'optPageTitle');
