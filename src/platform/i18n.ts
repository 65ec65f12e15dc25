import { intlFormat } from 'date-fns';
import { browser } from 'wxt/browser';

/** Keys of `public/_locales/en/messages.json`, typed by WXT's generated declarations. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** A message from `_locales`; the key itself when it is missing, so gaps show up instead of blanks. */
export function t(key: MessageKey, substitutions?: string | number | Array<string | number>): string {
  const subs =
    substitutions === undefined
      ? undefined
      : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  return browser.i18n.getMessage(key, subs) || key;
}

/** The browser's UI language as a BCP 47 tag, for date and number formatting. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}

/** A clock time in the person's locale, with their 12- or 24-hour habit. */
export function formatClockTime(epochMs: number): string {
  return intlFormat(epochMs, { hour: 'numeric', minute: '2-digit' }, { locale: uiLanguage() });
}
