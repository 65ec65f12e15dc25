// The Firefox build in a real Firefox: installed, its badge counting, the toolbar stretch used as a person would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clickButton, countdownSeconds, launchFirefox, launchForAllTests, textOf, waitFor } from './harness.mjs';

const ext = launchForAllTests(launchFirefox);

const remaining = async (page) => countdownSeconds((await textOf(page, '.total-left')).match(/\d+:\d\d/)[0]);

test('installed, it counts down to the first break on its badge and the popup says so', async () => {
  const page = await ext.openPage('popup.html');
  const status = await waitFor(() => textOf(page, '[data-testid="status-line"]'), { what: 'the status line' });
  assert.match(status, /^Sitting for 0 min · next break at \d{1,2}:\d\d/);
  // The default interval: 45 minutes to the first break, on the badge and in its title.
  const badge = await waitFor(() => page.evaluate(() => browser.browserAction.getBadgeText({})), { what: 'the badge' });
  assert.equal(badge, '45');
  assert.match(await page.evaluate(() => browser.browserAction.getTitle({})), /next break in 45 min/);
  assert.ok(await buttonVisible(page, 'Start a 2-minute stretch'), 'one obvious start button');
  await page.close();
  assert.deepEqual(ext.errors(), []);
});

test('a stretch counts down over real seconds, survives closing the popup and finishes', async () => {
  let page = await ext.openPage('popup.html');
  await clickButton(page, 'Start a 2-minute stretch');
  const name = await waitFor(() => textOf(page, '#exercise-name'), { what: 'the exercise' });
  assert.ok(name.length > 2, 'the exercise has a name');
  assert.equal(await textOf(page, '[data-testid="phase"]'), 'Get ready');

  // The countdown follows the wall clock.
  const firstLeft = await remaining(page);
  const firstAt = Date.now();
  await waitFor(async () => firstLeft - (await remaining(page)) >= 3, { what: 'three seconds to pass on the countdown' });
  const fell = firstLeft - (await remaining(page));
  const passed = (Date.now() - firstAt) / 1000;
  assert.ok(Math.abs(fell - passed) <= 1.5, `countdown fell ${fell}s in ${passed.toFixed(1)}s`);

  // Closed and reopened: the same stretch, at the right second.
  const closedAt = Date.now();
  const leftWhenClosed = await remaining(page);
  await page.close();
  page = await ext.openPage('popup.html');
  assert.equal(await waitFor(() => textOf(page, '#exercise-name'), { what: 'the stretch to resume' }), name);
  const expected = leftWhenClosed - (Date.now() - closedAt) / 1000;
  const leftNow = await remaining(page);
  assert.ok(Math.abs(leftNow - expected) <= 1.5, `resumed at ${leftNow}s, expected about ${expected.toFixed(1)}s`);

  await clickButton(page, 'Finish');
  await waitFor(async () => (await page.evaluate(() => document.body.innerText)).includes('Stretch stopped early'), {
    what: '"Stretch stopped early"',
  });
  const history = await page.evaluate(async () => (await browser.storage.local.get('history')).history);
  const entries = Array.isArray(history) ? history : history?.entries;
  assert.equal(entries.length, 1, 'recorded once');
  assert.equal(entries[0].outcome, 'stoppedEarly');
  await page.close();
  assert.deepEqual(ext.errors(), []);
});

function buttonVisible(page, name) {
  return page.evaluate(
    (n) => [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === n && b.getClientRects().length > 0),
    name,
  );
}
