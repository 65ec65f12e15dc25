import { browser } from 'wxt/browser';
import { t } from './i18n';

export type MenuItemId = 'start' | 'pause1h' | 'pauseTomorrow' | 'resume' | 'settings';

const ITEMS: Array<[MenuItemId, Parameters<typeof t>[0]]> = [
  ['start', 'menuStartStretch'],
  ['pause1h', 'menuPauseHour'],
  ['pauseTomorrow', 'menuPauseTomorrow'],
  ['resume', 'menuResume'],
  ['settings', 'menuSettings'],
];

/** The toolbar icon's right-click menu; menus outlive the worker, so this runs on install. */
export async function createToolbarMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  const contexts: ['action' | 'browser_action'] = [import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action'];
  for (const [id, key] of ITEMS) browser.contextMenus.create({ id, title: t(key), contexts });
}

export function isMenuItemId(id: unknown): id is MenuItemId {
  return ITEMS.some(([item]) => item === id);
}
