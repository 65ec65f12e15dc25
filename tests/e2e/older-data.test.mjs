// What an older version or another device left behind, in real Chromium: a corrupted version
// number stored beside the settings, and a settings file exported before some settings existed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchForAllTests, showAllOptionsSections, storedSettings, waitFor } from './harness.mjs';

// Opening a page normally takes well under a second; a stall on stored data took 16 s here.
const OPENS_WITHIN_MS = 8000;

const ext = launchForAllTests();

test('a corrupted version number stored beside the settings is never acted on: pages open at once', async () => {
  const setup = await ext.openPage('options.html');
  await setup.locator('#intervalMinutes').waitFor();
  // The storage library keeps an item's version under "<key>$"; one from a broken sync or a hand edit.
  await setup.evaluate(async () => {
    await chrome.storage.sync.set({ settings: { intervalMinutes: 30, theme: 'dark' }, settings$: { v: -3e7 } });
    await chrome.storage.local.set({ history$: { v: -3e7 } });
  });
  await setup.close();

  const popup = await ext.openPage('popup.html');
  await popup.getByTestId('status-line').waitFor({ timeout: OPENS_WITHIN_MS });
  assert.match(await popup.getByTestId('status-line').innerText(), /^Sitting for \d+ min · next break at /);

  const options = await ext.openPage('options.html');
  await options.waitForFunction(() => document.querySelector('#intervalMinutes')?.value === '30', null, {
    timeout: OPENS_WITHIN_MS,
  });
  assert.equal(await options.evaluate(() => document.documentElement.dataset.theme), 'dark');

  // Saving still works, and the stored settings keep what they had.
  await options.locator('#breakMinutes').fill('4');
  await waitFor(async () => (await storedSettings(options))?.breakMinutes === 4, {
    what: 'break length 4 stored',
    timeout: OPENS_WITHIN_MS,
  });
  const stored = await storedSettings(options);
  assert.equal(stored.intervalMinutes, 30);
  assert.equal(stored.theme, 'dark');
  await popup.close();
  await options.close();
});

test('a settings file from before some settings existed changes only what it holds, and says what it lacked', async () => {
  const page = await ext.openPage('options.html');
  await page.locator('#intervalMinutes').waitFor();
  await page.evaluate(() =>
    chrome.storage.sync.set({
      settings: { intervalMinutes: 45, breakMinutes: 2, theme: 'dark', warningSeconds: 0, sound: false, voice: true },
    }),
  );
  await page.reload();
  await waitFor(async () => (await page.locator('#intervalMinutes').inputValue()) === '45', { what: 'the seeded settings' });
  await showAllOptionsSections(page);

  // An export of an early release: its fields as they were, none of the settings added since.
  const oldFile = { app: 'unhunch', kind: 'settings', version: 1, settings: { intervalMinutes: 50, breakMinutes: 3 } };
  await page.locator('#import-settings').setInputFiles({
    name: 'unhunch-settings-old.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(oldFile)),
  });
  const report = page.getByTestId('settings-import-report');
  const text = await waitFor(
    async () => {
      const shown = await report.innerText();
      return shown.includes('Settings imported.') || shown.includes('Nothing was changed') ? shown : null;
    },
    { what: 'the import report' },
  );
  assert.match(text, /Settings imported\./);
  assert.match(text, /Not imported \(your current value is kept\):/);
  for (const label of ['Theme', 'Warning before a break', 'Chime', 'Spoken steps'])
    assert.match(text, new RegExp(`${label}: not in the file`), `the report names ${label} as not in the file`);
  assert.doesNotMatch(text, /Reminder interval: /, 'a field the file holds is not reported as lacking');

  const stored = await waitFor(async () => {
    const settings = await storedSettings(page);
    return settings?.intervalMinutes === 50 ? settings : null;
  }, { what: 'the file’s interval stored' });
  assert.equal(stored.breakMinutes, 3);
  // What the file did not mention is what the person had, not a default.
  assert.equal(stored.theme, 'dark');
  assert.equal(stored.warningSeconds, 0);
  assert.equal(stored.sound, false);
  assert.equal(stored.voice, true);
  assert.equal(await page.locator('#intervalMinutes').inputValue(), '50');

  // A file in the shape of the development builds (never released) changes nothing, and says why.
  const devFile = { app: 'unhunch', kind: 'settings', version: 1, settings: { intervalMin: 20, breakMin: 5, nudge: 'badge' } };
  await page.locator('#import-settings').setInputFiles({
    name: 'unhunch-settings-dev.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(devFile)),
  });
  const devReport = await waitFor(
    async () => {
      const shown = await report.innerText();
      return shown !== text && !shown.startsWith('Reading') ? shown : null;
    },
    { what: 'the second import report' },
  );
  assert.equal(devReport, 'None of the settings in this file could be used. Nothing was changed.');
  const after = await storedSettings(page);
  assert.deepEqual(after, stored, 'no stored setting changed');
  assert.equal(await page.locator('#intervalMinutes').inputValue(), '50');
  await page.close();
});
