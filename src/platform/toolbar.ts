/** The toolbar button: its badge and title. */
import { browser } from 'wxt/browser';
import type { Badge } from '../core/scheduleStatus';
import { formatClockTime, t } from './i18n';

/** Firefox MV2 calls it browserAction. */
export function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** Chrome 116+'s `runtime.getContexts`, which the polyfill's types do not have yet. */
interface ContextsApi {
  getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

/**
 * Whether the toolbar popup is open now. On Firefox the answer is synchronous on purpose: the
 * popup may only be opened in the same task as the person's action, so no await may come first.
 */
export function toolbarPopupOpen(): boolean | Promise<boolean> {
  if (import.meta.env.FIREFOX) return browser.extension.getViews({ type: 'popup' }).length > 0;
  const runtime = browser.runtime as unknown as ContextsApi;
  if (!runtime.getContexts) return false;
  return runtime.getContexts({ contextTypes: ['POPUP'] }).then((contexts) => contexts.length > 0, () => false);
}

export async function showBadge(badge: Badge): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText({ text: badge.text });
  if (badge.text) await action.setBadgeBackgroundColor({ color: badge.color });
  const args = badge.titleTime === null ? badge.titleArgs : [...badge.titleArgs, formatClockTime(badge.titleTime)];
  await action.setTitle({ title: t(badge.titleKey, args) });
}
