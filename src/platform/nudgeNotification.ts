/** The nudge's system notification. */
import { browser } from 'wxt/browser';
import { t } from './i18n';

export const BREAK_NOTIFICATION = 'unhunch-break';

/** What a nudge says, decided by the caller (it knows the picked exercise). */
export interface NudgeText {
  title: string;
  message: string;
}

export async function showNudgeNotification(text: NudgeText): Promise<void> {
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

export async function clearNudgeNotification(): Promise<void> {
  await browser.notifications.clear(BREAK_NOTIFICATION);
}
