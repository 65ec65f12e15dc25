// The language setting in real Chromium: a change reaches open pages and the toolbar without a
// restart; German (the longest) and Japanese fit the popup, break window and options page.
// Screenshots go to .output/e2e/ for a person to look at.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import {
  axeViolations,
  inEachColourScheme,
  launchForAllTests,
  openBreakWindow,
  showAllOptionsSections,
  waitFor,
  waitForLanguage,
} from './harness.mjs';

const OUT = '.output/e2e';
const messages = (language) => JSON.parse(readFileSync(`.output/chrome-mv3/_locales/${language}/messages.json`, 'utf8'));

before(() => mkdir(OUT, { recursive: true }));
const ext = launchForAllTests();

/** Elements whose content is wider than their box (clipped or spilling out), and a page wider than the window. */
function overflowing() {
  const found = [];
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth + 1) found.push(`the page: ${page.scrollWidth} > ${page.clientWidth}`);
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('svg') || el.closest('.visually-hidden') || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || ['auto', 'scroll'].includes(style.overflowX)) continue;
    if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
      found.push(`${name}: ${el.scrollWidth} > ${el.clientWidth} "${el.textContent.trim().slice(0, 40)}"`);
    }
  }
  return found;
}

async function chooseLanguage(language) {
  const options = await ext.openPage('options.html');
  await options.locator('#language').waitFor();
  await options.locator('#language').selectOption(language);
  await waitForLanguage(options, language);
  return options;
}

/** No overflow, axe clean in light and dark, and a screenshot of each. */
async function checkLayout(page, name) {
  await inEachColourScheme(page, async (scheme) => {
    assert.deepEqual(await page.evaluate(overflowing), [], `overflowing text in ${name} (${scheme})`);
    assert.deepEqual(await axeViolations(page), [], `axe violations in ${name} (${scheme})`);
    await page.screenshot({ path: `${OUT}/${name}-${scheme}.png`, fullPage: true });
  });
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a change of language reaches the open popup, the options page and the toolbar at once', async () => {
  const popup = await ext.openPage('popup.html');
  const english = messages('en');
  await popup.getByRole('link', { name: english.openSettings.message }).waitFor();

  const german = messages('de');
  const options = await chooseLanguage('de');
  await popup.getByRole('link', { name: german.openSettings.message }).waitFor();
  assert.equal(await options.locator('label[for="language"]').innerText(), german.optLanguage?.message ?? english.optLanguage.message);
  assert.equal(await options.title(), german.optPageTitle.message);
  // The badge title, set by the background, in German too.
  const nextBreak = new RegExp(`^${german.badgeTitleNext.message.replace('$1', '\\d+')}$`);
  await waitFor(async () => nextBreak.test(await ext.worker.evaluate(() => chrome.action.getTitle({}))), {
    what: 'the badge title in German',
  });

  await options.locator('#language').selectOption('browser');
  await popup.getByRole('link', { name: english.openSettings.message }).waitFor();
  await popup.close();
  await options.close();
});

for (const language of ['de', 'ja']) {
  test(`${language}: the popup, the player, the break window and the options page fit, axe clean`, async () => {
    const options = await chooseLanguage(language);
    const popup = await ext.openPage('popup.html');
    await popup.locator('button.start').waitFor();
    await checkLayout(popup, `popup-${language}`);
    await popup.locator('button.start').click();
    await popup.locator('#exercise-name').waitFor();
    await checkLayout(popup, `player-${language}`);
    await popup.getByTestId('phase').waitFor();
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'finishStretch' }));
    await popup.close();

    const breakWindow = await openBreakWindow(ext);
    await checkLayout(breakWindow, `break-${language}`);
    await breakWindow.close();

    await showAllOptionsSections(options);
    await checkLayout(options, `options-${language}`);
    await options.setViewportSize({ width: 360, height: 760 });
    assert.deepEqual(await options.evaluate(overflowing), [], `overflowing text in the narrow options page (${language})`);
    await options.close();
  });
}
