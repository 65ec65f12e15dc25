/**
 * Whether someone is there, asked only when it matters (an idle report, an alarm about to
 * decide): never by listening to browsing. Neither question needs the `tabs` permission.
 */
import { browser } from 'wxt/browser';
import type { Activity } from '../core/scheduleEvents';

/** A fullscreen window, or a tab playing sound: someone watching a film or on a call. */
export async function watchingOrListening(): Promise<Activity> {
  const [windows, audibleTabs] = await Promise.all([
    browser.windows.getAll().catch(() => []),
    browser.tabs.query({ audible: true }).catch(() => []),
  ]);
  return { fullscreen: windows.some((w) => w.state === 'fullscreen'), audible: audibleTabs.length > 0 };
}
