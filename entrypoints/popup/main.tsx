import { render } from 'preact';

render(<main>Unhunch</main>, document.getElementById('app')!);
