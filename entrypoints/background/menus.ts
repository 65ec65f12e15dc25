/** The toolbar icon's right-click menu. */
import { browser } from 'wxt/browser';
import { t } from '../../src/platform/i18n';
import { openSettingsPage } from '../../src/platform/pages';
import { watchSettings } from '../../src/platform/settingsStore';
import { handleUiRequest } from './pageRequests';
import { startStretchAndShow } from './startAndShow';
import { currentSettings } from './turn';

type MenuItemId = 'start' | 'pause1h' | 'pauseTomorrow' | 'resume' | 'settings';

const ITEMS: Array<[MenuItemId, Parameters<typeof t>[0]]> = [
  ['start', 'menuStartStretch'],
  ['pause1h', 'menuPauseHour'],
  ['pauseTomorrow', 'menuPauseTomorrow'],
  ['resume', 'menuResume'],
  ['settings', 'menuSettings'],
];

export function setupMenus(): void {
  // Menus outlive the worker: built when installed, and again at start-up (the language may have changed).
  browser.runtime.onInstalled.addListener(() => void createToolbarMenu());
  browser.runtime.onStartup.addListener(() => void createToolbarMenu());
  watchSettings(({ value: settings }, previous) => {
    if (settings.language !== previous.value.language) void createToolbarMenu();
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
}

async function createToolbarMenu(): Promise<void> {
  await currentSettings(); // its language
  await browser.contextMenus.removeAll();
  const contexts: ['action' | 'browser_action'] = [import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action'];
  for (const [id, key] of ITEMS) browser.contextMenus.create({ id, title: t(key), contexts });
}

function isMenuItemId(id: unknown): id is MenuItemId {
  return ITEMS.some(([item]) => item === id);
}
