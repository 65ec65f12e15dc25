/** The toolbar button: its badge and title. */
import { browser } from 'wxt/browser';
import type { Badge } from '../core/scheduleStatus';
import { formatClockTime, t } from './i18n';

/** Firefox MV2 calls it browserAction. */
export function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

export async function showBadge(badge: Badge): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText({ text: badge.text });
  if (badge.text) await action.setBadgeBackgroundColor({ color: badge.color });
  const args = badge.titleTime === null ? badge.titleArgs : [...badge.titleArgs, formatClockTime(badge.titleTime)];
  await action.setTitle({ title: t(badge.titleKey, args) });
}
