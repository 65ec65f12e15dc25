/** Performs the schedule's effects with the real browser APIs. */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { AlarmName, Badge, Effect } from '../core/schedule';
import { formatClockTime, t } from './i18n';

export const BREAK_NOTIFICATION = 'unhunch-break';
const breakWindowItem = storage.defineItem<number | null>('session:breakWindowId', { fallback: null });

/** Firefox MV2 calls it browserAction. */
export function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** What a nudge says, decided by the caller (it knows the picked exercise). */
export interface NudgeText {
  title: string;
  message: string;
}

export interface EffectContext {
  now: number;
  nudgeText: (repeat: boolean) => Promise<NudgeText>;
  record: (entry: Extract<Effect, { type: 'record' }>['entry']) => Promise<void>;
  /** Called before a nudge is shown, so the break window and notification have an exercise ready. */
  prepareBreak: () => Promise<void>;
}

async function setAlarm(name: AlarmName, at: number, periodMinutes: number | undefined): Promise<void> {
  const existing = await browser.alarms.get(name);
  // Re-creating an alarm resets it: only do so when it would fire at another time.
  if (existing && Math.abs(existing.scheduledTime - at) < 1000 && existing.periodInMinutes === periodMinutes) return;
  await browser.alarms.create(name, periodMinutes === undefined ? { when: at } : { when: at, periodInMinutes: periodMinutes });
}

async function showNotification(text: NudgeText): Promise<void> {
  await browser.notifications.create(BREAK_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: text.title,
    message: text.message,
    // Firefox shows no buttons: clicking the notification starts the stretch there.
    ...(import.meta.env.FIREFOX
      ? {}
      : { buttons: [{ title: t('nudgeStartStretch') }, { title: t('nudgeSnooze') }], requireInteraction: true }),
  });
}

export async function openBreakWindow(): Promise<void> {
  const existing = await breakWindowItem.getValue();
  if (existing !== null) {
    try {
      if (await browser.windows.update(existing, { focused: true })) return;
    } catch {
      // The person closed it: open a new one.
    }
  }
  const created = await browser.windows.create({
    url: browser.runtime.getURL('/popup.html?view=break'),
    type: 'popup',
    width: 380,
    height: 600,
    focused: true,
  });
  await breakWindowItem.setValue(created?.id ?? null);
}

export async function closeBreakWindow(): Promise<void> {
  const existing = await breakWindowItem.getValue();
  if (existing === null) return;
  await breakWindowItem.setValue(null);
  await browser.windows.remove(existing).catch(() => undefined);
}

async function setBadge(badge: Badge): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText({ text: badge.text });
  if (badge.text) await action.setBadgeBackgroundColor({ color: badge.color });
  const args = badge.titleTime === null ? badge.titleArgs : [...badge.titleArgs, formatClockTime(badge.titleTime)];
  await action.setTitle({ title: t(badge.titleKey, args) });
}

export async function performEffects(effects: Effect[], context: EffectContext): Promise<void> {
  for (const effect of effects) {
    try {
      switch (effect.type) {
        case 'setAlarm':
          await setAlarm(effect.name, effect.at, effect.periodMinutes);
          break;
        case 'clearAlarm':
          await browser.alarms.clear(effect.name);
          break;
        case 'showNotification':
          await context.prepareBreak();
          await showNotification(await context.nudgeText(effect.repeat));
          break;
        case 'clearNotification':
          await browser.notifications.clear(BREAK_NOTIFICATION);
          break;
        case 'openBreakWindow':
          await context.prepareBreak();
          await openBreakWindow();
          break;
        case 'closeBreakWindow':
          await closeBreakWindow();
          break;
        case 'setBadge':
          await setBadge(effect.badge);
          break;
        case 'record':
          await context.record(effect.entry);
          break;
      }
    } catch (error) {
      // One failed effect (a window the OS refused, say) must not stop the others.
      console.error(`Unhunch: could not ${effect.type}`, error);
    }
  }
}
