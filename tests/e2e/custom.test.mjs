// The person's own exercise, end to end in real Chromium: added on the options page by keyboard,
// served alone ("only mine"), played in the popup to done, recorded; export carries it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertAxeCleanInEachScheme, axeViolations, launchForAllTests, showAllOptionsSections, storedSettings, waitFor } from './harness.mjs';

const ext = launchForAllTests();

const storedExercises = (page) =>
  page.evaluate(async () => {
    const all = await chrome.storage.sync.get(null);
    return Object.entries(all).filter(([key]) => key.startsWith('customExercise.')).map(([, value]) => value);
  });

/** Tab until `locator` has focus (keyboard only), or fail. */
async function tabTo(page, locator, what) {
  for (let i = 0; i < 80; i++) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${what}`);
}

test('an exercise added on the options page is served alone and plays to done in the popup', async () => {
  const options = await ext.openPage('options.html');
  await showAllOptionsSections(options);

  // A one-minute break keeps the stretch short.
  await options.locator('#breakMinutes').fill('1');
  await waitFor(async () => (await storedSettings(options))?.breakMinutes === 1, { what: 'break length 1 stored' });

  // Keyboard only: Tab to "Add an exercise", fill the form, Enter saves.
  const add = options.getByRole('button', { name: 'Add an exercise' });
  await tabTo(options, add, 'Add an exercise');
  await options.keyboard.press('Enter');
  await waitFor(() => options.locator('#custom-name').evaluate((el) => el === document.activeElement), { what: 'focus on the name' });
  await options.keyboard.type('Shoulder rolls');
  await options.keyboard.press('Tab');
  await options.keyboard.type('Sit tall.\nRoll both shoulders back slowly.');
  // A bad number first: its message beside it, nothing saved.
  await options.locator('#custom-seconds').focus();
  await options.keyboard.press('Control+A');
  await options.keyboard.type('1000');
  await waitFor(async () => (await options.locator('#custom-seconds-error').innerText()) === 'Enter a whole number from 3 to 120.', {
    what: 'the seconds message',
  });
  assert.equal(await options.locator('#custom-seconds').getAttribute('aria-invalid'), 'true');
  await assertAxeCleanInEachScheme(options, 'with the form open');
  await options.keyboard.press('Enter');
  await waitFor(async () => (await options.getByTestId('custom-form-message').innerText()) === 'Not saved: fix the marked fields.', {
    what: 'not saved',
  });
  assert.deepEqual(await storedExercises(options), []);

  await options.keyboard.press('Control+A');
  await options.keyboard.type('3');
  await options.keyboard.press('Enter');
  await waitFor(async () => (await storedExercises(options)).length === 1, { what: 'the exercise stored' });
  const [stored] = await storedExercises(options);
  assert.deepEqual(
    { name: stored.name, steps: stored.steps, dosage: stored.dosage },
    { name: 'Shoulder rolls', steps: ['Sit tall.', 'Roll both shoulders back slowly.'], dosage: { type: 'hold', seconds: 3, holds: 1, perSide: false } },
  );
  await options.getByTestId('custom-list').getByText('Shoulder rolls').waitFor();

  // Only mine: the article's exercises are no longer served.
  await options.locator('#exerciseSource-mine').check();
  await waitFor(async () => (await storedSettings(options))?.exerciseSource === 'mine', { what: '"only mine" stored' });
  assert.equal(await options.getByTestId('source-fallback').innerText(), '');
  assert.deepEqual(await axeViolations(options), [], 'axe violations with the list');

  // The export carries it.
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings' }).click()]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(file.exercises, [stored]);
  assert.equal(file.settings.exerciseSource, 'mine');
  await options.close();

  // The popup serves it and plays it through to done.
  const popup = await ext.openPage('popup.html');
  await popup.getByRole('button', { name: 'Start a 1-minute stretch' }).click();
  await waitFor(async () => (await popup.locator('#exercise-name').innerText()) === 'Shoulder rolls', { what: 'the player with my exercise' });
  assert.match(await popup.locator('.steps').innerText(), /Sit tall\.\s+Roll both shoulders back slowly\./);
  assert.equal(await popup.getByTestId('phase').innerText(), 'Get ready');
  await popup.getByText('Stretch done. Nice work!').waitFor({ timeout: 60_000 });
  const history = await popup.evaluate(async () => (await chrome.storage.local.get('history')).history);
  const entries = Array.isArray(history) ? history : history?.entries;
  assert.equal(entries.length, 1);
  assert.equal(entries[0].exerciseId, stored.id);
  assert.equal(entries[0].outcome, 'done');
  await popup.close();
});
