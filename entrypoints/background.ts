import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BREAK_ALARM, TICK_ALARM, type AlarmName } from '../src/core/schedule';
import { BREAK_NOTIFICATION } from '../src/platform/browserEffects';
import {
  handleScheduleEvent,
  handleUiRequest,
  refreshIdleThreshold,
  snoozeFromNudge,
  startStretchAndShow,
} from '../src/platform/breakService';
import { createToolbarMenu, isMenuItemId } from '../src/platform/menus';
import { parseUiRequest } from '../src/platform/messages';
import { openSettingsPage } from '../src/platform/pages';
import { watchSettings } from '../src/platform/settingsStore';

const ALARMS = new Set<string>([BREAK_ALARM, TICK_ALARM]);

export default defineBackground({
  // An event page on Firefox, like Chrome's service worker: state lives in storage either way.
  persistent: false,
  main() {
    // Every listener is added synchronously here, so the event that woke the worker is not missed.
    browser.runtime.onInstalled.addListener(() => {
      void createToolbarMenu();
      void handleScheduleEvent({ type: 'installed' });
    });
    browser.runtime.onStartup.addListener(() => {
      void createToolbarMenu();
      void handleScheduleEvent({ type: 'startup' });
    });
    browser.alarms.onAlarm.addListener((alarm) => {
      if (ALARMS.has(alarm.name)) void handleScheduleEvent({ type: 'alarm', name: alarm.name as AlarmName });
    });
    browser.idle.onStateChanged.addListener((state) => void handleScheduleEvent({ type: 'idle', state }));
    watchSettings(() => void handleScheduleEvent({ type: 'settingsChanged' }));
    void refreshIdleThreshold();

    browser.runtime.onMessage.addListener((message) => {
      const request = parseUiRequest(message);
      return request ? handleUiRequest(request) : undefined;
    });
    browser.commands.onCommand.addListener((command) => {
      if (command === 'start-stretch') void startStretchAndShow();
    });
    browser.contextMenus.onClicked.addListener((info) => {
      if (!isMenuItemId(info.menuItemId)) return;
      switch (info.menuItemId) {
        case 'start':
          return void startStretchAndShow();
        case 'pause1h':
          return void handleUiRequest({ type: 'pause', choice: 'hour1' });
        case 'pauseTomorrow':
          return void handleUiRequest({ type: 'pause', choice: 'tomorrow' });
        case 'resume':
          return void handleUiRequest({ type: 'resume' });
        case 'settings':
          return void openSettingsPage();
      }
    });
    browser.notifications.onButtonClicked?.addListener((id, button) => {
      if (id !== BREAK_NOTIFICATION) return;
      void (button === 0 ? startStretchAndShow() : snoozeFromNudge());
    });
    browser.notifications.onClicked.addListener((id) => {
      if (id === BREAK_NOTIFICATION) void startStretchAndShow();
    });
  },
});
