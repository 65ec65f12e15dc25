// First install in real Chromium: the welcome page opens by itself, once; its choices are
// ordinary settings; a stretch plays right there; it says the button is not pinned yet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAxeCleanInEachScheme, axeViolations, launchForAllTests, saveStatus, stopServiceWorkers, storedSettings, waitFor } from './harness.mjs';

const ext = launchForAllTests();

const welcomeTabs = () => ext.context.pages().filter((p) => p.url().endsWith('/welcome.html'));

test('installing opens the welcome page; a worker restart does not open it again', async () => {
  const [welcome] = await waitFor(() => welcomeTabs().length === 1 && welcomeTabs(), { what: 'the welcome tab' });
  await welcome.locator('#intervalMinutes').waitFor();
  assert.equal(await welcome.title(), 'Welcome to Unhunch');

  // The worker stops when idle and wakes for the next event: that is no install.
  // (An update's reason is checked by the unit tests: reloading an unpacked extension here disables it.)
  await stopServiceWorkers(ext.context, welcome);
  const control = await ext.openPage('manifest.json');
  await control.evaluate(() => chrome.runtime.sendMessage({ type: 'dismissStretch' }));
  const tabs = await control.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.url));
  assert.equal(tabs.filter((url) => url?.endsWith('/welcome.html')).length, 1, 'no second welcome tab');
  await control.close();
});

test('the welcome page: choices saved as settings, a stretch right there, the pin state, accessible', async () => {
  const page = await ext.openPage('welcome.html');
  await page.locator('#intervalMinutes').waitFor();

  // A new extension sits in the extensions menu: the page shows how to pin it.
  await page.locator('[data-testid="pin"][data-on-toolbar="false"]').waitFor();
  assert.equal(await page.locator('.pin-how li').count(), 2);
  assert.ok(await page.locator('.pin-picture').isVisible());

  await assertAxeCleanInEachScheme(page, 'on the welcome page');

  await page.getByRole('button', { name: '30 min' }).click();
  await page.getByLabel('On the floor').check();
  await page.getByLabel('Foam roller').check();
  await page.getByLabel('A notification', { exact: true }).check();
  await waitFor(async () => (await saveStatus(page)) === 'Saved', { what: '"Saved"' });
  const settings = await storedSettings(page);
  assert.equal(settings.intervalMinutes, 30);
  assert.deepEqual(settings.positions, ['seated', 'standing', 'floor']);
  assert.deepEqual(settings.equipment, ['foamRoller']);
  assert.equal(settings.nudgeLevel, 'notification');

  // Keyboard only: Tab to "Try a stretch now" and press Enter.
  const tryButton = page.getByRole('button', { name: 'Try a stretch now' });
  await page.getByLabel('A notification', { exact: true }).focus();
  await page.keyboard.press('Tab');
  assert.equal(await tryButton.evaluate((b) => b === document.activeElement), true, 'Tab reaches the button');
  assert.notEqual(await tryButton.evaluate((b) => getComputedStyle(b).outlineStyle), 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  await page.locator('#exercise-name').waitFor();
  const first = await page.locator('.countdown').innerText();
  await waitFor(async () => (await page.locator('.countdown').innerText()) !== first, { what: 'the countdown to move' });
  assert.deepEqual(await axeViolations(page), [], 'axe violations in the welcome page’s player');
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.locator('.done-banner').waitFor();
  await page.close();
});

test('the options page leads back to the welcome', async () => {
  const page = await ext.openPage('options.html');
  await page.getByRole('link', { name: 'Show the welcome again' }).click();
  await page.waitForURL(/\/welcome\.html$/);
  await page.locator('#intervalMinutes').waitFor();
  await page.close();
});
