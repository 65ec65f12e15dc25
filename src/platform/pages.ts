import { browser } from 'wxt/browser';

/** Opens (or focuses) the options page in a tab. */
export async function openSettingsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
