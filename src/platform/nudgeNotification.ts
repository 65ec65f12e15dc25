/** The nudge's system notification, and the quiet warning before it. */
import { browser } from 'wxt/browser';
import { t } from './i18n';

export const BREAK_NOTIFICATION = 'unhunch-break';
export const WARNING_NOTIFICATION = 'unhunch-warning';

/** What a nudge says, decided by the caller (it knows the picked exercise). */
export interface NudgeText {
  title: string;
  message: string;
}

/** Start and Snooze buttons; Firefox shows none: clicking the notification starts the stretch there. */
function buttons(start: string, options: { requireInteraction: boolean }) {
  return import.meta.env.FIREFOX ? {} : { buttons: [{ title: start }, { title: t('nudgeSnooze') }], ...options };
}

export async function showNudgeNotification(text: NudgeText): Promise<void> {
  await browser.notifications.clear(WARNING_NOTIFICATION);
  await browser.notifications.create(BREAK_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: text.title,
    message: text.message,
    ...buttons(t('nudgeStartStretch'), { requireInteraction: true }),
  });
}

function warningLead(secondsLeft: number): string {
  if (secondsLeft <= 45) return t('warningIn30');
  return secondsLeft <= 90 ? t('warningIn60') : t('warningIn120');
}

export async function showWarningNotification(secondsLeft: number): Promise<void> {
  await browser.notifications.create(WARNING_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('warningTitle', warningLead(secondsLeft)),
    message: t('warningMessage'),
    // Quiet: no sound, and it goes away by itself.
    ...(import.meta.env.FIREFOX ? {} : { silent: true }),
    ...buttons(t('warningStartNow'), { requireInteraction: false }),
  });
}

export async function clearNudgeNotifications(): Promise<void> {
  await Promise.all([browser.notifications.clear(BREAK_NOTIFICATION), browser.notifications.clear(WARNING_NOTIFICATION)]);
}

export function isNudgeNotification(id: string): boolean {
  return id === BREAK_NOTIFICATION || id === WARNING_NOTIFICATION;
}
