/**
 * Every word a person reads, in the language of the `language` setting. `browser.i18n` cannot
 * switch language, so a chosen language other than the browser's own is read from the packaged
 * `_locales/<lang>/messages.json` (never the network) by `loadLanguage`, which pages await before
 * they render and the background before it speaks; `t()` then stays synchronous.
 */
import { browser } from 'wxt/browser';
import {
  formattingLocale,
  languageTag,
  matchLanguage,
  parseCatalogue,
  pluralKeys,
  substitute,
  type Catalogue,
  type Language,
  type LanguageSetting,
} from '../core/language';

/** Keys of `public/_locales/en/messages.json`, typed by WXT's generated declarations. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];
/** Messages with plural variants (`<key>_one`, `<key>_other`, …), named without the suffix. */
type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;
type Substitutions = string | number | Array<string | number>;

/** A chosen language's messages over English's; null while the browser's own pick is in use. */
let chosen: { language: Language; messages: Catalogue; english: Catalogue } | null = null;
/** Counts `loadLanguage` calls, so a slow read never overrides a later choice. */
let latestRequest = 0;
/** Files read by this page or worker: a cache only; the setting in storage is the truth. */
const files = new Map<Language, Promise<Catalogue>>();

function readCatalogue(language: Language): Promise<Catalogue> {
  let file = files.get(language);
  if (!file) {
    const url = browser.runtime.getURL(`/_locales/${language}/messages.json` as '/');
    file = fetch(url)
      .then((response) => response.json())
      .then(parseCatalogue)
      .catch((error: unknown) => {
        console.warn('Unhunch: could not read the messages of', language, error);
        files.delete(language);
        return new Map<string, string>();
      });
    files.set(language, file);
  }
  return file;
}

function browserLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}

/**
 * Speaks `setting` from now on. The browser's own language needs no file: `browser.i18n` already
 * speaks it (English beneath it). Never throws: an unreadable file leaves English.
 */
export async function loadLanguage(setting: LanguageSetting): Promise<void> {
  const request = ++latestRequest;
  if (setting === 'browser' || setting === browsersLanguage()) {
    chosen = null;
    return;
  }
  const [messages, english] = await Promise.all([readCatalogue(setting), setting === 'en' ? null : readCatalogue('en')]);
  if (request === latestRequest) chosen = { language: setting, messages, english: english ?? messages };
}

/** The shipped language the browser's own language gets. */
export function browsersLanguage(): Language {
  return matchLanguage(browserLanguage());
}

/** A language's name in that language ("Deutsch", "日本語"), so a person finds theirs whatever is shown. */
export function languageName(language: Language): string {
  let name = languageNames.get(language);
  if (name === undefined) {
    const tag = languageTag(language);
    const own = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    name = own.charAt(0).toLocaleUpperCase(tag) + own.slice(1);
    languageNames.set(language, name);
  }
  return name;
}
const languageNames = new Map<Language, string>();

/** The shipped language in use now. */
export function currentLanguage(): Language {
  return chosen?.language ?? browsersLanguage();
}

function lookup(key: string, substitutions: string[]): string | undefined {
  if (!chosen) return browser.i18n.getMessage(key as MessageKey, substitutions) || undefined;
  const message = chosen.messages.get(key) ?? chosen.english.get(key);
  return message === undefined ? undefined : substitute(message, substitutions);
}

function asStrings(substitutions: Substitutions | undefined): string[] {
  if (substitutions === undefined) return [];
  return (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
}

/** A message; the key itself when it is missing, so gaps show up instead of blanks. */
export function t(key: MessageKey, substitutions?: Substitutions): string {
  return lookup(key, asStrings(substitutions)) ?? key;
}

/**
 * The variant of a plural message for `count` (Intl.PluralRules of the language in use).
 * Its `$1` is the count, formatted, unless `substitutions` say otherwise.
 */
export function tn(key: PluralKey, count: number, substitutions?: Substitutions): string {
  const subs = substitutions === undefined ? [formatNumber(count)] : asStrings(substitutions);
  const [variant, other] = pluralKeys(key, new Intl.PluralRules(languageTag(currentLanguage())).select(count));
  return lookup(variant, subs) ?? lookup(other, subs) ?? key;
}

/** The locale dates and numbers are written in, as a BCP 47 tag. */
export function uiLanguage(): string {
  return chosen ? formattingLocale(chosen.language, browserLanguage()) : browserLanguage();
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(n);
}

/** A clock time in the person's locale, with their 12- or 24-hour habit. */
export function formatClockTime(epochMs: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { hour: 'numeric', minute: '2-digit' }).format(epochMs);
}
