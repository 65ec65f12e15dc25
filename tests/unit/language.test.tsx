// The language setting in the pages: chosen on the options page, applied to every open page.
import { readFileSync } from 'node:fs';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../src/core/settings';
import { loadLanguage, t } from '../../src/platform/i18n';
import { watchLanguageSetting } from '../../src/platform/pageLanguage';
import { loadSettings, writeSettingsPatch } from '../../src/platform/settingsStore';
import { mountPage, type PageLanguage } from '../../src/ui/mountPage';
import { usePageContainer, wiredOptionsPage } from './pageFixture';
import { storedSettings, waitFor } from './setup';

const GERMAN = {
  optPageTitle: { message: 'Unhunch: Einstellungen und Verlauf' },
  optSettingsHeading: { message: 'Einstellungen' },
  optLanguage: { message: 'Sprache' },
};

const container = usePageContainer();
let root: HTMLElement;
beforeEach(async () => {
  root = container();
  const english = readFileSync('public/_locales/en/messages.json', 'utf8');
  vi.stubGlobal('fetch', async (url: string) =>
    new Response(url.endsWith('/de/messages.json') ? JSON.stringify(GERMAN) : english),
  );
  await loadLanguage('browser');
});
afterEach(() => vi.unstubAllGlobals());

/** The options and welcome pages' wiring: the stored language setting and its watch. */
const storedLanguage = async (titleKey?: PageLanguage['titleKey']): Promise<PageLanguage> => ({
  language: (await loadSettings()).value.language,
  watchLanguage: watchLanguageSetting,
  titleKey,
});

const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);

/** A page with state of its own, to see that a change of language keeps it. */
function Counter() {
  const [clicks, setClicks] = useState(0);
  return (
    <button type="button" onClick={() => setClicks(clicks + 1)}>
      {t('optSettingsHeading')} {clicks}
    </button>
  );
}

describe('mountPage', () => {
  it('renders in the stored language and follows a change of it in place, keeping the page state', async () => {
    await writeSettingsPatch({ ...defaultSettings(), language: 'de' });
    await mountPage(root, () => <Counter />, await storedLanguage('optPageTitle'));
    expect($('button')!.textContent).toBe('Einstellungen 0');
    expect(document.documentElement.lang).toBe('de');
    expect(document.title).toBe('Unhunch: Einstellungen und Verlauf');

    $('button')!.click();
    await waitFor(() => expect($('button')!.textContent).toBe('Einstellungen 1'));
    await writeSettingsPatch({ ...defaultSettings(), language: 'browser' });
    await waitFor(() => expect($('button')!.textContent).toBe('Settings 1'));
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Unhunch: settings and history');
  });
});

describe('options page: language', () => {
  it('saves the chosen language as a setting, and the browser language is the default', async () => {
    await mountPage(root, await wiredOptionsPage(), await storedLanguage());
    await waitFor(() => expect($('#language')).not.toBeNull());
    const select = $<HTMLSelectElement>('#language')!;
    expect(select.value).toBe('browser');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Same as the browser (English)',
      'English',
      'Deutsch',
      'Français',
      'Español',
      'Português (Brasil)',
      '日本語',
    ]);
    expect(select.options[2]!.lang).toBe('de');
    expect(root.querySelector('label[for="language"]')!.textContent).toBe('Language');

    select.value = 'de';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(async () => expect((await storedSettings())?.language).toBe('de'));
    // The page itself switches once the setting is saved.
    await waitFor(() => expect(root.querySelector('label[for="language"]')!.textContent).toBe('Sprache'));
    expect($<HTMLSelectElement>('#language')!.value).toBe('de');
  });
});
