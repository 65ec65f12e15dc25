// Garbage written into storage by hand (an old version, another device, a bad sync) never
// breaks the popup, the options page or the background.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchForAllTests, showAllOptionsSections, waitFor } from './harness.mjs';

const ext = launchForAllTests();

test('the pages and the background survive garbage in storage, and the good parts are kept', async () => {
  const page = await ext.openPage('popup.html');
  await page.getByTestId('status-line').waitFor();
  await page.evaluate(async () => {
    // An hour ago, but today even just after midnight: the popup counts today's breaks.
    const earlierToday = Math.max(Date.now() - 3_600_000, new Date().setHours(0, 0, 0, 0));
    await chrome.storage.local.set({
      schedule: { version: 99, sittingMs: -5, lastSeenAt: 'yesterday' },
      stretch: { exerciseId: 'noSuchExercise', status: 'running' },
      history: ['nope', { at: earlierToday, outcome: 'done', sittingMs: 2_700_000, exerciseId: 'chairTwist' }],
    });
    await chrome.storage.sync.set({
      settings: { intervalMinutes: 'soon', snoozeMinutes: 15, theme: 42, exerciseSource: 'mine' },
      // The person's own exercises: one broken beyond reading, one with an absurd hold.
      'customExercise.custom-junk': 'junk',
      'customExercise.custom-absurd': {
        id: 'custom-absurd', name: 'Absurd hold', steps: ['Hold.'], kind: 'stretch', position: 'seated', equipment: [],
        dosage: { type: 'hold', seconds: 1e9, holds: 1, perSide: false },
      },
    });
  });

  // The popup: a fresh sitting clock, the valid break kept, and a stretch that starts.
  await page.reload();
  await page.getByTestId('status-line').waitFor();
  assert.match(await page.getByTestId('status-line').innerText(), /^Sitting for \d+ min · next break at /);
  assert.match(await page.getByTestId('today').innerText(), /^Breaks today: 1/);
  await page.getByRole('button', { name: 'Start a 2-minute stretch' }).click();
  await page.locator('#exercise-name').waitFor();
  // "Only mine" with none usable: an article exercise, not the broken ones.
  assert.notEqual(await page.locator('#exercise-name').innerText(), 'Absurd hold');

  // The options page says which settings were reset, and keeps the valid one.
  const options = await ext.openPage('options.html');
  const notice = options.getByTestId('stored-problems');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /Reminder interval/);
  assert.match(text, /Theme/);
  assert.doesNotMatch(text, /Break length/, 'a field that was simply missing is not reported');
  assert.equal(await options.locator('#snoozeMinutes').inputValue(), '15');
  // Broken exercises are listed with why, and the page says what "only mine" serves instead.
  await showAllOptionsSections(options);
  const customNotice = await options.getByTestId('custom-stored-problems').innerText();
  assert.match(customNotice, /Absurd hold: Enter a whole number from 3 to 120\./);
  assert.match(customNotice, /An exercise without a readable name/);
  assert.match(await options.getByTestId('source-fallback').innerText(), /no exercises of your own yet/);

  // The background still plans the next break with the defaults for what was invalid.
  const alarm = await waitFor(() => options.evaluate(() => chrome.alarms.get('unhunch-break')), { what: 'the break alarm' });
  const state = await options.evaluate(async () => (await chrome.storage.local.get('schedule')).schedule);
  assert.equal(state.version, 2);
  assert.equal(state.bankedMs, 0, 'a fresh sitting clock');
  assert.ok(alarm.scheduledTime - Date.now() <= 45 * 60_000 + 5000);
});
