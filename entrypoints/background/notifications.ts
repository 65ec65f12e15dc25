/** The nudge's and the warning's notifications: their Start and Snooze buttons (Chrome), and a click on them. */
import { browser } from 'wxt/browser';
import { closeBreakWindow } from '../../src/platform/breakWindow';
import { isNudgeNotification } from '../../src/platform/nudgeNotification';
import { handleUiRequest } from './pageRequests';
import { startStretchAndShow } from './startAndShow';

export function setupNotifications(): void {
  browser.notifications.onButtonClicked?.addListener((id, button) => {
    if (!isNudgeNotification(id)) return;
    void (button === 0 ? startStretchAndShow() : snoozeFromNudge());
  });
  browser.notifications.onClicked.addListener((id) => {
    if (isNudgeNotification(id)) void startStretchAndShow();
  });
}

async function snoozeFromNudge(): Promise<void> {
  await handleUiRequest({ type: 'snooze' });
  await closeBreakWindow();
}
