// The toolbar stretch, used as a person would: start, watch, close and reopen, pause, finish.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { axeViolations, countdownSeconds, launchExtension } from './harness.mjs';

let ext;
before(async () => {
  ext = await launchExtension();
});
after(async () => {
  await ext?.close();
});

const countdown = async (page) => countdownSeconds(await page.locator('.countdown').innerText());
const remaining = async (page) => {
  const text = await page.locator('.total-left').innerText();
  return countdownSeconds(text.match(/\d+:\d\d/)[0]);
};

test('the popup offers one obvious start button and passes an accessibility scan', async () => {
  const page = await ext.openPage('popup.html');
  const start = page.getByRole('button', { name: 'Start a 2-minute stretch' });
  await start.waitFor();
  assert.match(await page.getByTestId('status-line').innerText(), /Sitting for \d+ min · next break at/);
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await axeViolations(page), [], `axe violations in ${scheme} mode`);
  }
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

  const before = await remaining(page);
  await page.waitForTimeout(2500);
  const later = await remaining(page);
  assert.ok(before - later >= 2 && before - later <= 4, `countdown fell ${before - later}s in 2.5s`);

  // Screen readers hear the phase, once per phase.
  assert.equal(await page.getByTestId('announcer').getAttribute('aria-live'), 'polite');
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await axeViolations(page), [], `axe violations in the player, ${scheme} mode`);
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  assert.equal(await page.locator('.ring-progress').evaluate((c) => getComputedStyle(c).transitionDuration), '0s', 'no ring animation with reduced motion');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  // The README's screenshot: refreshed with UPDATE_DOCS=1, so a test run leaves the tree clean.
  const screenshot = process.env.UPDATE_DOCS ? 'docs/popup.png' : '.output/popup.png';
  await mkdir(dirname(screenshot), { recursive: true });
  await page.waitForTimeout(3000); // into the first hold, for the screenshot
  await page.evaluate(() => document.activeElement?.blur());
  await page.locator('main.app').screenshot({ path: screenshot });

  // Close the popup and reopen it: the same stretch, at the right second.
  const closedAt = Date.now();
  const leftWhenClosed = await remaining(page);
  await page.close();
  await new Promise((r) => setTimeout(r, 2000));
  page = await ext.openPage('popup.html');
  await page.locator('#exercise-name').waitFor();
  assert.equal(await page.locator('#exercise-name').innerText(), name);
  const away = (Date.now() - closedAt) / 1000;
  const leftNow = await remaining(page);
  assert.ok(Math.abs(leftWhenClosed - away - leftNow) <= 1.5, `resumed at ${leftNow}s, expected about ${leftWhenClosed - away}s`);

  // Pause: the countdown stands still. Resume: it moves again.
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('button', { name: 'Resume', exact: true }).waitFor();
  const pausedAt = await countdown(page);
  await page.waitForTimeout(2000);
  assert.equal(await countdown(page), pausedAt, 'paused countdown does not move');
  assert.match(await page.getByTestId('phase').innerText(), /Paused/);
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
  const resumedLeft = await remaining(page);
  await page.waitForTimeout(2000);
  assert.ok(resumedLeft - (await remaining(page)) >= 1, 'countdown moves after resume');

  // Keyboard only: Tab to Finish and press Enter.
  const finish = page.getByRole('button', { name: 'Finish' });
  await finish.focus();
  await page.keyboard.press('Enter');
  await page.getByText('Stretch stopped early').waitFor();

  // Recorded once, with its exercise.
  const history = await page.evaluate(async () => (await chrome.storage.local.get('history')).history);
  const entries = Array.isArray(history) ? history : history?.entries;
  assert.equal(entries.length, 1);
  assert.equal(entries[0].outcome, 'stoppedEarly');
  await page.close();
});
