import { render } from 'preact';
import '../../src/ui/app.css';
import '../../src/ui/options.css';
import { OptionsApp } from '../../src/ui/options/OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
