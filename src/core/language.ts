/**
 * The languages Unhunch ships and the rules for its message files (`_locales/<lang>/messages.json`):
 * which shipped language a browser language gets, `$1` substitutions, plural variants. Pure.
 */
import { isPlainObject } from './guards';

/** Shipped languages, as their `_locales` folders are named. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt_BR', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
/** The setting: the browser's language, or one of the shipped ones. */
export type LanguageSetting = 'browser' | Language;
export const LANGUAGE_CHOICES: readonly LanguageSetting[] = ['browser', ...LANGUAGES];

/** `pt_BR` -> `pt-BR`: the BCP 47 tag that Intl and `lang` attributes take. */
export function languageTag(language: Language): string {
  return language.replace('_', '-');
}

/**
 * The shipped language the browser itself picks for a UI language, in its order: the exact
 * locale ("pt-BR" -> pt_BR), then the bare language ("de-AT" -> de), else English, the default
 * locale. "pt-PT" gets English, as there is no plain `pt` folder.
 */
export function matchLanguage(uiLanguage: string): Language {
  const [base = '', region] = uiLanguage.replace('_', '-').split('-');
  const exact = region ? `${base.toLowerCase()}_${region.toUpperCase()}` : base.toLowerCase();
  const shipped = LANGUAGES as readonly string[];
  if (shipped.includes(exact)) return exact as Language;
  if (shipped.includes(base.toLowerCase())) return base.toLowerCase() as Language;
  return 'en';
}

/**
 * The locale dates and numbers are written in: the browser's own when it speaks the chosen
 * language (an en-GB browser keeps its 24-hour clock in English), else the language's tag.
 */
export function formattingLocale(language: Language, uiLanguage: string): string {
  const base = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();
  return base(uiLanguage) === base(language) ? uiLanguage.replace('_', '-') : languageTag(language);
}

export type Catalogue = ReadonlyMap<string, string>;

/**
 * A `messages.json` -> key to message text. Entries that are not `{ message: string }` are left
 * out (a missing key falls back to English), so a damaged file never breaks a page.
 */
export function parseCatalogue(raw: unknown): Catalogue {
  const catalogue = new Map<string, string>();
  if (!isPlainObject(raw)) return catalogue;
  for (const [key, entry] of Object.entries(raw)) {
    if (isPlainObject(entry) && typeof entry.message === 'string') catalogue.set(key, entry.message);
  }
  return catalogue;
}

/** `$1`…`$9` replaced by the substitutions, `$$` by a dollar sign: as the browsers' i18n does. */
export function substitute(message: string, substitutions: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, ref: string) => (ref === '$' ? '$' : (substitutions[Number(ref) - 1] ?? '')));
}

/**
 * Plural variants are keys of their own: `<key>_one`, `<key>_other` (and `_zero`, `_two`, `_few`,
 * `_many` where a language needs them). `_other` is always there; a category a language's file
 * lacks falls back to it.
 */
export function pluralKeys(key: string, category: Intl.LDMLPluralRule): [string, string] {
  return [`${key}_${category}`, `${key}_other`];
}
