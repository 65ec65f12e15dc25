import { render, type VNode } from 'preact';
import { languageTag } from '../core/language';
import { currentLanguage, loadLanguage, type MessageKey, t } from '../platform/i18n';
import { loadSettings, watchSettings } from '../platform/settingsStore';

/**
 * Renders a page in the language of the settings, once that language is loaded, and again in
 * place (component state kept) whenever the setting changes, here or in another page.
 */
export async function mountPage(root: HTMLElement, page: () => VNode, titleKey?: MessageKey): Promise<void> {
  let language = (await loadSettings()).value.language;
  const show = () => {
    document.documentElement.lang = languageTag(currentLanguage());
    if (titleKey) document.title = t(titleKey);
    render(page(), root);
  };
  watchSettings(async ({ value: settings }) => {
    if (settings.language === language) return;
    language = settings.language;
    await loadLanguage(language);
    show();
  });
  await loadLanguage(language);
  show();
}
