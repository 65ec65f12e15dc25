import { defineBackground } from 'wxt/utils/define-background';
import { setupCommands } from './commands';
import { setupMenus } from './menus';
import { setupNotifications } from './notifications';
import { setupNudges } from './nudges';
import { setupPageRequests } from './pageRequests';
import { setupSettingsWrites } from './settingsWrites';
import { setupWelcome } from './welcome';

/** What the background does, one feature each; every one adds its listeners synchronously. */
export default defineBackground({
  // An event page on Firefox, like Chrome's service worker: state lives in storage either way.
  persistent: false,
  main() {
    // Synchronously, so the event that woke the worker is not missed.
    setupNudges();
    setupPageRequests();
    setupSettingsWrites();
    setupMenus();
    setupNotifications();
    setupCommands();
    setupWelcome();
  },
});
