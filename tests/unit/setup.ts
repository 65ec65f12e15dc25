import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Settings } from '../../src/core/settings';
import { getMessage } from './messages';

function installI18n(): void {
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en-GB';
}

installI18n();
beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
});

/** vi.waitFor with room for a busy, shared machine (its default is one second). */
export function waitFor<T>(check: () => T | Promise<T>, timeout = 5000): Promise<T> {
  return vi.waitFor(check, { timeout, interval: 20 });
}

/**
 * Lets every promise chain already started run to its end: the fake browser and the background
 * use no timers, so one turn of the event loop is enough.
 */
export function settled(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * What storage.sync holds as the settings, typed as the settings: undefined before the first save,
 * and whatever a test put there itself (tests of bad stored data compare it whole).
 */
export async function storedSettings(): Promise<Settings> {
  return (await fakeBrowser.storage.sync.get('settings')).settings as Settings;
}
