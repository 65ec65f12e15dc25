// The options page in real Chromium, used as a person would: change settings and see the
// popup follow, type nonsense and see it refused, export and import files, keyboard only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  assertAxeCleanInEachScheme,
  launchForAllTests,
  nextStorageChange,
  openOptions,
  saveStatus,
  showAllOptionsSections,
  storedHistory,
  storedSettings,
  waitFor,
} from './harness.mjs';

const ext = launchForAllTests();

/** Minutes after midnight of the popup's "next break at H:MM" (12- or 24-hour clock). */
async function nextBreakMinutes(popup) {
  const text = await popup.getByTestId('status-line').innerText();
  const m = /next break at (\d{1,2}):(\d{2})/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

test('changing the interval on the options page moves the popup’s next break', async () => {
  const popup = await ext.openPage('popup.html');
  const before = await waitFor(() => nextBreakMinutes(popup), { what: 'the popup’s next-break time' });

  const page = await openOptions(ext, { allSections: true });
  assert.equal(await page.locator('#intervalMinutes').inputValue(), '45');
  await page.locator('#intervalMinutes').fill('90');
  await waitFor(async () => (await saveStatus(page)) === 'Saved', { what: '"Saved"' });
  assert.equal((await storedSettings(page)).intervalMinutes, 90);

  // 45 minutes later on the clock (12-hour clocks wrap at 12:00).
  await waitFor(
    async () => {
      const after = await nextBreakMinutes(popup);
      const moved = (((after - before) % 720) + 720) % 720;
      return moved >= 44 && moved <= 46;
    },
    { what: 'the popup’s next break to move by 45 minutes' },
  );

  // And back with a quick pick.
  await page.getByRole('button', { name: '45 min' }).click();
  await waitFor(async () => (await storedSettings(page)).intervalMinutes === 45, { what: 'interval 45 stored' });
  await waitFor(async () => Math.abs((await nextBreakMinutes(popup)) - before) <= 1, { what: 'the popup back' });
  await popup.close();
  await page.close();
});

test('the first view loads the settings only; the page’s links bring the other sections, by keyboard', async () => {
  const page = await ext.context.newPage();
  const loaded = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto(ext.url('options.html'));
  await page.locator('#intervalMinutes').waitFor();
  const history = page.locator('section[aria-labelledby="history-heading"]');
  assert.equal(await history.getByRole('status').innerText(), 'Loading…');
  assert.equal(await page.locator('#import-history').count(), 0);
  assert.deepEqual(loaded.filter((path) => /historyView|exercisesView|settingsFiles/.test(path)), []);

  // The page's own link, from the keyboard: the section loads and the focus lands on its heading.
  await page.getByRole('navigation').getByRole('link', { name: 'History', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.locator('#import-history').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'history-heading');
  assert.ok(loaded.some((path) => /historyView/.test(path)), 'the history code loaded when its section was shown');
  await page.close();
});

test('an invalid value gets a message beside its field and is not stored', async () => {
  const page = await openOptions(ext, { allSections: true });
  const storedBefore = await storedSettings(page);
  const breakInput = page.locator('#breakMinutes');
  await breakInput.fill('25');
  const error = page.locator('#breakMinutes-error');
  await waitFor(async () => (await error.innerText()) === 'Enter a whole number from 1 to 10.', { what: 'the message' });
  assert.equal(await breakInput.getAttribute('aria-invalid'), 'true');
  assert.match(await breakInput.getAttribute('aria-describedby'), /breakMinutes-error/);
  assert.equal(await saveStatus(page), 'Not saved: fix the marked field.');

  await page.locator('#intervalMinutes').fill('5');
  await waitFor(async () => (await page.locator('#intervalMinutes-error').innerText()) === 'Enter a whole number from 10 to 180.', {
    what: 'the interval message',
  });
  // A valid change made after them is saved: the invalid ones had their chance, and were not.
  const saved = await nextStorageChange(page, 'sync', 'settings');
  await page.locator('#awayMinutes').fill('7');
  await saved();
  assert.deepEqual(await storedSettings(page), { ...storedBefore, awayMinutes: 7 });

  // Reloading shows what is stored, not what was typed.
  await page.reload();
  await page.locator('#breakMinutes').waitFor();
  assert.equal(await page.locator('#breakMinutes').inputValue(), String(storedBefore?.breakMinutes ?? 2));
  await page.close();
});

test('history and settings export to files and import back; a bad file changes nothing', async () => {
  let page = await openOptions(ext, { allSections: true });
  // Minutes apart within today, whatever the time of day the test runs.
  const midnight = new Date().setHours(0, 0, 0, 0);
  const now = Math.max(Date.now(), midnight + 4 * 60_000);
  const entries = [
    { at: now - 3 * 60_000, outcome: 'done', sittingMs: 46 * 60_000, exerciseId: 'chairTwist', durationMs: 120_000 },
    { at: now - 2 * 60_000, outcome: 'skipped', sittingMs: 50 * 60_000 },
    { at: now - 60_000, outcome: 'done', sittingMs: 45 * 60_000, exerciseId: 'seatedCatCow', durationMs: 118_000 },
  ];
  await page.evaluate((history) => chrome.storage.local.set({ history }), entries);
  await page.reload();
  await showAllOptionsSections(page);
  await waitFor(async () => (await page.getByTestId('stat-today').innerText()).startsWith('2 done'), { what: 'seeded stats' });

  const exportFile = async (name) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return { name: download.suggestedFilename(), path: await download.path() };
  };

  const csv = await exportFile('Export history (CSV)');
  assert.match(csv.name, /^unhunch-history-\d{4}-\d\d-\d\d\.csv$/);
  const csvLines = (await readFile(csv.path, 'utf8')).trim().split('\r\n');
  assert.equal(csvLines[0], 'time_utc,local_date,local_time,utc_offset,time_zone,outcome,sitting_minutes,exercise_id,duration_seconds');
  assert.match(csvLines[1], /^\d{4}-\d\d-\d\dT[^,]+Z,\d{4}-\d\d-\d\d,\d\d:\d\d,[+-]\d\d:\d\d,[^,]+,done,/);
  assert.equal(csvLines.length, 4);

  const json = await exportFile('Export history (JSON)');
  assert.match(json.name, /^unhunch-history-\d{4}-\d\d-\d\d\.json$/);
  assert.equal(JSON.parse(await readFile(json.path, 'utf8')).entries.length, 3);

  // Clear (it asks first), then import the file back.
  await page.getByRole('button', { name: 'Clear history' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await waitFor(async () => (await storedHistory(page)).length === 0, { what: 'history cleared' });
  await waitFor(async () => (await page.getByTestId('stat-today').innerText()).startsWith('0 done'), { what: 'stats at 0' });

  await page.locator('#import-history').setInputFiles(json.path);
  const historyReport = page.getByTestId('history-import-report');
  await waitFor(async () => (await historyReport.innerText()).includes('History imported: 3 new breaks, 0 already there.'), {
    what: 'the import report',
  });
  assert.deepEqual(await storedHistory(page), entries);
  await waitFor(async () => (await page.getByTestId('stat-today').innerText()).startsWith('2 done'), { what: 'stats back' });

  // A file that is not an export changes nothing and says why.
  await page.locator('#import-history').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('hello') });
  await waitFor(async () => (await historyReport.innerText()).includes('it is not a JSON export file. Nothing was changed.'), {
    what: 'the refusal',
  });
  assert.deepEqual(await storedHistory(page), entries);

  // Settings: export, change, import back.
  await page.locator('#snoozeMinutes').fill('15');
  await waitFor(async () => (await storedSettings(page))?.snoozeMinutes === 15, { what: 'snooze 15 stored' });
  const settingsFile = await exportFile('Export settings (JSON)');
  assert.match(settingsFile.name, /^unhunch-settings-\d{4}-\d\d-\d\d\.json$/);
  const exported = JSON.parse(await readFile(settingsFile.path, 'utf8'));
  assert.equal(exported.settings.snoozeMinutes, 15);

  await page.locator('#snoozeMinutes').fill('20');
  await waitFor(async () => (await storedSettings(page)).snoozeMinutes === 20, { what: 'snooze 20 stored' });
  await page.locator('#import-settings').setInputFiles(settingsFile.path);
  await waitFor(async () => (await page.getByTestId('settings-import-report').innerText()).includes('Settings imported.'), {
    what: 'settings imported',
  });
  assert.equal((await storedSettings(page)).snoozeMinutes, 15);
  assert.equal(await page.locator('#snoozeMinutes').inputValue(), '15');

  // A history file offered as settings is refused, and nothing changes.
  await page.locator('#import-settings').setInputFiles(json.path);
  await waitFor(
    async () =>
      (await page.getByTestId('settings-import-report').innerText()) ===
      'This is a history file. Import it under History instead. Nothing was changed.',
    { what: 'the refusal' },
  );
  assert.equal((await storedSettings(page)).snoozeMinutes, 15);
  await page.close();
});

test('works with the keyboard alone: reset asks first, Escape cancels', async () => {
  const page = await openOptions(ext, { allSections: true });
  await page.locator('#intervalMinutes').fill('100');
  await waitFor(async () => (await storedSettings(page)).intervalMinutes === 100, { what: 'interval 100 stored' });

  // Arrow keys step the number field; the change saves.
  await page.locator('#intervalMinutes').focus();
  await page.keyboard.press('ArrowUp');
  await waitFor(async () => (await storedSettings(page)).intervalMinutes === 101, { what: 'interval 101 by keyboard' });

  // Tab from the interval reaches the quick picks.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '30 min');

  const reset = page.getByRole('button', { name: 'Reset to defaults' });
  await reset.focus();
  const focused = () => page.evaluate(() => document.activeElement.textContent);
  await page.keyboard.press('Enter');
  await waitFor(async () => (await focused()) === 'Cancel', { what: 'focus on Cancel' });
  assert.match(await page.locator('.confirm').innerText(), /Reset all settings to their defaults\?/);
  await page.keyboard.press('Escape');
  await waitFor(async () => (await focused()) === 'Reset to defaults', { what: 'focus back on the reset button' });
  assert.equal((await storedSettings(page)).intervalMinutes, 101);

  await page.keyboard.press('Enter');
  await waitFor(async () => (await focused()) === 'Cancel', { what: 'focus on Cancel again' });
  await page.keyboard.press('Shift+Tab'); // from Cancel to "Yes, reset"
  assert.equal(await focused(), 'Yes, reset');
  await page.keyboard.press('Enter');
  await waitFor(async () => (await storedSettings(page)).intervalMinutes === 45, { what: 'defaults stored' });
  assert.equal(await page.locator('#intervalMinutes').inputValue(), '45');
  assert.equal(await saveStatus(page), 'Settings reset to their defaults.');

  // Focus is visible: the shared :focus-visible outline.
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid');
  await page.close();
});

test('the theme setting applies at once, and the page passes axe in light and dark', async () => {
  const page = await openOptions(ext, { allSections: true });
  await page.getByLabel('Dark', { exact: true }).check();
  await waitFor(() => page.evaluate(() => document.documentElement.dataset.theme === 'dark'), { what: 'dark theme' });
  await page.getByLabel('Same as the system').check();
  await waitFor(() => page.evaluate(() => document.documentElement.dataset.theme === undefined), { what: 'system theme' });
  await waitFor(async () => (await storedSettings(page)).theme === 'system', { what: 'theme stored' });

  // An error shown, a confirm step open and a table unfolded are scanned too.
  await page.locator('#awayMinutes').fill('0');
  await page.getByRole('button', { name: 'Clear history' }).click();
  for (const summary of await page.locator('.as-table summary').all()) await summary.click();
  await assertAxeCleanInEachScheme(page, 'on the options page');
  await page.close();
});
