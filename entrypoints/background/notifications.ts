/** The nudge's notification: its buttons (Chrome) and a click on it. */
import { browser } from 'wxt/browser';
import { closeBreakWindow } from '../../src/platform/breakWindow';
import { BREAK_NOTIFICATION } from '../../src/platform/nudgeNotification';
import { handleUiRequest } from './pageRequests';
import { startStretchAndShow } from './startAndShow';

export function setupNotifications(): void {
  browser.notifications.onButtonClicked?.addListener((id, button) => {
    if (id !== BREAK_NOTIFICATION) return;
    void (button === 0 ? startStretchAndShow() : snoozeFromNudge());
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id === BREAK_NOTIFICATION) void startStretchAndShow();
  });
}

async function snoozeFromNudge(): Promise<void> {
  await handleUiRequest({ type: 'snooze' });
  await closeBreakWindow();
}
