/** The welcome page, opened once: when Unhunch is installed, not when it is updated or reloaded. */
import { browser } from 'wxt/browser';
import { openWelcomePage } from '../../src/platform/pages';

export function setupWelcome(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    openWelcomePage().catch((error: unknown) => console.error('Unhunch: could not open the welcome page', error));
  });
}
