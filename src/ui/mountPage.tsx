import { render, type VNode } from 'preact';
import { languageTag, type LanguageSetting } from '../core/language';
import { currentLanguage, loadLanguage, type MessageKey, t } from '../platform/i18n';

export interface PageLanguage {
  /** The language setting as stored now. */
  language: LanguageSetting;
  /** Calls back with the setting whenever settings change (here or in another page); returns an unwatch function. */
  watchLanguage: (cb: (language: LanguageSetting) => void) => () => void;
  titleKey?: MessageKey;
}

/**
 * Renders a page in the language of the settings, once that language is loaded, and again in
 * place (component state kept) whenever the setting changes, here or in another page.
 */
export async function mountPage(root: HTMLElement, page: () => VNode, { language, watchLanguage, titleKey }: PageLanguage): Promise<void> {
  let shown = language;
  const show = () => {
    document.documentElement.lang = languageTag(currentLanguage());
    if (titleKey) document.title = t(titleKey);
    render(page(), root);
  };
  watchLanguage(async (changed) => {
    if (changed === shown) return;
    shown = changed;
    await loadLanguage(changed);
    show();
  });
  await loadLanguage(language);
  show();
}
