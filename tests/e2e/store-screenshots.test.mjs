// The stores' screenshots, taken from the real build: the popup during a stretch, the break
// window and the options page's history, light and dark, English and German, at 1280 x 800.
// Written to store/screenshots/ with UPDATE_DOCS=1 (else to .output/store/, so a run leaves the tree clean).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { launchForAllTests, openBreakWindow, showAllOptionsSections, waitForLanguage } from './harness.mjs';

const OUT = process.env.UPDATE_DOCS ? 'store/screenshots' : '.output/store';
const STORE_SIZE = { width: 1280, height: 800 };
const MIN = 60_000;

before(() => mkdir(OUT, { recursive: true }));
const ext = launchForAllTests();

async function useSettings(page, changes) {
  await page.evaluate(async (changes) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...settings, ...changes } });
  }, changes);
}

/** A fortnight of breaks, so the history has something to show. */
async function seedHistory(page) {
  await page.evaluate((MIN) => {
    const today = new Date().setHours(16, 0, 0, 0);
    const history = [];
    for (let day = 13; day >= 0; day--)
      for (let i = 0; i < 3 + (day % 4); i++)
        history.push({ at: today - day * 1440 * MIN - i * 50 * MIN, outcome: i === 2 && day % 3 ? 'snoozed' : 'done', sittingMs: 45 * MIN });
    history.sort((a, b) => a.at - b.at);
    return chrome.storage.local.set({ history });
  }, MIN);
}

/** A part of an extension page, centred on a store-sized canvas in the page's own background. */
async function storeShot(page, element, path, dark) {
  const image = await element.screenshot();
  const canvas = await ext.context.newPage();
  await canvas.setViewportSize(STORE_SIZE);
  await canvas.setContent(
    `<body style="margin:0;height:100vh;overflow:hidden;display:grid;place-items:center;background:${dark ? '#1b2026' : '#e8eef2'}">` +
      `<img alt="" style="max-height:92vh;box-shadow:0 8px 32px #0006;border-radius:8px" src="data:image/png;base64,${image.toString('base64')}"></body>`,
  );
  await canvas.screenshot({ path });
  await canvas.close();
}

for (const language of ['en', 'de'])
  for (const theme of ['light', 'dark'])
    test(`store screenshots: ${language}, ${theme}`, async () => {
      const dark = theme === 'dark';
      const setup = await ext.openPage('manifest.json');
      await useSettings(setup, { language, theme });
      await seedHistory(setup);
      await setup.evaluate(() => chrome.storage.local.remove('stretch'));
      const lang = language.replace('_', '-');

      const popup = await ext.openPage('popup.html');
      await waitForLanguage(popup, language);
      await popup.locator('button.start').click();
      await popup.locator('.countdown').waitFor();
      await popup.evaluate(() => document.activeElement?.blur());
      await storeShot(popup, popup.locator('main.app'), `${OUT}/popup-${language}-${theme}.png`, dark);
      assert.equal(await popup.evaluate(() => document.documentElement.dataset.theme), theme, 'the popup in the chosen theme');
      await popup.evaluate(() => chrome.storage.local.remove('stretch'));
      await popup.close();

      const breakWindow = await openBreakWindow(ext);
      assert.equal(await breakWindow.evaluate(() => document.documentElement.lang), lang, 'the break window in the chosen language');
      await storeShot(breakWindow, breakWindow.locator('main.app'), `${OUT}/break-${language}-${theme}.png`, dark);
      await breakWindow.close();

      const options = await ext.openPage('options.html', { viewport: STORE_SIZE });
      await showAllOptionsSections(options);
      await waitForLanguage(options, language);
      await options.locator('#history-heading').evaluate((h) => h.scrollIntoView());
      await options.screenshot({ path: `${OUT}/history-${language}-${theme}.png` });
      assert.equal(await options.evaluate(() => document.documentElement.dataset.theme), theme, 'the options page in the chosen theme');
      await options.close();
      await setup.close();
    });
