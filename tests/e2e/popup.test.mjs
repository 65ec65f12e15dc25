// The toolbar stretch, used as a person would: start, watch, close and reopen, pause, finish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { assertAxeCleanInEachScheme, countdownSeconds, launchForAllTests, storedHistory, waitFor, watchClock } from './harness.mjs';

const ext = launchForAllTests();

const remaining = async (page) => {
  const text = await page.locator('.total-left').innerText();
  return countdownSeconds(text.match(/\d+:\d\d/)[0]);
};
/** How far the shown time fell between two changes, against the real time between them: equal to within one second on the clock. */
function assertFollowsRealTime(first, last, what) {
  const fell = first.shown - last.shown;
  const passed = (last.at - first.at) / 1000;
  assert.ok(Math.abs(fell - passed) <= 1, `${what}: the clock fell ${fell}s in ${passed.toFixed(2)}s`);
}

test('the popup offers one obvious start button and passes an accessibility scan', async () => {
  const page = await ext.openPage('popup.html');
  const start = page.getByRole('button', { name: 'Start a 2-minute stretch' });
  await start.waitFor();
  assert.match(await page.getByTestId('status-line').innerText(), /Sitting for \d+ min · next break at/);
  await assertAxeCleanInEachScheme(page, 'in the popup');
  await page.close();
});

test('a stretch counts down over real seconds, survives closing the popup, pauses and finishes', async () => {
  let page = await ext.openPage('popup.html');
  // Keyboard only: Tab to the start button and press Enter.
  const start = page.getByRole('button', { name: 'Start a 2-minute stretch' });
  await start.waitFor();
  for (let i = 0; i < 10 && !(await start.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  assert.equal(await start.evaluate((b) => b === document.activeElement), true, 'Tab reaches the start button');
  assert.notEqual(await start.evaluate((b) => getComputedStyle(b).outlineStyle), 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  const heading = page.locator('#exercise-name');
  await heading.waitFor();
  const name = await heading.innerText();
  assert.ok(name.length > 2, 'the exercise has a name');
  assert.equal(await page.getByTestId('phase').innerText(), 'Get ready');
  await page.locator('svg[role="img"]').first().waitFor();

  let clock = await watchClock(page, '.total-left');
  const { first, last } = await clock.fallenBy(3);
  assertFollowsRealTime(first, last, 'counting down');

  // Screen readers hear the phase, once per phase.
  assert.equal(await page.getByTestId('announcer').getAttribute('aria-live'), 'polite');
  await assertAxeCleanInEachScheme(page, 'in the player');
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  // Read in one go: the ring is drawn anew at each phase, so a found element may be gone a moment later.
  const ringTransition = await page.evaluate(() => getComputedStyle(document.querySelector('.ring-progress')).transitionDuration);
  assert.equal(ringTransition, '0s', 'no ring animation with reduced motion');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  // The README's screenshot: refreshed with UPDATE_DOCS=1, so a test run leaves the tree clean.
  const screenshot = process.env.UPDATE_DOCS ? 'docs/popup.png' : '.output/popup.png';
  await mkdir(dirname(screenshot), { recursive: true });
  await page.waitForFunction(() => document.querySelector('[data-testid="phase"]')?.textContent !== 'Get ready');
  await page.evaluate(() => document.activeElement?.blur());
  await page.locator('main.app').screenshot({ path: screenshot });

  // Close the popup and reopen it: the same stretch, at the right second, having run on
  // while no popup was open (AWAY_MS apart: a clock that stood still meanwhile would be that far off).
  const AWAY_MS = 3000;
  clock = await watchClock(page, '.total-left');
  const { last: beforeClosing } = await clock.fallenBy(1);
  await page.close();
  await new Promise((r) => setTimeout(r, AWAY_MS)); // time the person spends away, not a wait for anything
  page = await ext.openPage('popup.html');
  await page.locator('#exercise-name').waitFor();
  assert.equal(await page.locator('#exercise-name').innerText(), name);
  clock = await watchClock(page, '.total-left');
  const { first: afterReopening } = await clock.fallenBy(1);
  assertFollowsRealTime(beforeClosing, afterReopening, 'closed and reopened');

  // Pause: the clock stands still. Resume: it goes on from where it stood, at the real pace.
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('button', { name: 'Resume', exact: true }).waitFor();
  assert.match(await page.getByTestId('phase').innerText(), /Paused/);
  const pausedAt = await remaining(page);
  assert.deepEqual(await clock.changesWithin(2000), [], 'the paused clock does not move');
  assert.equal(await remaining(page), pausedAt);
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
  clock = await watchClock(page, '.total-left');
  const resumed = await clock.fallenBy(2);
  assert.ok(Math.abs(resumed.first.shown - pausedAt) <= 1, `after the pause, the clock went on from ${resumed.first.shown}s, not ${pausedAt}s`);
  assertFollowsRealTime(resumed.first, resumed.last, 'after the pause');

  // Keyboard only: Tab to Finish and press Enter.
  const finish = page.getByRole('button', { name: 'Finish' });
  await finish.focus();
  await page.keyboard.press('Enter');
  await page.getByText('Stretch stopped early').waitFor();

  // Recorded once, with its exercise (the background records it just after the stretch ends).
  const entries = await waitFor(async () => {
    const stored = await storedHistory(page);
    return stored.length > 0 && stored;
  }, { what: 'the stretch in the history' });
  assert.equal(entries.length, 1);
  assert.equal(entries[0].outcome, 'stoppedEarly');
  await page.close();
});
