import { browser } from 'wxt/browser';

/** Opens the welcome page in a new tab. */
export async function openWelcomePage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}

/** Opens (or focuses) the options page in a tab. */
export async function openSettingsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
